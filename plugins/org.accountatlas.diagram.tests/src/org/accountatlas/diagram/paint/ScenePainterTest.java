package org.accountatlas.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.description.LineStyle;
import org.accountatlas.diagram.description.Shape;
import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.scene.ResolvedStyle;
import org.accountatlas.diagram.scene.Scene;
import org.junit.jupiter.api.Test;

/** The one place that works out what to draw: shapes, dashes, arrowheads, text positions, clipping. */
class ScenePainterTest {

    /** Every character 6 units wide at any size; lines 12 high with the baseline at 10. */
    private static final TextMeasurer MEASURER = new TextMeasurer() {
        @Override
        public double[] measure(List<String> lines, double fontSize, boolean bold) {
            return new double[] { lines.stream().mapToInt(String::length).max().orElse(0) * 6.0, lines.size() * 12.0 };
        }

        @Override
        public double ascent(double fontSize, boolean bold) {
            return 10;
        }
    };

    private record Call(String kind, Object shape, int rgb, Object detail) {
    }

    /** A painter that writes down what it is asked to do. */
    private static final class Recorder implements Painter {
        final List<Call> calls = new ArrayList<>();

        @Override
        public void fill(org.accountatlas.diagram.paint.Shape shape, int rgb, double opacity) {
            calls.add(new Call("fill", shape, rgb, opacity));
        }

        @Override
        public void stroke(org.accountatlas.diagram.paint.Shape shape, Pen pen) {
            calls.add(new Call("stroke", shape, pen.rgb(), pen));
        }

        @Override
        public void text(String text, double x, double baseline, double size, boolean bold, int rgb) {
            calls.add(new Call("text", text, rgb, new double[] { x, baseline, size }));
        }
    }

    private static ResolvedStyle style(String badge, LineStyle line) {
        return new ResolvedStyle(Shape.ROUNDED, "#2E7D32", "#424242", 2, "#FFFFFF", 0, 0, line, badge, false);
    }

    private static Scene.Box box(double x, double y, String label, String badge) {
        return new Scene.Box(null, x, y, 120, 40, style(badge, LineStyle.SOLID), List.of(label), 11, false, false, 0, null);
    }

    @Test
    void aBoxIsFilledStrokedAndItsLabelCentredLeftOfTheBadge() {
        Scene scene = new Scene(300, 100, List.of(box(20, 20, "Li Wei", "EB")), List.of());
        Recorder recorder = new Recorder();
        new ScenePainter(MEASURER).paint(scene, recorder);

        assertEquals(new org.accountatlas.diagram.paint.Shape.Rect(0, 0, 300, 100, 0), recorder.calls.get(0).shape(),
                "white page first");
        assertEquals(new org.accountatlas.diagram.paint.Shape.Rect(20, 20, 120, 40, ScenePainter.CORNER),
                recorder.calls.get(1).shape());
        assertEquals(0x2E7D32, recorder.calls.get(1).rgb());
        assertEquals("stroke", recorder.calls.get(2).kind());
        Call label = recorder.calls.stream().filter(c -> "Li Wei".equals(c.shape())).findFirst().orElseThrow();
        double[] at = (double[]) label.detail();
        // centred in the box minus the badge's room: 20 + (120 - 22 - 36) / 2; baseline: top 34 + ascent 10
        assertArrayEquals(new double[] { 51, 44, 11 }, at, 1e-9);
        Call badge = recorder.calls.stream().filter(c -> "EB".equals(c.shape())).findFirst().orElseThrow();
        assertEquals(20 + 120 - (12 + 6) - 3 + 3, ((double[]) badge.detail())[0], 1e-9, "badge at the top right");
    }

    @Test
    void aDashedLineEndsInAnArrowheadAlongItsLastSegment() {
        Scene.Box from = box(0, 0, "A", null);
        Scene.Box to = box(0, 200, "B", null);
        Scene.Line line = new Scene.Line(null, List.of(new double[] { 60, 40 }, new double[] { 60, 200 }),
                style(null, LineStyle.DASHED), List.of(), 10, null, null);
        Recorder recorder = new Recorder();
        new ScenePainter(MEASURER).paint(new Scene(200, 300, List.of(from, to), List.of(line)), recorder);

        Call stroke = recorder.calls.stream().filter(c -> c.shape() instanceof org.accountatlas.diagram.paint.Shape.Polyline p
                && !p.closed()).findFirst().orElseThrow();
        assertArrayEquals(ScenePainter.DASHED, ((Pen) stroke.detail()).dash());
        Call head = recorder.calls.get(recorder.calls.indexOf(stroke) + 1);
        var triangle = (org.accountatlas.diagram.paint.Shape.Polyline) head.shape();
        assertTrue(triangle.closed());
        assertArrayEquals(new double[] { 60, 200 }, triangle.points().get(0), 1e-9, "the tip is the line's end");
        assertTrue(triangle.points().get(1)[1] < 200 && triangle.points().get(2)[1] < 200, "pointing down");
    }

    @Test
    void onlyWhatMeetsTheClipIsDrawn() {
        Scene scene = new Scene(3000, 100, List.of(box(20, 20, "Near", null), box(2800, 20, "Far", null)), List.of());
        Recorder recorder = new Recorder();
        new ScenePainter(MEASURER).paint(scene, recorder, new double[] { 0, 0, 500, 100 });
        assertTrue(recorder.calls.stream().anyMatch(c -> "Near".equals(c.shape())));
        assertNull(recorder.calls.stream().filter(c -> "Far".equals(c.shape())).findFirst().orElse(null));
    }
}
