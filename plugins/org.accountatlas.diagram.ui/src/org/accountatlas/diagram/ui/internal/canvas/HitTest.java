package org.accountatlas.diagram.ui.internal.canvas;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.scene.Scene;

/** What lies under a point of the scene, and what a rubber band encloses. Plain geometry, in diagram units. */
public final class HitTest {

    private HitTest() {
    }

    /** The topmost box at the point: nodes before the containers they sit in. */
    public static Scene.Box boxAt(Scene scene, double x, double y) {
        Scene.Box found = null;
        for (Scene.Box box : scene.boxes()) {
            if (x >= box.x() && x <= box.x() + box.width() && y >= box.y() && y <= box.y() + box.height()
                    && (found == null || found.container() || !box.container())) {
                found = box; // later boxes are drawn over earlier ones
            }
        }
        return found;
    }

    /** The line passing within the tolerance of the point, if any. */
    public static Scene.Line lineAt(Scene scene, double x, double y, double tolerance) {
        for (Scene.Line line : scene.lines()) {
            List<double[]> points = line.points();
            for (int i = 1; i < points.size(); i++) {
                if (distance(points.get(i - 1), points.get(i), x, y) <= tolerance) {
                    return line;
                }
            }
        }
        return null;
    }

    static double distance(double[] a, double[] b, double x, double y) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / length));
        double px = a[0] + t * dx - x;
        double py = a[1] + t * dy - y;
        return Math.sqrt(px * px + py * py);
    }

    /** The non-container boxes wholly inside the band (containers only when nothing else is). */
    public static List<Scene.Box> inside(Scene scene, double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2);
        double right = Math.max(x1, x2);
        double top = Math.min(y1, y2);
        double bottom = Math.max(y1, y2);
        List<Scene.Box> nodes = new ArrayList<>();
        List<Scene.Box> containers = new ArrayList<>();
        for (Scene.Box box : scene.boxes()) {
            if (box.x() >= left && box.x() + box.width() <= right && box.y() >= top && box.y() + box.height() <= bottom) {
                (box.container() ? containers : nodes).add(box);
            }
        }
        return nodes.isEmpty() ? containers : nodes;
    }
}
