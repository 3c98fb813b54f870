package org.accountatlas.diagram.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.description.LineStyle;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.mapping.ResolvedStyle;
import org.accountatlas.diagram.scene.Scene;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;

/**
 * Draws a scene with SWT, as {@code Java2DRenderer} draws it for export: the same boxes, lines, labels,
 * badges and colours, in diagram units (the caller's transform zooms; GTK draws text and shapes as vectors,
 * so every zoom is crisp). Fonts are DejaVu Sans, the export's font, with the system's fallback for Chinese.
 * Colours and fonts are made once per renderer and freed by {@link #dispose()}.
 */
public final class SwtSceneRenderer {

    private static final double ARROW = 8;
    private static final String FAMILY = "DejaVu Sans";

    private final Device device;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    public SwtSceneRenderer(Device device) {
        this.device = device;
    }

    public void paint(GC gc, Scene scene) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(colour("#FFFFFF"));
        gc.fillRectangle(0, 0, (int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()));
        for (Scene.Box box : scene.boxes()) {
            if (box.container()) {
                box(gc, box);
            }
        }
        for (Scene.Line line : scene.lines()) {
            line(gc, line);
        }
        for (Scene.Box box : scene.boxes()) {
            if (!box.container()) {
                box(gc, box);
            }
        }
    }

    private void box(GC gc, Scene.Box box) {
        ResolvedStyle style = box.style();
        int x = (int) Math.round(box.x());
        int y = (int) Math.round(box.y());
        int w = (int) Math.round(box.width());
        int h = (int) Math.round(box.height());
        gc.setBackground(colour(style.greyed() ? "#EEEEEE" : style.fill()));
        stroke(gc, style.borderWidth(), style.line());
        gc.setForeground(colour(style.greyed() ? "#757575" : style.border()));
        switch (style.shape()) {
            case ROUNDED -> {
                gc.fillRoundRectangle(x, y, w, h, 12, 12);
                gc.drawRoundRectangle(x, y, w, h, 12, 12);
            }
            case ELLIPSE -> {
                gc.fillOval(x, y, w, h);
                gc.drawOval(x, y, w, h);
            }
            case RECTANGLE -> {
                gc.fillRectangle(x, y, w, h);
                gc.drawRectangle(x, y, w, h);
            }
        }
        gc.setFont(font(box.fontSize(), box.bold()));
        gc.setForeground(colour(style.greyed() ? "#757575" : style.textColor()));
        List<String> label = box.label();
        int lineHeight = gc.getFontMetrics().getHeight();
        double top = box.container() ? box.y() + 6 : box.y() + (box.height() - label.size() * lineHeight) / 2.0;
        double room = style.badge() == null ? 0 : RepresentationLayout.BADGE_ROOM;
        for (int i = 0; i < label.size(); i++) {
            Point extent = gc.textExtent(label.get(i));
            double tx = box.container() ? box.x() + 10 : box.x() + (box.width() - room - extent.x) / 2;
            gc.drawText(label.get(i), (int) Math.round(tx), (int) Math.round(top + i * lineHeight), true);
        }
        if (style.badge() != null && !box.container()) {
            badge(gc, box, style.badge());
        }
        if (box.hiddenCount() > 0) {
            gc.setFont(font(9, true));
            String more = "+" + box.hiddenCount();
            Point extent = gc.textExtent(more);
            gc.setForeground(colour(style.border()));
            gc.drawText(more, x + w - extent.x - 6, y + h - extent.y - 2, true);
        }
    }

    private void badge(GC gc, Scene.Box box, String text) {
        gc.setFont(font(8, true));
        Point extent = gc.textExtent(text);
        int width = extent.x + 6;
        int x = (int) Math.round(box.x() + box.width()) - width - 3;
        int y = (int) Math.round(box.y()) + 3;
        gc.setBackground(colour("#FFFFFF"));
        gc.fillRoundRectangle(x, y, width, 12, 6, 6);
        gc.setForeground(colour("#424242"));
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawRoundRectangle(x, y, width, 12, 6, 6);
        gc.drawText(text, x + 3, y + 6 - extent.y / 2, true);
    }

    private void line(GC gc, Scene.Line line) {
        ResolvedStyle style = line.style();
        List<double[]> points = line.points();
        String colour = style.greyed() ? "#757575" : style.border();
        gc.setForeground(colour(colour));
        stroke(gc, style.borderWidth(), style.line());
        Path path = new Path(device);
        try {
            path.moveTo((float) points.get(0)[0], (float) points.get(0)[1]);
            for (int i = 1; i < points.size(); i++) {
                path.lineTo((float) points.get(i)[0], (float) points.get(i)[1]);
            }
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
        arrowHead(gc, points.get(points.size() - 2), points.get(points.size() - 1), colour);
        if (!line.label().isEmpty()) {
            gc.setFont(font(line.fontSize(), false));
            String text = String.join(" ", line.label());
            Point extent = gc.textExtent(text);
            double[] from = points.get((points.size() - 1) / 2);
            double[] to = points.get((points.size() - 1) / 2 + 1);
            double x = line.labelAt() != null ? line.labelAt()[0] + 2 : (from[0] + to[0]) / 2 - extent.x / 2.0;
            double y = line.labelAt() != null ? line.labelAt()[1] : (from[1] + to[1]) / 2 - line.fontSize();
            gc.setAlpha(217);
            gc.setBackground(colour("#FFFFFF"));
            gc.fillRectangle((int) x - 2, (int) y, extent.x + 4, extent.y);
            gc.setAlpha(255);
            gc.setForeground(colour(colour));
            gc.drawText(text, (int) Math.round(x), (int) Math.round(y), true);
        }
    }

    private void arrowHead(GC gc, double[] from, double[] to, String colour) {
        double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
        int[] head = { (int) Math.round(to[0]), (int) Math.round(to[1]),
            (int) Math.round(to[0] - ARROW * Math.cos(angle - 0.4)), (int) Math.round(to[1] - ARROW * Math.sin(angle - 0.4)),
            (int) Math.round(to[0] - ARROW * Math.cos(angle + 0.4)), (int) Math.round(to[1] - ARROW * Math.sin(angle + 0.4)) };
        gc.setBackground(colour(colour));
        gc.fillPolygon(head);
    }

    private static void stroke(GC gc, double width, LineStyle line) {
        gc.setLineWidth((int) Math.max(1, Math.round(width)));
        gc.setLineCap(line == LineStyle.DOTTED ? SWT.CAP_ROUND : SWT.CAP_FLAT);
        switch (line) {
            case SOLID -> gc.setLineStyle(SWT.LINE_SOLID);
            case DASHED -> gc.setLineDash(new int[] { 6, 4 });
            case DOTTED -> gc.setLineDash(new int[] { 1, 3 });
        }
    }

    /** A colour from "#RRGGBB"; anything else is dark grey, as in export. */
    Color colour(String hex) {
        String key = hex == null || !hex.matches("#[0-9A-Fa-f]{6}") ? "#424242" : hex;
        return colours.computeIfAbsent(key, k -> {
            int rgb = Integer.parseInt(k.substring(1), 16);
            return new Color(device, rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
        });
    }

    /** A font whose em is {@code size} diagram units, as the export's (SWT heights are points). */
    Font font(double size, boolean bold) {
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

    public void dispose() {
        colours.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
        colours.clear();
        fonts.clear();
    }
}
