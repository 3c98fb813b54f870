package org.accountatlas.diagram.scene;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The area two scenes of one diagram differ in, so a screen repaints only that after a move: the boxes and
 * lines that changed, where they were and where they are. Everything (null) when the picture's size or frame
 * changed, or when so much changed that one full repaint is cheaper than working it out.
 */
public final class SceneDamage {

    /** Beyond this many changed elements a full repaint is as good. */
    private static final int MOST = 400;
    /** Reach of badges, borders and arrowheads past a box or a route. */
    private static final double PAD = 10;

    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;
    private int changed;

    private SceneDamage() {
    }

    /** {@code x, y, width, height} in diagram units; empty (zero width) when nothing changed; null for all. */
    public static double[] between(Scene before, Scene after) {
        if (before == null || after == null || before.width() != after.width() || before.height() != after.height()
                || !Objects.equals(before.frame(), after.frame())) {
            return null;
        }
        SceneDamage damage = new SceneDamage();
        if (!damage.boxes(before.boxes(), after.boxes()) || !damage.lines(before.lines(), after.lines())) {
            return null;
        }
        if (damage.changed == 0) {
            return new double[] { 0, 0, 0, 0 };
        }
        return new double[] { damage.minX - PAD, damage.minY - PAD, damage.maxX - damage.minX + 2 * PAD,
            damage.maxY - damage.minY + 2 * PAD };
    }

    private boolean boxes(List<Scene.Box> before, List<Scene.Box> after) {
        Map<Object, Scene.Box> old = new HashMap<>();
        before.forEach(b -> old.put(b.element() == null ? b : b.element(), b));
        for (Scene.Box box : after) {
            Scene.Box was = old.remove(box.element() == null ? box : box.element());
            if (!box.equals(was) && (!add(box) || was != null && !add(was))) {
                return false;
            }
        }
        for (Scene.Box gone : old.values()) {
            if (!add(gone)) {
                return false;
            }
        }
        return true;
    }

    private boolean lines(List<Scene.Line> before, List<Scene.Line> after) {
        Map<Object, Scene.Line> old = new HashMap<>();
        before.forEach(l -> old.put(l.element() == null ? l : l.element(), l));
        for (Scene.Line line : after) {
            Scene.Line was = old.remove(line.element() == null ? line : line.element());
            if (!same(line, was) && (!add(line) || was != null && !add(was))) {
                return false;
            }
        }
        for (Scene.Line gone : old.values()) {
            if (!add(gone)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Scene.Line a, Scene.Line b) {
        if (b == null || a.points().size() != b.points().size() || !a.style().equals(b.style())
                || !a.label().equals(b.label()) || !Arrays.equals(a.labelAt(), b.labelAt())) {
            return false;
        }
        for (int i = 0; i < a.points().size(); i++) {
            if (!Arrays.equals(a.points().get(i), b.points().get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean add(Scene.Box box) {
        include(box.x(), box.y(), box.x() + box.width(), box.y() + box.height());
        return ++changed <= MOST;
    }

    private boolean add(Scene.Line line) {
        for (double[] p : line.points()) {
            include(p[0], p[1], p[0], p[1]);
        }
        if (!line.label().isEmpty()) {
            // The label's width is not known here: a generous estimate from its length.
            double width = String.join(" ", line.label()).length() * line.fontSize() * 0.75 + 8;
            double[] at = line.labelAt() != null ? line.labelAt() : line.points().get((line.points().size() - 1) / 2);
            include(at[0] - width, at[1] - 2 * line.fontSize(), at[0] + width, at[1] + 2 * line.fontSize());
        }
        return ++changed <= MOST;
    }

    private void include(double x0, double y0, double x1, double y1) {
        minX = Math.min(minX, x0);
        minY = Math.min(minY, y0);
        maxX = Math.max(maxX, x1);
        maxY = Math.max(maxY, y1);
    }
}
