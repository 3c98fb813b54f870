package org.accountatlas.diagram.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.accountatlas.diagram.paint.Painter;
import org.accountatlas.diagram.paint.Pen;
import org.accountatlas.diagram.paint.ScenePainter;
import org.accountatlas.diagram.paint.Shape;
import org.accountatlas.diagram.scene.Scene;

/**
 * A {@link Painter} onto Java2D: an image for PNG, JFreeSVG's graphics for SVG, PDFBox's for PDF. Text is set
 * in the diagram font, run by run, so Chinese names draw in the fallback font.
 */
public final class Java2DPainter implements Painter {

    private final Graphics2D g;

    /** A painter onto the graphics, with antialiasing and fractional metrics switched on. */
    public Java2DPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Draws the whole scene onto the graphics. */
    public static void paint(Scene scene, Graphics2D g) {
        new ScenePainter(new Java2DMeasurer()).paint(scene, new Java2DPainter(g));
    }

    @Override
    public void fill(Shape shape, int rgb, double opacity) {
        g.setColor(new Color(rgb));
        if (opacity >= 1) {
            g.fill(awt(shape));
            return;
        }
        Composite composite = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.fill(awt(shape));
        g.setComposite(composite);
    }

    @Override
    public void stroke(Shape shape, Pen pen) {
        g.setColor(new Color(pen.rgb()));
        int cap = pen.roundCaps() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        int join = pen.roundCaps() ? BasicStroke.JOIN_ROUND : BasicStroke.JOIN_MITER;
        g.setStroke(new BasicStroke((float) pen.width(), cap, join, 10, pen.dash(), 0));
        g.draw(awt(shape));
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean bold, int rgb) {
        g.setColor(new Color(rgb));
        DiagramFont.get().draw(g, text, x, baseline, size, bold);
    }

    private static java.awt.Shape awt(Shape shape) {
        return switch (shape) {
            case Shape.Rect r when r.arc() > 0 -> new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(),
                    r.arc(), r.arc());
            case Shape.Rect r -> new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
            case Shape.Ellipse e -> new Ellipse2D.Double(e.x(), e.y(), e.width(), e.height());
            case Shape.Polyline p -> path(p.points(), p.closed());
        };
    }

    private static Path2D path(List<double[]> points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0)[0], points.get(0)[1]);
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i)[0], points.get(i)[1]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
