package org.accountatlas.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.graph.ElkNode;

/**
 * Rearranges a decision map that ELK laid out as a strip. An organisation of a hundred small units joined by
 * reporting lines comes out of ELK's layered algorithm as one long layer of departments (7.9 : 1 for 700
 * posts in 120 units). Here each department keeps the inside ELK gave it, and the departments themselves are
 * placed as an org chart ({@link OrgChart}) of who their heads report to: a department hangs under the one
 * its head's manager works in. Lines inside a department move with it; lines between departments are routed
 * again orthogonally around the people and the departments' titles ({@link OrthogonalRouter}).
 */
public final class DepartmentChart {

    private DepartmentChart() {
    }

    /** Whether ELK's arrangement is too long or too tall for a page (beyond 3 : 1 either way). */
    public static boolean wanted(ElkNode root, Map<DNode, ElkNode> shapes) {
        boolean containers = shapes.values().stream().anyMatch(shape -> !shape.getChildren().isEmpty());
        double aspect = root.getWidth() / Math.max(1, root.getHeight());
        return containers && (aspect > 3 || aspect < 1 / 3.0);
    }

    /**
     * Moves the top-level nodes into an org chart of departments and puts the routes of the lines that change
     * into {@code drawn}: those inside a department moved with it, those between departments routed anew
     * (with no label place: their labels go to the middle of the route).
     */
    public static void rearrange(List<LeafStacks.Link> links, Map<DNode, ElkNode> shapes, Map<DEdge, EdgeRoute> drawn) {
        Map<DNode, ElkNode> top = new LinkedHashMap<>();
        shapes.forEach((node, shape) -> {
            if (shape.getParent() != null && shape.getParent().getParent() == null) {
                top.put(node, shape);
            }
        });
        Map<DNode, double[]> before = new HashMap<>();
        top.forEach((node, shape) -> before.put(node, new double[] { shape.getX(), shape.getY() }));
        Map<DNode, DNode> parentOf = new HashMap<>();
        List<LeafStacks.Link> tree = new ArrayList<>();
        for (LeafStacks.Link link : links) {
            DNode upper = topOf(link.from());
            DNode lower = topOf(link.to());
            if (upper != lower && top.containsKey(upper) && top.containsKey(lower) && !parentOf.containsKey(lower)
                    && !reaches(parentOf, upper, lower)) {
                parentOf.put(lower, upper);
                tree.add(new LeafStacks.Link(null, upper, lower, null, 0, 0));
            }
        }
        OrgChart.arrange(tree, top);
        Map<DNode, double[]> shift = new HashMap<>();
        top.forEach((node, shape) -> shift.put(node, new double[] { shape.getX() - before.get(node)[0],
            shape.getY() - before.get(node)[1] }));
        List<double[]> obstacles = obstacles(shapes);
        for (LeafStacks.Link link : links) {
            DNode upper = topOf(link.from());
            DNode lower = topOf(link.to());
            EdgeRoute known = drawn.get(link.edge());
            if (upper == lower) {
                if (known != null) { // a comb inside the department, placed in absolute coordinates
                    double[] by = shift.get(upper);
                    drawn.put(link.edge(), new EdgeRoute(known.points().stream().map(p -> new double[] { p[0] + by[0],
                        p[1] + by[1] }).toList(), known.labelX() + by[0], known.labelY() + by[1]));
                }
                continue; // ELK's own route is relative to the department and moves with it
            }
            double[] from = box(shapes.get(link.from()));
            double[] to = box(shapes.get(link.to()));
            List<double[]> others = obstacles.stream().filter(o -> !same(o, from) && !same(o, to)).toList();
            drawn.put(link.edge(), new EdgeRoute(OrthogonalRouter.route(from, to, others), Double.NaN, Double.NaN));
        }
    }

    /** The people's boxes and the departments' title strips, in absolute coordinates. */
    private static List<double[]> obstacles(Map<DNode, ElkNode> shapes) {
        List<double[]> obstacles = new ArrayList<>();
        for (ElkNode shape : shapes.values()) {
            double[] box = box(shape);
            if (shape.getChildren().isEmpty()) {
                obstacles.add(box);
            } else {
                ElkPadding padding = shape.getProperty(CoreOptions.PADDING);
                obstacles.add(new double[] { box[0], box[1], box[2], padding == null ? 20 : padding.top });
            }
        }
        return obstacles;
    }

    private static boolean same(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
    }

    private static double[] box(ElkNode shape) {
        double[] origin = RepresentationLayout.absoluteOrigin(shape.getParent());
        return new double[] { origin[0] + shape.getX(), origin[1] + shape.getY(), shape.getWidth(), shape.getHeight() };
    }

    private static DNode topOf(DNode node) {
        DNode top = node;
        while (top.eContainer() instanceof DNode container) {
            top = container;
        }
        return top;
    }

    /** Whether following parents up from {@code from} reaches {@code target}. */
    private static boolean reaches(Map<DNode, DNode> parentOf, DNode from, DNode target) {
        for (DNode node = from; node != null; node = parentOf.get(node)) {
            if (node == target) {
                return true;
            }
        }
        return false;
    }
}
