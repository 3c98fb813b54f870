package org.accountatlas.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Point;

/**
 * Packs the unconnected parts of a laid-out diagram into rows of about a slide's proportions. ELK's own
 * component packing does not apply when nested containers are laid out together with their contents (which
 * lines between departments need), so a decision map of a hundred unrelated departments came out as one row
 * a quarter of a million units wide. Each part moves as a whole, its lines and labels with it; parts come in
 * the model's order (departments as listed). A layout narrower than the packing would make is left as it is.
 */
public final class ComponentPacking {

    /** Width to height of the packed area (16:10). */
    private static final double ASPECT = 1.6;
    private static final double SPACING = 36;

    private ComponentPacking() {
    }

    /** A part: its top-level nodes, its lines and the box around both. */
    private static final class Part {
        final List<DNode> nodes = new ArrayList<>();
        final List<DEdge> edges = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;

        void include(double x, double y, double width, double height) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x + width);
            maxY = Math.max(maxY, y + height);
        }

        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }
    }

    /**
     * @param topLevel the shown nodes at the top of the representation
     * @param edges the shown edges, with their routes in absolute coordinates
     */
    public static void pack(List<DNode> topLevel, List<DEdge> edges) {
        Map<DNode, Part> parts = parts(topLevel, edges);
        List<Part> ordered = new ArrayList<>(new LinkedHashSet<>(parts.values()));
        if (ordered.size() < 2) {
            return;
        }
        double area = 0;
        double widest = 0;
        double originX = Double.MAX_VALUE;
        double originY = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Part part : ordered) {
            area += (part.width() + SPACING) * (part.height() + SPACING);
            widest = Math.max(widest, part.width());
            originX = Math.min(originX, part.minX);
            originY = Math.min(originY, part.minY);
            right = Math.max(right, part.maxX);
        }
        double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));
        if (right - originX <= rowWidth) {
            return;
        }
        double x = originX;
        double y = originY;
        double rowHeight = 0;
        for (Part part : ordered) {
            if (x > originX && x + part.width() > originX + rowWidth) {
                x = originX;
                y += rowHeight + SPACING;
                rowHeight = 0;
            }
            move(part, x - part.minX, y - part.minY);
            x += part.width() + SPACING;
            rowHeight = Math.max(rowHeight, part.height());
        }
    }

    private static Map<DNode, Part> parts(List<DNode> topLevel, List<DEdge> edges) {
        Map<DNode, DNode> representative = new HashMap<>();
        topLevel.forEach(node -> representative.put(node, node));
        for (DEdge edge : edges) {
            DNode a = find(representative, topOf(edge.getSource()));
            DNode b = find(representative, topOf(edge.getTargetNode()));
            if (a != null && b != null && a != b) {
                representative.put(a, b);
            }
        }
        Map<DNode, Part> byRoot = new HashMap<>();
        Map<DNode, Part> parts = new LinkedHashMap<>();
        for (DNode node : topLevel) {
            Part part = byRoot.computeIfAbsent(find(representative, node), root -> new Part());
            part.nodes.add(node);
            part.include(node.getX(), node.getY(), node.getWidth(), node.getHeight());
            parts.put(node, part);
        }
        for (DEdge edge : edges) {
            Part part = parts.get(topOf(edge.getSource()));
            if (part != null) {
                part.edges.add(edge);
                edge.getBendpoints().forEach(point -> part.include(point.getX(), point.getY(), 0, 0));
            }
        }
        return parts;
    }

    private static DNode topOf(DNode node) {
        DNode top = node;
        while (top.eContainer() instanceof DNode container) {
            top = container;
        }
        return top;
    }

    private static DNode find(Map<DNode, DNode> representative, DNode node) {
        DNode root = node;
        while (root != null && representative.get(root) != root) {
            root = representative.get(root);
        }
        return root;
    }

    private static void move(Part part, double dx, double dy) {
        for (DNode node : part.nodes) {
            node.setX(node.getX() + dx);
            node.setY(node.getY() + dy);
        }
        for (DEdge edge : part.edges) {
            for (Point point : edge.getBendpoints()) {
                point.setX(point.getX() + dx);
                point.setY(point.getY() + dy);
            }
            if (edge.isSetLabelX()) {
                edge.setLabelX(edge.getLabelX() + dx);
                edge.setLabelY(edge.getLabelY() + dy);
            }
        }
    }
}
