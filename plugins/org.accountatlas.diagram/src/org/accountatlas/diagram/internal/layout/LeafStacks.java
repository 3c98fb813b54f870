package org.accountatlas.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountatlas.diagram.layout.RepresentationLayout;

import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Org-chart stacking for top-down layouts. Set side by side, the leaves of a tree make it very wide: a group
 * of a thousand accounts became 130,000 units across. When a node has {@value #MIN_LEAVES} or more leaves
 * below it (nodes with nothing inside, no line but the one from it, in the same container) they are stacked
 * in a column under it instead, joined by a comb: a spine down their left and a stub to each, the edge's
 * label on its stub. ELK lays the column out as one node of its size; the leaves are put in it afterwards.
 */
public final class LeafStacks {

    static final int MIN_LEAVES = 4;
    /** From the column's left side to the spine. */
    private static final double SPINE = 10;
    private static final double LEAST_STUB = 14;
    private static final double GAP = 10;

    /** An edge as the layout sees it: from the node above to the node below, with its measured label. */
    public record Link(DEdge edge, DNode from, DNode to, String label, double labelWidth, double labelHeight) {
    }

    private record Stack(DNode parent, List<Link> links, ElkNode column, double stub) {
    }

    private final List<Stack> stacks = new ArrayList<>();
    private final Set<DEdge> stacked = new HashSet<>();
    private final Map<DEdge, EdgeRoute> combs = new HashMap<>();

    private LeafStacks() {
    }

    /** Finds the stacks among the links and replaces each, in the ELK graph, by one column node. */
    public static LeafStacks fold(List<Link> links, Map<DNode, ElkNode> shapes) {
        Map<DNode, Integer> degree = new HashMap<>();
        for (Link link : links) {
            degree.merge(link.from(), 1, Integer::sum);
            degree.merge(link.to(), 1, Integer::sum);
        }
        Map<DNode, List<Link>> leavesBelow = new LinkedHashMap<>();
        for (Link link : links) {
            ElkNode leaf = shapes.get(link.to());
            if (degree.get(link.to()) == 1 && leaf.getChildren().isEmpty()
                    && leaf.getParent() == shapes.get(link.from()).getParent()) {
                leavesBelow.computeIfAbsent(link.from(), parent -> new ArrayList<>()).add(link);
            }
        }
        LeafStacks result = new LeafStacks();
        leavesBelow.forEach((parent, leaves) -> {
            if (leaves.size() >= MIN_LEAVES) {
                result.stacks.add(stack(parent, leaves, shapes));
                leaves.forEach(link -> result.stacked.add(link.edge()));
            }
        });
        return result;
    }

    private static Stack stack(DNode parent, List<Link> leaves, Map<DNode, ElkNode> shapes) {
        double stub = LEAST_STUB;
        double width = 0;
        double height = -GAP;
        for (Link link : leaves) {
            stub = Math.max(stub, link.labelWidth() + 8);
            ElkNode leaf = shapes.get(link.to());
            width = Math.max(width, leaf.getWidth());
            height += leaf.getHeight() + GAP;
        }
        ElkNode container = shapes.get(parent).getParent();
        for (Link link : leaves) {
            shapes.get(link.to()).setParent(null); // out of ELK's graph; the column stands for it
        }
        ElkNode column = ElkGraphUtil.createNode(container);
        column.setDimensions(SPINE + stub + width, height);
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(shapes.get(parent), column);
        ElkGraphUtil.updateContainment(edge);
        return new Stack(parent, leaves, column, stub);
    }

    public boolean isStacked(DEdge edge) {
        return stacked.contains(edge);
    }

    /** After ELK: puts the leaves in their columns (relative to their container, as ELK does) and routes combs. */
    public void unfold(Map<DNode, ElkNode> shapes) {
        for (Stack stack : stacks) {
            ElkNode column = stack.column();
            ElkNode parent = shapes.get(stack.parent());
            double[] origin = RepresentationLayout.absoluteOrigin(column.getParent());
            double spineX = origin[0] + column.getX() + SPINE;
            double parentBottom = origin[1] + parent.getY() + parent.getHeight();
            double parentCentre = origin[0] + parent.getX() + parent.getWidth() / 2;
            double turn = (parentBottom + origin[1] + column.getY()) / 2;
            double y = column.getY();
            for (Link link : stack.links()) {
                ElkNode leaf = shapes.get(link.to());
                leaf.setLocation(column.getX() + SPINE + stack.stub(), y);
                double middle = origin[1] + y + leaf.getHeight() / 2;
                List<double[]> points = List.of(new double[] { parentCentre, parentBottom },
                        new double[] { parentCentre, turn }, new double[] { spineX, turn },
                        new double[] { spineX, middle }, new double[] { spineX + stack.stub(), middle });
                combs.put(link.edge(), new EdgeRoute(points, spineX + 4, middle - link.labelHeight() - 1));
                y += leaf.getHeight() + GAP;
            }
        }
    }

    public Map<DEdge, EdgeRoute> combs() {
        return combs;
    }
}
