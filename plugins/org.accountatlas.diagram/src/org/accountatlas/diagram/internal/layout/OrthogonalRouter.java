package org.accountatlas.diagram.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes one line between two boxes with horizontal and vertical segments only, around the other boxes when
 * it can: a line whose node the user moved is routed again this way rather than drawn as a diagonal through
 * whatever lies between. It tries the usual shapes of a connector (down-across-down, across-down-across and
 * the L shapes, each with its bend at several places) and keeps the one crossing the fewest boxes, then the
 * shortest. Boxes are {@code x, y, width, height} in absolute coordinates.
 */
public final class OrthogonalRouter {

    private static final double[] BENDS = { 0.5, 0.25, 0.75, 0.1, 0.9 };
    private static final double CLEARANCE = 12;

    private OrthogonalRouter() {
    }

    /** The route from the source box's border to the target box's, as points from source to target. */
    public static List<double[]> route(double[] source, double[] target, List<double[]> obstacles) {
        List<List<double[]>> candidates = new ArrayList<>();
        double sx = source[0] + source[2] / 2;
        double sy = source[1] + source[3] / 2;
        double tx = target[0] + target[2] / 2;
        double ty = target[1] + target[3] / 2;
        boolean below = ty >= sy;
        double fromY = below ? source[1] + source[3] : source[1];
        double toY = below ? target[1] : target[1] + target[3];
        boolean right = tx >= sx;
        double fromX = right ? source[0] + source[2] : source[0];
        double toX = right ? target[0] : target[0] + target[2];
        for (double share : BENDS) {
            double midY = fromY + (toY - fromY) * share;
            candidates.add(List.of(p(sx, fromY), p(sx, midY), p(tx, midY), p(tx, toY)));
            double midX = fromX + (toX - fromX) * share;
            candidates.add(List.of(p(fromX, sy), p(midX, sy), p(midX, ty), p(toX, ty)));
        }
        // Around: leave and arrive from the side, the bend beyond every box in the way.
        double outside = below ? Math.max(fromY, toY) : Math.min(fromY, toY);
        candidates.add(List.of(p(sx, fromY), p(sx, outside + (below ? CLEARANCE : -CLEARANCE)),
                p(tx, outside + (below ? CLEARANCE : -CLEARANCE)), p(tx, toY)));
        candidates.add(List.of(p(sx, fromY), p(sx, ty), p(toX, ty)));
        candidates.add(List.of(p(fromX, sy), p(tx, sy), p(tx, toY)));
        List<double[]> best = null;
        double bestScore = Double.MAX_VALUE;
        for (List<double[]> candidate : candidates) {
            double score = crossings(candidate, obstacles) * 1e9 + length(candidate);
            if (score < bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return simplified(best);
    }

    private static double[] p(double x, double y) {
        return new double[] { x, y };
    }

    private static int crossings(List<double[]> route, List<double[]> obstacles) {
        int crossings = 0;
        for (double[] box : obstacles) {
            for (int i = 1; i < route.size(); i++) {
                if (crosses(route.get(i - 1), route.get(i), box)) {
                    crossings++;
                    break;
                }
            }
        }
        return crossings;
    }

    /** Whether the segment runs through the box's inside (touching its border does not count). */
    static boolean crosses(double[] a, double[] b, double[] box) {
        double minX = Math.min(a[0], b[0]);
        double maxX = Math.max(a[0], b[0]);
        double minY = Math.min(a[1], b[1]);
        double maxY = Math.max(a[1], b[1]);
        return minX < box[0] + box[2] && maxX > box[0] && minY < box[1] + box[3] && maxY > box[1];
    }

    private static double length(List<double[]> route) {
        double length = 0;
        for (int i = 1; i < route.size(); i++) {
            length += Math.abs(route.get(i)[0] - route.get(i - 1)[0]) + Math.abs(route.get(i)[1] - route.get(i - 1)[1]);
        }
        return length;
    }

    /** The route without repeated points or bends that go straight on. */
    private static List<double[]> simplified(List<double[]> route) {
        List<double[]> points = new ArrayList<>();
        for (double[] point : route) {
            if (!points.isEmpty() && points.get(points.size() - 1)[0] == point[0]
                    && points.get(points.size() - 1)[1] == point[1]) {
                continue;
            }
            if (points.size() >= 2) {
                double[] a = points.get(points.size() - 2);
                double[] b = points.get(points.size() - 1);
                if (a[0] == b[0] && b[0] == point[0] || a[1] == b[1] && b[1] == point[1]) {
                    points.set(points.size() - 1, point);
                    continue;
                }
            }
            points.add(point);
        }
        return points;
    }
}
