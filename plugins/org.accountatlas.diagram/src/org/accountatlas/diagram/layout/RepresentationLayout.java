package org.accountatlas.diagram.layout;

import org.accountatlas.diagram.internal.layout.ComponentPacking;
import org.accountatlas.diagram.internal.layout.DepartmentChart;
import org.accountatlas.diagram.internal.layout.EdgeRoute;
import org.accountatlas.diagram.internal.layout.ElkLayouts;
import org.accountatlas.diagram.internal.layout.LeafStacks;
import org.accountatlas.diagram.internal.layout.OrgChart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.LabelDescription;
import org.accountatlas.diagram.description.LayoutDirection;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.internal.expressions.LabelTemplate;
import org.accountatlas.diagram.scene.ResolvedStyle;
import org.accountatlas.diagram.internal.expressions.StyleResolver;
import org.accountatlas.diagram.sync.Visibility;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Point;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.representation.RepresentationFactory;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a representation out with ELK. Node sizes come from the labels measured with real font metrics
 * (never smaller than the style's minimum); containers grow around their contents under their title.
 * {@link Mode#FULL} arranges everything; {@link Mode#KEEP_PINNED} arranges everything but the pinned nodes,
 * which stay where the user put them (what ELK put under them moves clear); {@link Mode#INCREMENTAL} gives
 * positions only to nodes that have none yet and leaves every placed or pinned node where it is. Coordinates of nested nodes are relative to
 * their container, as in ELK; bend points are absolute.
 */
public final class RepresentationLayout {

    /** How much of the diagram a layout may move. */
    public enum Mode { FULL, KEEP_PINNED, INCREMENTAL }

    static final double PADDING_X = 10;
    static final double PADDING_Y = 6;
    /** Room kept beside a label for its badge; the renderers centre the label in the rest. */
    public static final double BADGE_ROOM = 22;
    private static final double GAP = 24;

    private final DiagramDescription description;
    private final TextMeasurer measurer;
    private final Function<Enum<?>, String> enumNames;

    /**
     * A layout by the description's rules, labels measured with the measurer and enumeration values named by {@code
     * enumNames}.
     */
    public RepresentationLayout(DiagramDescription description, TextMeasurer measurer, Function<Enum<?>, String> enumNames) {
        this.description = description;
        this.measurer = measurer;
        this.enumNames = enumNames;
    }

    /** Places the shown nodes and routes the edges: all of them (FULL), or only nodes not yet placed (INCREMENTAL). */
    public void layout(Representation representation, Mode mode) {
        Visibility visibility = new Visibility(description, representation);
        ElkNode root = ElkGraphUtil.createGraph();
        LayoutDirection chosen = representation.isSetDirection() ? representation.getDirection()
                : description.getDirection();
        Direction direction = chosen == LayoutDirection.RIGHT ? Direction.RIGHT : Direction.DOWN;
        ElkLayouts.configureLayered(root, direction, 24, 48);
        Map<DNode, ElkNode> shapes = new HashMap<>();
        for (DNode node : representation.getNodes()) {
            add(node, root, visibility, shapes);
        }
        List<LeafStacks.Link> links = links(representation, visibility);
        Map<DEdge, EdgeRoute> drawn = new HashMap<>();
        Map<DEdge, ElkEdge> edges = new HashMap<>();
        if (direction == Direction.DOWN && OrgChart.applies(links, shapes)) {
            drawn.putAll(OrgChart.arrange(links, shapes));
        } else {
            layOutWithElk(root, direction, links, shapes, drawn, edges);
            if (direction == Direction.DOWN && DepartmentChart.wanted(root, shapes)) {
                DepartmentChart.rearrange(links, shapes, drawn);
            }
        }
        List<DNode> fixed = new ArrayList<>();
        List<DNode> moved = new ArrayList<>();
        shapes.forEach((node, elk) -> {
            boolean keep = mode == Mode.INCREMENTAL && (node.isPinned() || node.isPlaced())
                    || mode == Mode.KEEP_PINNED && node.isPinned() && node.isPlaced();
            if (!keep || node.getWidth() <= 0) {
                node.setWidth(elk.getWidth());
                node.setHeight(elk.getHeight());
            }
            if (keep) {
                fixed.add(node);
            } else {
                node.setX(elk.getX());
                node.setY(elk.getY());
                node.setPlaced(true);
                moved.add(node);
            }
        });
        List<DNode> pushed = new ArrayList<>();
        if (mode != Mode.FULL) {
            for (DNode node : moved) {
                double y = node.getY();
                clearOf(node, fixed);
                fixed.add(node);
                if (node.getY() != y) {
                    pushed.add(node);
                }
            }
        }
        for (LeafStacks.Link link : links) {
            DEdge edge = link.edge();
            boolean upward = link.from() != edge.getSource();
            boolean routedByElk = mode == Mode.FULL || mode == Mode.KEEP_PINNED
                    && moved.contains(edge.getSource()) && moved.contains(edge.getTargetNode())
                    && !pushed.contains(edge.getSource()) && !pushed.contains(edge.getTargetNode());
            if (routedByElk) {
                EdgeRoute comb = drawn.get(edge);
                if (comb != null) {
                    edge.getBendpoints().clear();
                    comb.points().forEach(point -> addPoint(edge, point[0], point[1]));
                    if (Double.isNaN(comb.labelX())) {
                        edge.unsetLabelX();
                        edge.unsetLabelY();
                    } else {
                        edge.setLabelX(comb.labelX());
                        edge.setLabelY(comb.labelY());
                    }
                } else {
                    route(edge, edges.get(edge));
                    placeLabel(edge, edges.get(edge));
                }
                if (upward) {
                    org.eclipse.emf.common.util.ECollections.reverse(edge.getBendpoints());
                }
            } else if (moved.contains(edge.getSource()) || moved.contains(edge.getTargetNode())) {
                edge.getBendpoints().clear(); // a straight line to the newly placed node
                edge.unsetLabelX();
                edge.unsetLabelY();
            }
        }
        if (mode == Mode.FULL) {
            ComponentPacking.pack(representation.getNodes().stream().filter(shapes::containsKey).toList(),
                    links.stream().map(LeafStacks.Link::edge).toList());
        }
    }

    /**
     * ELK's layered layout, four or more leaves under one parent stacked in a column (top-down only; left to
     * right, ELK's columns already are stacks).
     */
    private static void layOutWithElk(ElkNode root, Direction direction, List<LeafStacks.Link> links,
            Map<DNode, ElkNode> shapes, Map<DEdge, EdgeRoute> drawn, Map<DEdge, ElkEdge> edges) {
        LeafStacks stacks = LeafStacks.fold(direction == Direction.DOWN ? links : List.of(), shapes);
        for (LeafStacks.Link link : links) {
            if (!stacks.isStacked(link.edge())) {
                ElkEdge elk = ElkGraphUtil.createSimpleEdge(shapes.get(link.from()), shapes.get(link.to()));
                ElkGraphUtil.updateContainment(elk);
                if (link.label() != null) {
                    ElkGraphUtil.createLabel(link.label(), elk).setDimensions(link.labelWidth(), link.labelHeight());
                }
                edges.put(link.edge(), elk);
            }
        }
        ElkLayouts.layout(root);
        stacks.unfold(shapes);
        drawn.putAll(stacks.combs());
    }

    /** The shown edges in layout direction (an upward edge, such as reports to, from its target) with labels. */
    private List<LeafStacks.Link> links(Representation representation, Visibility visibility) {
        List<LeafStacks.Link> links = new ArrayList<>();
        for (DEdge edge : representation.getEdges()) {
            if (!visibility.isShown(edge)) {
                continue;
            }
            boolean upward = visibility.mappingOf(edge) instanceof EdgeMapping mapping && mapping.isUpward();
            DNode from = upward ? edge.getTargetNode() : edge.getSource();
            DNode to = upward ? edge.getSource() : edge.getTargetNode();
            LabelDescription label = visibility.mappingOf(edge).getLabel();
            List<String> lines = label == null ? List.of()
                    : LabelTemplate.parse(label.getExpression()).render(edge.getTarget(), enumNames);
            if (lines.isEmpty()) {
                links.add(new LeafStacks.Link(edge, from, to, null, 0, 0));
            } else {
                // One line: ELK keeps labels of their measured size apart from nodes and other labels.
                String text = String.join(" ", lines);
                double[] size = measurer.measure(List.of(text), label.getFontSize(), label.isBold());
                links.add(new LeafStacks.Link(edge, from, to, text, size[0] + 4, size[1]));
            }
        }
        return links;
    }

    private void add(DNode node, ElkNode parent, Visibility visibility, Map<DNode, ElkNode> shapes) {
        if (!visibility.isShown(node)) {
            return;
        }
        ElkNode elk = ElkGraphUtil.createNode(parent);
        shapes.put(node, elk);
        NodeMapping mapping = (NodeMapping) visibility.mappingOf(node);
        double[] label = labelSize(mapping.getLabel(), node);
        ResolvedStyle style = StyleResolver.resolve(mapping, node.getTarget(), enumNames);
        double badge = style.badge() == null ? 0 : BADGE_ROOM;
        boolean hasChildren = !node.isCollapsed() && node.getChildren().stream().anyMatch(visibility::isShown);
        if (hasChildren) {
            elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
            elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
                    new org.eclipse.elk.core.math.KVector(label[0] + 2 * PADDING_X, label[1] + 2 * PADDING_Y));
            elk.setProperty(CoreOptions.PADDING, new ElkPadding(label[1] + 2 * PADDING_Y, PADDING_X, PADDING_X, PADDING_X));
            for (DNode child : node.getChildren()) {
                add(child, elk, visibility, shapes);
            }
        } else {
            double marker = node.isCollapsed() ? 1 : 0;
            elk.setDimensions(Math.max(style.minWidth(), label[0] + 2 * PADDING_X + badge),
                    Math.max(style.minHeight(), label[1] + 2 * PADDING_Y + marker * 14));
        }
    }

    /** The label's size; the scene builder draws the same lines with the same measurer. */
    double[] labelSize(LabelDescription label, DNode node) {
        if (label == null) {
            return new double[] { 0, 0 };
        }
        List<String> lines = LabelTemplate.wrap(LabelTemplate.parse(label.getExpression()).render(node.getTarget(),
                enumNames), LabelTemplate.WRAP_COLUMNS);
        return measurer.measure(lines, label.getFontSize(), label.isBold());
    }

    /** Moves a newly placed node down, then right, until it overlaps no node that keeps its place. */
    private static void clearOf(DNode node, List<DNode> fixed) {
        for (int guard = 0; guard < 10_000; guard++) {
            DNode blocker = fixed.stream().filter(f -> f.eContainer() == node.eContainer() && overlaps(f, node))
                    .findFirst().orElse(null);
            if (blocker == null) {
                return;
            }
            node.setY(blocker.getY() + blocker.getHeight() + GAP);
        }
    }

    static boolean overlaps(DNode a, DNode b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static void placeLabel(DEdge edge, ElkEdge elk) {
        if (elk.getLabels().isEmpty()) {
            edge.unsetLabelX();
            edge.unsetLabelY();
            return;
        }
        double[] offset = absoluteOrigin(elk.getContainingNode());
        edge.setLabelX(elk.getLabels().get(0).getX() + offset[0]);
        edge.setLabelY(elk.getLabels().get(0).getY() + offset[1]);
    }

    /** ELK's route, in absolute coordinates. */
    private static void route(DEdge edge, ElkEdge elk) {
        edge.getBendpoints().clear();
        if (elk.getSections().isEmpty()) {
            return;
        }
        double[] offset = absoluteOrigin(elk.getContainingNode());
        ElkEdgeSection section = elk.getSections().get(0);
        // The whole route, ends included: with orthogonal routing the ends are not the nodes' centres.
        addPoint(edge, section.getStartX() + offset[0], section.getStartY() + offset[1]);
        for (ElkBendPoint bend : section.getBendPoints()) {
            addPoint(edge, bend.getX() + offset[0], bend.getY() + offset[1]);
        }
        addPoint(edge, section.getEndX() + offset[0], section.getEndY() + offset[1]);
    }

    private static void addPoint(DEdge edge, double x, double y) {
        Point point = RepresentationFactory.eINSTANCE.createPoint();
        point.setX(x);
        point.setY(y);
        edge.getBendpoints().add(point);
    }

    /** Where the node's coordinate system starts, in the coordinates of the graph's root. */
    public static double[] absoluteOrigin(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new double[] { x, y };
    }
}
