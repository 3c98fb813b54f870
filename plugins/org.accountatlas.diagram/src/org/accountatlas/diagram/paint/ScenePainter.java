package org.accountatlas.diagram.paint;

import java.util.List;

import org.accountatlas.diagram.description.LineStyle;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.scene.Legend;
import org.accountatlas.diagram.scene.ResolvedStyle;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.MapWords;

/**
 * Draws a scene through a {@link Painter}: works out every rectangle, label position, badge, arrowhead and
 * dash pattern once, for every back end. Containers are drawn first, then lines, then the nodes over them,
 * then the title block and legend. Text is placed by the measurer's metrics, the ones layouts are sized with.
 */
public final class ScenePainter {

    static final int WHITE = 0xFFFFFF;
    static final int GREY_FILL = 0xEEEEEE;
    static final int GREY_TEXT = 0x757575;
    static final int DARK = 0x424242;
    static final int TITLE = 0x1F3864;
    static final double ARROW = 8;
    /** The diameter of a rounded box's corners. */
    public static final double CORNER = 12;
    /** Where the title block and legend start from the left edge (the scene margin of exports). */
    static final double FRAME_MARGIN = 20;
    static final float[] DASHED = { 6, 4 };
    static final float[] DOTTED = { 1, 3 };

    private final TextMeasurer measurer;

    /** A painter placing text by the measurer's metrics. */
    public ScenePainter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** Draws the whole scene. */
    public void paint(Scene scene, Painter painter) {
        paint(scene, painter, null);
    }

    /**
     * Draws what of the scene meets the clip ({@code x, y, width, height} in diagram units; null for all), so
     * a screen repaint of a small damaged area does not go through thousands of nodes.
     */
    public void paint(Scene scene, Painter painter, double[] clip) {
        painter.fill(new Shape.Rect(0, 0, scene.width(), scene.height(), 0), WHITE, 1);
        for (Scene.Box box : scene.boxes()) {
            if (box.container() && meets(clip, box.x(), box.y(), box.width(), box.height())) {
                painter.beginBox(box);
                box(painter, box);
                painter.endBox();
            }
        }
        for (Scene.Line line : scene.lines()) {
            if (clip == null || meets(clip, line)) {
                painter.beginLine(line);
                line(painter, line, scene.width());
                painter.endLine();
            }
        }
        for (Scene.Box box : scene.boxes()) {
            if (!box.container() && meets(clip, box.x(), box.y(), box.width(), box.height())) {
                painter.beginBox(box);
                box(painter, box);
                painter.endBox();
            }
        }
        if (scene.frame() != null) {
            frame(painter, scene.frame(), FRAME_MARGIN);
        }
    }

    private static boolean meets(double[] clip, double x, double y, double width, double height) {
        // Badges and thick borders reach a little past the box.
        return clip == null || x - 4 < clip[0] + clip[2] && clip[0] < x + width + 4 && y - 4 < clip[1] + clip[3]
                && clip[1] < y + height + 4;
    }

    private static boolean meets(double[] clip, Scene.Line line) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : line.points()) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        if (line.labelAt() != null) {
            // A label may sit away from its line; its extent is not known here, so allow a generous width.
            minX = Math.min(minX, line.labelAt()[0]);
            minY = Math.min(minY, line.labelAt()[1]);
            maxX = Math.max(maxX, line.labelAt()[0] + 200);
            maxY = Math.max(maxY, line.labelAt()[1] + 20);
        }
        return meets(clip, minX - ARROW, minY - ARROW, maxX - minX + 2 * ARROW, maxY - minY + 2 * ARROW + 20);
    }

    private void box(Painter painter, Scene.Box box) {
        ResolvedStyle style = box.style();
        Shape shape = switch (style.shape()) {
            case ROUNDED -> new Shape.Rect(box.x(), box.y(), box.width(), box.height(), CORNER);
            case ELLIPSE -> new Shape.Ellipse(box.x(), box.y(), box.width(), box.height());
            case RECTANGLE -> new Shape.Rect(box.x(), box.y(), box.width(), box.height(), 0);
        };
        painter.fill(shape, style.greyed() ? GREY_FILL : rgb(style.fill()), 1);
        painter.stroke(shape, pen(style.greyed() ? GREY_TEXT : rgb(style.border()), style.borderWidth(), style.line()));
        int text = style.greyed() ? GREY_TEXT : rgb(style.textColor());
        double lineHeight = measurer.lineHeight(box.fontSize(), box.bold());
        double ascent = measurer.ascent(box.fontSize(), box.bold());
        List<String> label = box.label();
        double top = box.container() ? box.y() + 6 : box.y() + (box.height() - label.size() * lineHeight) / 2;
        double room = style.badge() == null ? 0 : RepresentationLayout.BADGE_ROOM;
        for (int i = 0; i < label.size(); i++) {
            String line = label.get(i);
            double x = box.container() ? box.x() + 10
                    : box.x() + (box.width() - room - measurer.width(line, box.fontSize(), box.bold())) / 2;
            painter.text(line, x, top + i * lineHeight + ascent, box.fontSize(), box.bold(), text);
        }
        if (style.badge() != null && !box.container()) {
            badge(painter, box, style.badge());
        }
        if (box.hiddenCount() > 0) {
            String more = "+" + box.hiddenCount() + (box.continuation() == null ? "" : " → " + box.continuation());
            double width = measurer.width(more, 9, true);
            painter.text(more, box.x() + box.width() - width - 6, box.y() + box.height() - 4, 9, true,
                    rgb(style.border()));
        }
    }

    private void badge(Painter painter, Scene.Box box, String text) {
        double width = measurer.width(text, 8, true) + 6;
        double x = box.x() + box.width() - width - 3;
        double y = box.y() + 3;
        Shape.Rect pill = new Shape.Rect(x, y, width, 12, 6);
        painter.fill(pill, WHITE, 0.9);
        painter.stroke(pill, Pen.solid(DARK, 0.6));
        painter.text(text, x + 3, y + 9, 8, true, DARK);
    }

    private void line(Painter painter, Scene.Line line, double sceneWidth) {
        ResolvedStyle style = line.style();
        List<double[]> points = line.points();
        int colour = style.greyed() ? GREY_TEXT : rgb(style.border());
        painter.stroke(new Shape.Polyline(points, false), pen(colour, style.borderWidth(), style.line()));
        painter.fill(arrowHead(points.get(points.size() - 2), points.get(points.size() - 1)), colour, 1);
        if (line.label().isEmpty()) {
            return;
        }
        double[] from = points.get((points.size() - 1) / 2);
        double[] to = points.get((points.size() - 1) / 2 + 1);
        String text = String.join(" ", line.label());
        double size = line.fontSize();
        double width = measurer.width(text, size, false);
        // Where the layout put it; else centred on the middle segment, never past the picture's edge.
        double x = line.labelAt() != null ? line.labelAt()[0] + 2
                : Math.max(2, Math.min((from[0] + to[0]) / 2 - width / 2, sceneWidth - width - 2));
        double baseline = line.labelAt() != null ? line.labelAt()[1] + size : (from[1] + to[1]) / 2;
        painter.fill(new Shape.Rect(x - 2, baseline - size, width + 4, size + 4, 0), WHITE, 0.85);
        painter.text(text, x, baseline, size, false, colour);
    }

    /** The filled triangle at the end of a line, pointing along its last segment. */
    static Shape.Polyline arrowHead(double[] from, double[] to) {
        double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
        return new Shape.Polyline(List.of(new double[] { to[0], to[1] },
                new double[] { to[0] - ARROW * Math.cos(angle - 0.4), to[1] - ARROW * Math.sin(angle - 0.4) },
                new double[] { to[0] - ARROW * Math.cos(angle + 0.4), to[1] - ARROW * Math.sin(angle + 0.4) }), true);
    }

    /** The title block at the top left, the legend under the diagram. */
    private void frame(Painter painter, Scene.Frame frame, double margin) {
        double y = margin + measurer.ascent(14, true);
        painter.text(frame.title().get(0), margin, y, 14, true, TITLE);
        y += 16;
        painter.text(frame.title().get(1), margin, y, 10, false, DARK);
        if (frame.healthText() != null) {
            y += 18;
            int health = rgb(frame.healthColour());
            painter.fill(new Shape.Ellipse(margin, y - 9, 10, 10), health, 1);
            painter.text(frame.healthText(), margin + 16, y, 10, true, health);
        }
        if (!frame.legend().isEmpty()) {
            legend(painter, frame.legend(), margin, frame.legendY(), frame.legendColumn(), frame.legendRows());
        }
    }

    /** The width of a legend column, as exports set it ({@link Legend#columnWidth}). */
    public double legendColumn(List<Legend.Entry> legend) {
        return Legend.columnWidth(legend, measurer);
    }

    /**
     * Draws the word "Legend" and the entries under it from ({@code x}, {@code top}), in columns of the given
     * width, {@code rows} entries to a column: in exports under the diagram, in the editor over its corner.
     */
    public void legend(Painter painter, List<Legend.Entry> legend, double x, double top, double column, int rows) {
        double ly = top + 14;
        painter.text(MapWords.get("legend"), x, ly, 10, true, DARK);
        for (int i = 0; i < legend.size(); i++) {
            double ex = x + (i / rows) * column;
            double ey = ly + 18 * (i % rows + 1);
            Legend.Entry entry = legend.get(i);
            ResolvedStyle sample = entry.sample();
            switch (entry.kind()) {
                case BOX -> {
                    Shape.Rect swatch = new Shape.Rect(ex, ey - 10, 20, 12, sample.shape() == org.accountatlas.diagram
                            .description.Shape.ROUNDED ? 4 : 0);
                    painter.fill(swatch, sample.greyed() ? GREY_FILL : rgb(sample.fill()), 1);
                    painter.stroke(swatch, pen(sample.greyed() ? GREY_TEXT : rgb(sample.border()),
                            Math.min(3, sample.borderWidth()), sample.line()));
                }
                case BADGE -> {
                    double width = measurer.width(entry.badge(), 8, true) + 6;
                    Shape.Rect pill = new Shape.Rect(ex, ey - 10, width, 12, 6);
                    painter.fill(pill, WHITE, 1);
                    painter.stroke(pill, Pen.solid(DARK, 0.6));
                    painter.text(entry.badge(), ex + 3, ey - 1, 8, true, DARK);
                }
                case LINE -> {
                    List<double[]> stretch = List.of(new double[] { ex, ey - 4 }, new double[] { ex + 20, ey - 4 });
                    int colour = sample.greyed() ? GREY_TEXT : rgb(sample.border());
                    painter.stroke(new Shape.Polyline(stretch, false), pen(colour, sample.borderWidth(), sample.line()));
                }
            }
            painter.text(entry.text(), ex + Legend.SAMPLE, ey, Legend.TEXT_SIZE, false, DARK);
        }
    }

    private static Pen pen(int rgb, double width, LineStyle line) {
        double w = Math.max(0.3, width);
        return switch (line) {
            case SOLID -> Pen.solid(rgb, w);
            case DASHED -> new Pen(rgb, w, DASHED, false);
            case DOTTED -> new Pen(rgb, w, DOTTED, true);
        };
    }

    /** {@code 0xRRGGBB} from "#RRGGBB"; anything else is dark grey. */
    public static int rgb(String hex) {
        if (hex == null || hex.length() != 7 || hex.charAt(0) != '#') {
            return DARK;
        }
        try {
            return Integer.parseInt(hex.substring(1), 16);
        } catch (NumberFormatException e) {
            return DARK;
        }
    }
}
