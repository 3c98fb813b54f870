package org.accountatlas.diagram.ui.internal.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.paint.Painter;
import org.accountatlas.diagram.paint.Pen;
import org.accountatlas.diagram.paint.ScenePainter;
import org.accountatlas.diagram.paint.Shape;
import org.accountatlas.diagram.scene.Scene;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;

/**
 * A {@link Painter} onto an SWT graphics context, in diagram units (the caller's transform zooms; GTK draws
 * text and shapes as vectors, so every zoom is crisp). Where things go is {@link ScenePainter}'s business, as
 * for export; this class only fills, strokes and draws text. Fonts are DejaVu Sans, the export's font, with the
 * system's fallback for Chinese. Colours and fonts are made once and freed by {@link #dispose()}.
 */
public final class SwtPainter implements Painter {

    private static final String FAMILY = "DejaVu Sans";

    private final Device device;
    private final ScenePainter scenes;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<String, Integer> ascents = new HashMap<>();
    private GC gc;

    /** A painter for the device, placing text by the measurer (the one layouts were sized with). */
    public SwtPainter(Device device, TextMeasurer measurer) {
        this.device = device;
        this.scenes = new ScenePainter(measurer);
    }

    /** Paints the part of the scene inside the clip (diagram units; null for all) onto the graphics context. */
    public void paint(GC target, Scene scene, double[] clip) {
        gc = target;
        try {
            gc.setAntialias(SWT.ON);
            gc.setTextAntialias(SWT.ON);
            scenes.paint(scene, this, clip);
        } finally {
            gc.setAlpha(255);
            gc = null;
        }
    }

    /**
     * Paints the legend at (x, y) in screen pixels, whatever the zoom, on a white card: one column, or two
     * when it is long.
     */
    public void paintLegend(GC target, List<org.accountatlas.diagram.scene.Legend.Entry> legend, int x, int y) {
        gc = target;
        try {
            gc.setAntialias(SWT.ON);
            gc.setTextAntialias(SWT.ON);
            double column = scenes.legendColumn(legend);
            int[] size = legendSize(legend, column);
            Shape.Rect card = new Shape.Rect(x, y, size[0], size[1], 8);
            fill(card, 0xFFFFFF, 0.92);
            stroke(card, org.accountatlas.diagram.paint.Pen.solid(0x8497B0, 1));
            scenes.legend(this, legend, x + 10, y + 4, column, rows(legend));
        } finally {
            gc.setAlpha(255);
            gc = null;
        }
    }

    /** The legend card's width and height in pixels. */
    public int[] legendSize(List<org.accountatlas.diagram.scene.Legend.Entry> legend, double column) {
        int rows = rows(legend);
        int columns = (legend.size() + rows - 1) / rows;
        return new int[] { (int) Math.ceil(columns * column) + 10, 18 * rows + 30 };
    }

    private static int rows(List<org.accountatlas.diagram.scene.Legend.Entry> legend) {
        return legend.size() <= 14 ? Math.max(1, legend.size()) : (legend.size() + 1) / 2;
    }

    @Override
    public void fill(Shape shape, int rgb, double opacity) {
        gc.setAlpha((int) Math.round(255 * Math.max(0, Math.min(1, opacity))));
        gc.setBackground(colour(rgb));
        switch (shape) {
            case Shape.Rect r when r.arc() > 0 -> gc.fillRoundRectangle(round(r.x()), round(r.y()), round(r.width()),
                    round(r.height()), round(r.arc()), round(r.arc()));
            case Shape.Rect r -> gc.fillRectangle(round(r.x()), round(r.y()), round(r.width()), round(r.height()));
            case Shape.Ellipse e -> gc.fillOval(round(e.x()), round(e.y()), round(e.width()), round(e.height()));
            case Shape.Polyline p -> withPath(p, gc::fillPath);
        }
        gc.setAlpha(255);
    }

    @Override
    public void stroke(Shape shape, Pen pen) {
        gc.setForeground(colour(pen.rgb()));
        gc.setLineAttributes(new LineAttributes((float) pen.width(), pen.roundCaps() ? SWT.CAP_ROUND : SWT.CAP_FLAT,
                pen.roundCaps() ? SWT.JOIN_ROUND : SWT.JOIN_MITER, pen.dash() == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM,
                pen.dash(), 0, 10));
        switch (shape) {
            case Shape.Rect r when r.arc() > 0 -> gc.drawRoundRectangle(round(r.x()), round(r.y()), round(r.width()),
                    round(r.height()), round(r.arc()), round(r.arc()));
            case Shape.Rect r -> gc.drawRectangle(round(r.x()), round(r.y()), round(r.width()), round(r.height()));
            case Shape.Ellipse e -> gc.drawOval(round(e.x()), round(e.y()), round(e.width()), round(e.height()));
            case Shape.Polyline p -> withPath(p, gc::drawPath);
        }
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean bold, int rgb) {
        Font font = font(size, bold);
        gc.setFont(font);
        gc.setForeground(colour(rgb));
        int ascent = ascents.computeIfAbsent(size + (bold ? "b" : ""), key -> gc.getFontMetrics().getAscent());
        gc.drawText(text, round(x), round(baseline - ascent), true);
    }

    private void withPath(Shape.Polyline polyline, java.util.function.Consumer<Path> draw) {
        List<double[]> points = polyline.points();
        Path path = new Path(device);
        try {
            path.moveTo((float) points.get(0)[0], (float) points.get(0)[1]);
            for (int i = 1; i < points.size(); i++) {
                path.lineTo((float) points.get(i)[0], (float) points.get(i)[1]);
            }
            if (polyline.closed()) {
                path.close();
            }
            draw.accept(path);
        } finally {
            path.dispose();
        }
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, k -> new Color(device, k >> 16 & 0xFF, k >> 8 & 0xFF, k & 0xFF));
    }

    /** A font whose em is {@code size} diagram units, as the export's (SWT heights are points). */
    private Font font(double size, boolean bold) {
        return fonts.computeIfAbsent(size + (bold ? "b" : ""), key -> {
            float points = (float) (size * 72 / device.getDPI().y);
            int style = bold ? SWT.BOLD : SWT.NORMAL;
            FontData data;
            try {
                // FontData's own string form is the only public way to a fractional height in points.
                data = new FontData("1|" + FAMILY + "|" + points + "|" + style + "|GTK|1|");
            } catch (IllegalArgumentException e) {
                data = new FontData(FAMILY, Math.max(1, Math.round(points)), style);
            }
            return new Font(device, data);
        });
    }

    /** Frees the colours and fonts made so far. */
    public void dispose() {
        colours.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
        colours.clear();
        fonts.clear();
        ascents.clear();
    }
}
