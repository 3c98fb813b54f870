package org.accountatlas.diagram.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Point;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.representation.RepresentationFactory;
import org.accountatlas.diagram.representation.RepresentationPackage.Literals;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.service.MapWords;
import org.accountatlas.diagram.sync.Visibility;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The diagram's own edits as commands on the session's stack, so Undo takes back a move as it takes back a
 * rename: moves and resizes (what the user put somewhere stays there: the node is pinned), hiding, layers and
 * filters, collapse, pins, arranging. Headless: the editor and the tests use the same commands. Layouts
 * and refreshes go through the diagram service, so they are sized as the service measures.
 */
public final class DiagramEdits {

    /** Grid of "snap to grid", in diagram units. */
    public static final double GRID = 10;

    private final DiagramService service;

    /** Edits whose layouts and refreshes go through the service. */
    public DiagramEdits(DiagramService service) {
        this.service = service;
    }

    /** Moves the nodes by the offset (snapped to the grid when asked) and pins them where they land. */
    public static Command move(EditingDomain domain, Collection<DNode> nodes, double dx, double dy, boolean snap) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, MapWords.get("command.move"));
        java.util.Map<DNode, double[]> grown = new java.util.LinkedHashMap<>();
        for (DNode node : nodes) {
            double x = node.getX() + dx;
            double y = node.getY() + dy;
            if (snap) {
                x = Math.round(x / GRID) * GRID;
                y = Math.round(y / GRID) * GRID;
            }
            x = Math.max(0, x);
            y = Math.max(0, y);
            command.append(SetCommand.create(domain, node, Literals.DNODE__X, x));
            command.append(SetCommand.create(domain, node, Literals.DNODE__Y, y));
            command.append(SetCommand.create(domain, node, Literals.DNODE__PINNED, true));
            if (node.eContainer() instanceof DNode container) {
                // A person dragged to the edge of their department takes the department's border along.
                double[] size = grown.computeIfAbsent(container, c -> new double[] { c.getWidth(), c.getHeight() });
                size[0] = Math.max(size[0], x + node.getWidth() + 10);
                size[1] = Math.max(size[1], y + node.getHeight() + 10);
            }
        }
        grown.forEach((container, size) -> {
            if (size[0] > container.getWidth() || size[1] > container.getHeight()) {
                command.append(SetCommand.create(domain, container, Literals.DNODE__WIDTH, size[0]));
                command.append(SetCommand.create(domain, container, Literals.DNODE__HEIGHT, size[1]));
            }
        });
        java.util.Map<DNode, double[]> moves = new java.util.HashMap<>();
        for (DNode node : nodes) {
            double x = snap ? Math.round((node.getX() + dx) / GRID) * GRID : node.getX() + dx;
            double y = snap ? Math.round((node.getY() + dy) / GRID) * GRID : node.getY() + dy;
            moves.put(node, new double[] { Math.max(0, x), Math.max(0, y), node.getWidth(), node.getHeight() });
        }
        reroute(domain, nodes, moves, command);
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * The lines of moved nodes are routed again, orthogonally and around the other boxes where they can be
     * ({@link org.accountatlas.diagram.internal.layout.OrthogonalRouter}); their labels go back to the middle.
     */
    private static void reroute(EditingDomain domain, Collection<DNode> nodes, java.util.Map<DNode, double[]> moves,
            CompoundCommand command) {
        Representation representation = nodes.isEmpty() ? null : representationOf(nodes.iterator().next());
        if (representation == null) {
            return;
        }
        Set<DNode> moved = new HashSet<>();
        for (DNode node : nodes) {
            moved.add(node);
            node.eAllContents().forEachRemaining(o -> {
                if (o instanceof DNode child) {
                    moved.add(child);
                }
            });
        }
        java.util.Map<DNode, double[]> boxes = new java.util.HashMap<>();
        representation.getNodes().forEach(node -> boxes(node, 0, 0, moves, boxes));
        for (DEdge edge : representation.getEdges()) {
            if (!moved.contains(edge.getSource()) && !moved.contains(edge.getTargetNode())) {
                continue;
            }
            double[] source = boxes.get(edge.getSource());
            double[] target = boxes.get(edge.getTargetNode());
            if (source == null || target == null) {
                continue;
            }
            List<double[]> obstacles = new ArrayList<>();
            boxes.forEach((node, box) -> {
                if (node != edge.getSource() && node != edge.getTargetNode() && node.getChildren().isEmpty()) {
                    obstacles.add(box);
                }
            });
            org.eclipse.emf.common.util.EList<Point> route = new org.eclipse.emf.common.util.BasicEList<>();
            for (double[] at : org.accountatlas.diagram.internal.layout.OrthogonalRouter.route(source, target, obstacles)) {
                Point point = RepresentationFactory.eINSTANCE.createPoint();
                point.setX(at[0]);
                point.setY(at[1]);
                route.add(point);
            }
            command.append(SetCommand.create(domain, edge, Literals.DEDGE__BENDPOINTS, route));
            if (edge.isSetLabelX()) {
                command.append(SetCommand.create(domain, edge, Literals.DEDGE__LABEL_X, SetCommand.UNSET_VALUE));
                command.append(SetCommand.create(domain, edge, Literals.DEDGE__LABEL_Y, SetCommand.UNSET_VALUE));
            }
        }
    }

    /** Every node's box in absolute coordinates, moved or resized nodes as the change leaves them. */
    private static void boxes(DNode node, double originX, double originY, java.util.Map<DNode, double[]> moves,
            java.util.Map<DNode, double[]> into) {
        double[] at = moves.getOrDefault(node, new double[] { node.getX(), node.getY(), node.getWidth(), node.getHeight() });
        double x = originX + at[0];
        double y = originY + at[1];
        into.put(node, new double[] { x, y, at[2], at[3] });
        node.getChildren().forEach(child -> boxes(child, x, y, moves, into));
    }

    /** The diagram the element belongs to, or null when it belongs to none. */
    public static Representation representationOf(DElement element) {
        EObject container = element;
        while (container != null && !(container instanceof Representation)) {
            container = container.eContainer();
        }
        return (Representation) container;
    }

    /** Resizes the node (not below 20 × 16) and pins it; its lines are routed again. */
    public static Command resize(EditingDomain domain, DNode node, double width, double height) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, MapWords.get("command.resize"));
        command.append(SetCommand.create(domain, node, Literals.DNODE__WIDTH, Math.max(20, width)));
        command.append(SetCommand.create(domain, node, Literals.DNODE__HEIGHT, Math.max(16, height)));
        command.append(SetCommand.create(domain, node, Literals.DNODE__PINNED, true));
        reroute(domain, List.of(node), java.util.Map.of(node, new double[] { node.getX(), node.getY(),
            Math.max(20, width), Math.max(16, height) }), command);
        return command;
    }

    /** Takes the elements off the diagram only; the model keeps them. */
    public static Command hide(EditingDomain domain, Collection<? extends DElement> elements) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, MapWords.get("command.deleteFromDiagram"));
        elements.forEach(e -> command.append(SetCommand.create(domain, e, Literals.DELEMENT__HIDDEN, true)));
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Shows every element hidden from the diagram again. */
    public Command showHidden(Representation representation) {
        return new RepresentationChange(representation, MapWords.get("command.showHidden"), () -> {
            representation.eAllContents().forEachRemaining(o -> {
                if (o instanceof DElement element && element.isHidden()) {
                    element.setHidden(false);
                }
            });
            refresh(representation);
        });
    }

    /** Pins the nodes (arranging leaves them where they are) or releases them. */
    public static Command pin(EditingDomain domain, Collection<DNode> nodes, boolean pinned) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, MapWords.get(pinned ? "command.pin" : "command.unpin"));
        nodes.forEach(n -> command.append(SetCommand.create(domain, n, Literals.DNODE__PINNED, pinned)));
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Folds or unfolds the subtrees below the nodes; what comes back is placed anew around what stayed. */
    public Command collapse(Representation representation, Collection<DNode> nodes, boolean collapsed) {
        return new RepresentationChange(representation, MapWords.get(collapsed ? "command.collapse" : "command.expand"), () -> {
            Set<DElement> before = shown(representation);
            nodes.forEach(n -> n.setCollapsed(collapsed));
            // Only what comes back is placed anew, clear of the rest; nothing else moves.
            for (DElement element : shown(representation)) {
                if (!before.contains(element) && element instanceof DNode node && !node.isPinned()) {
                    node.setPlaced(false);
                }
            }
            layout(representation, RepresentationLayout.Mode.INCREMENTAL);
        });
    }

    private Set<DElement> shown(Representation representation) {
        Visibility visibility = new Visibility(DiagramService.descriptionOf(representation), representation);
        Set<DElement> shown = new HashSet<>();
        representation.eAllContents().forEachRemaining(o -> {
            if (o instanceof DElement element && visibility.isShown(element)) {
                shown.add(element);
            }
        });
        return shown;
    }

    /** Switches a layer (or, with {@code filter}, a filter) on or off. */
    public Command toggle(Representation representation, String name, boolean filter) {
        List<String> active = filter ? representation.getActiveFilters() : representation.getActiveLayers();
        boolean on = !active.contains(name);
        return new RepresentationChange(representation, MapWords.get(on ? "command.show" : "command.hide", name), () -> {
            if (on) {
                active.add(name);
            } else {
                active.remove(name);
            }
            refresh(representation);
        });
    }

    /**
     * Arranges the diagram with ELK; pinned nodes stay where the user put them (Unpin first to have them
     * arranged too), and what would land on them moves clear.
     */
    public Command arrangeAll(Representation representation) {
        return new RepresentationChange(representation, MapWords.get("command.arrangeAll"),
                () -> layout(representation, RepresentationLayout.Mode.KEEP_PINNED));
    }

    /** Places only the selected nodes anew, clear of the others, which stay where they are. */
    public Command arrangeSelection(Representation representation, Collection<DNode> nodes) {
        return new RepresentationChange(representation, MapWords.get("command.arrangeSelection"), () -> {
            for (DNode node : nodes) {
                node.setPinned(false);
                node.setPlaced(false);
            }
            layout(representation, RepresentationLayout.Mode.INCREMENTAL);
        });
    }

    /** Sets the node's place, pinned, after a refresh made it: a new element lands where it was clicked. */
    public static void placeAt(DNode node, double x, double y) {
        node.setX(Math.max(0, x));
        node.setY(Math.max(0, y));
        node.setPlaced(true);
        node.setPinned(true);
    }

    /** Grows the containers around the node so it lies inside them (in a recorded change). */
    public static void fitContainers(DNode node) {
        DNode child = node;
        while (child.eContainer() instanceof DNode container) {
            container.setWidth(Math.max(container.getWidth(), child.getX() + child.getWidth() + 10));
            container.setHeight(Math.max(container.getHeight(), child.getY() + child.getHeight() + 10));
            child = container;
        }
    }

    private void refresh(Representation representation) {
        service.refresh(representation);
    }

    private void layout(Representation representation, RepresentationLayout.Mode mode) {
        service.layout(representation, mode);
    }

    /** The nodes among the elements, in order. */
    public static List<DNode> nodes(Collection<?> elements) {
        List<DNode> nodes = new ArrayList<>();
        elements.forEach(e -> {
            if (e instanceof DNode node) {
                nodes.add(node);
            }
        });
        return nodes;
    }
}
