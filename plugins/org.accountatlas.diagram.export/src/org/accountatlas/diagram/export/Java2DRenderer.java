package org.accountatlas.diagram.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.accountatlas.diagram.description.LineStyle;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.mapping.ResolvedStyle;
import org.accountatlas.diagram.scene.Scene;

/** Draws a scene with Java2D: onto an image for PNG, JFreeSVG's graphics for SVG, PDFBox's for PDF. */
public final class Java2DRenderer {

    private static final Color GREY_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color GREY_TEXT = new Color(0x75, 0x75, 0x75);
    private static final double ARROW = 8;

    private Java2DRenderer() {
    }

    public static void paint(Scene scene, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, scene.width(), scene.height()));
        for (Scene.Box box : scene.boxes()) {
            if (box.container()) {
                box(g, box);
            }
        }
        for (Scene.Line line : scene.lines()) {
            line(g, line, scene.width());
        }
        for (Scene.Box box : scene.boxes()) {
            if (!box.container()) {
                box(g, box);
            }
        }
        if (scene.frame() != null) {
            frame(g, scene.frame());
        }
    }

    /** The title block at the top left, the legend under the diagram. */
    private static void frame(Graphics2D g, Scene.Frame frame) {
        DiagramFont fonts = DiagramFont.get();
        double margin = 20;
        double y = margin + fonts.primary(14, true).getLineMetrics("Ag国", Java2DMeasurer.CONTEXT).getAscent();
        g.setColor(new Color(0x1F, 0x38, 0x64));
        fonts.draw(g, frame.title().get(0), margin, y, 14, true);
        y += 16;
        g.setColor(new Color(0x42, 0x42, 0x42));
        fonts.draw(g, frame.title().get(1), margin, y, 10, false);
        if (frame.healthText() != null) {
            y += 18;
            g.setColor(color(frame.healthColour()));
            g.fill(new Ellipse2D.Double(margin, y - 9, 10, 10));
            fonts.draw(g, frame.healthText(), margin + 16, y, 10, true);
        }
        if (!frame.legend().isEmpty()) {
            double ly = frame.legendY() + 14;
            g.setColor(new Color(0x42, 0x42, 0x42));
            fonts.draw(g, "Legend", margin, ly, 10, true);
            for (var entry : frame.legend()) {
                ly += 18;
                g.setColor(color(entry.fill()));
                g.fill(new Rectangle2D.Double(margin, ly - 10, 14, 12));
                g.setColor(new Color(0x42, 0x42, 0x42));
                g.setStroke(new BasicStroke(0.6f));
                g.draw(new Rectangle2D.Double(margin, ly - 10, 14, 12));
                fonts.draw(g, entry.text(), margin + 20, ly, 10, false);
            }
        }
    }

    private static void box(Graphics2D g, Scene.Box box) {
        ResolvedStyle style = box.style();
        Shape shape = switch (style.shape()) {
            case ROUNDED -> new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 12, 12);
            case ELLIPSE -> new Ellipse2D.Double(box.x(), box.y(), box.width(), box.height());
            case RECTANGLE -> new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
        };
        g.setColor(style.greyed() ? GREY_FILL : color(style.fill()));
        g.fill(shape);
        g.setColor(style.greyed() ? GREY_TEXT : color(style.border()));
        g.setStroke(stroke(style.borderWidth(), style.line()));
        g.draw(shape);
        DiagramFont fonts = DiagramFont.get();
        Font font = fonts.primary(box.fontSize(), box.bold());
        g.setColor(style.greyed() ? GREY_TEXT : color(style.textColor()));
        double lineHeight = Java2DMeasurer.lineHeight(font);
        double ascent = font.getLineMetrics("Ag国", Java2DMeasurer.CONTEXT).getAscent();
        List<String> label = box.label();
        double top = box.container() ? box.y() + 6 : box.y() + (box.height() - label.size() * lineHeight) / 2;
        for (int i = 0; i < label.size(); i++) {
            String text = label.get(i);
            double width = fonts.width(text, box.fontSize(), box.bold());
            double room = style.badge() == null ? 0 : RepresentationLayout.BADGE_ROOM;
            double x = box.container() ? box.x() + 10 : box.x() + (box.width() - room - width) / 2;
            fonts.draw(g, text, x, top + i * lineHeight + ascent, box.fontSize(), box.bold());
        }
        if (style.badge() != null && !box.container()) {
            badge(g, box, style.badge());
        }
        if (box.hiddenCount() > 0) {
            String more = "+" + box.hiddenCount();
            double width = DiagramFont.get().width(more, 9, true);
            g.setColor(color(style.border()));
            DiagramFont.get().draw(g, more, box.x() + box.width() - width - 6, box.y() + box.height() - 4, 9, true);
        }
    }

    private static void badge(Graphics2D g, Scene.Box box, String text) {
        double width = DiagramFont.get().width(text, 8, true) + 6;
        double height = 12;
        double x = box.x() + box.width() - width - 3;
        double y = box.y() + 3;
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 6, 6));
        g.setColor(new Color(0x42, 0x42, 0x42));
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, 6, 6));
        DiagramFont.get().draw(g, text, x + 3, y + 9, 8, true);
    }

    private static void line(Graphics2D g, Scene.Line line, double sceneWidth) {
        ResolvedStyle style = line.style();
        List<double[]> points = line.points();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0)[0], points.get(0)[1]);
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i)[0], points.get(i)[1]);
        }
        Color colour = style.greyed() ? GREY_TEXT : color(style.border());
        g.setColor(colour);
        g.setStroke(stroke(style.borderWidth(), style.line()));
        g.draw(path);
        arrowHead(g, points.get(points.size() - 2), points.get(points.size() - 1));
        if (!line.label().isEmpty()) {
            double[] from = points.get((points.size() - 1) / 2);
            double[] to = points.get((points.size() - 1) / 2 + 1);
            String text = String.join(" ", line.label());
            double width = DiagramFont.get().width(text, line.fontSize(), false);
            // Where the layout put it; else centred on the middle segment, never past the picture's edge.
            double x = line.labelAt() != null ? line.labelAt()[0] + 2
                    : Math.max(2, Math.min((from[0] + to[0]) / 2 - width / 2, sceneWidth - width - 2));
            double y = line.labelAt() != null ? line.labelAt()[1] + line.fontSize() : (from[1] + to[1]) / 2;
            Composite composite = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(x - 2, y - line.fontSize(), width + 4, line.fontSize() + 4));
            g.setComposite(composite);
            g.setColor(colour);
            DiagramFont.get().draw(g, text, x, y, line.fontSize(), false);
        }
    }

    private static void arrowHead(Graphics2D g, double[] from, double[] to) {
        double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(to[0], to[1]);
        head.lineTo(to[0] - ARROW * Math.cos(angle - 0.4), to[1] - ARROW * Math.sin(angle - 0.4));
        head.lineTo(to[0] - ARROW * Math.cos(angle + 0.4), to[1] - ARROW * Math.sin(angle + 0.4));
        head.closePath();
        g.setStroke(new BasicStroke(1));
        g.fill(head);
    }

    private static BasicStroke stroke(double width, LineStyle line) {
        float w = (float) Math.max(0.3, width);
        return switch (line) {
            case SOLID -> new BasicStroke(w);
            case DASHED -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0);
            case DOTTED -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] { 1, 3 }, 0);
        };
    }

    static Color color(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return Color.DARK_GRAY;
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
