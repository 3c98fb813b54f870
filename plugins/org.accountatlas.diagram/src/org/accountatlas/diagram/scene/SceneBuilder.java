package org.accountatlas.diagram.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.LabelDescription;
import org.accountatlas.diagram.internal.expressions.LabelTemplate;
import org.accountatlas.diagram.internal.expressions.StyleResolver;
import org.accountatlas.diagram.sync.Visibility;
import org.accountatlas.diagram.scene.ResolvedStyle;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Point;
import org.accountatlas.diagram.representation.Representation;

/**
 * Turns a laid-out representation into a scene: what is shown, where, and how it looks. How each element looks
 * (its resolved style and label) depends on the model only, so a builder kept by an open diagram remembers it
 * and a move or a layer switched only recomputes places; {@link #forgetLooks()} after the model changed.
 */
public final class SceneBuilder {

    /** What the model makes of an element: style and label lines. */
    private record Look(ResolvedStyle style, List<String> label) {
    }

    private final Map<DElement, Look> looks = new HashMap<>();
    private final DiagramDescription description;
    private final Function<Enum<?>, String> enumNames;
    private final double margin;

    /** A builder for representations of the description, values named by {@code enumNames}, with a margin around. */
    public SceneBuilder(DiagramDescription description, Function<Enum<?>, String> enumNames, double margin) {
        this.description = description;
        this.enumNames = enumNames;
        this.margin = margin;
    }

    /** Forgets how elements look, after a change of the model behind them. */
    public void forgetLooks() {
        looks.clear();
    }

    /** The scene of the representation as it is now; changes nothing. */
    public Scene build(Representation representation) {
        Visibility visibility = new Visibility(description, representation);
        List<Scene.Box> boxes = new ArrayList<>();
        Map<DNode, Scene.Box> boxOf = new HashMap<>();
        for (DNode node : representation.getNodes()) {
            add(node, margin, margin, visibility, boxes, boxOf);
        }
        List<Scene.Line> lines = new ArrayList<>();
        for (DEdge edge : representation.getEdges()) {
            Scene.Box from = boxOf.get(edge.getSource());
            Scene.Box to = boxOf.get(edge.getTargetNode());
            if (from == null || to == null || !visibility.isShown(edge)) {
                continue;
            }
            DiagramElementMapping mapping = visibility.mappingOf(edge);
            List<double[]> points = new ArrayList<>();
            if (edge.getBendpoints().size() >= 2) {
                for (Point point : edge.getBendpoints()) {
                    points.add(new double[] { point.getX() + margin, point.getY() + margin });
                }
            } else {
                points.add(border(from, centre(to)));
                points.add(border(to, centre(from)));
            }
            double[] labelAt = edge.isSetLabelX() && edge.isSetLabelY()
                    ? new double[] { edge.getLabelX() + margin, edge.getLabelY() + margin } : null;
            Look look = lookOf(edge, mapping);
            lines.add(new Scene.Line(edge.getTarget(), points, look.style(), look.label(), fontSize(mapping.getLabel()),
                    labelAt, edge));
        }
        double width = boxes.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0) + margin;
        double height = boxes.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0) + margin;
        for (Scene.Line line : lines) {
            for (double[] p : line.points()) {
                width = Math.max(width, p[0] + margin);
                height = Math.max(height, p[1] + margin);
            }
        }
        return new Scene(width, height, boxes, lines);
    }

    private void add(DNode node, double originX, double originY, Visibility visibility, List<Scene.Box> boxes,
            Map<DNode, Scene.Box> boxOf) {
        if (!visibility.isShown(node)) {
            return;
        }
        DiagramElementMapping mapping = visibility.mappingOf(node);
        double x = originX + node.getX();
        double y = originY + node.getY();
        boolean container = !node.isCollapsed() && node.getChildren().stream().anyMatch(visibility::isShown);
        Look look = lookOf(node, mapping);
        Scene.Box box = new Scene.Box(node.getTarget(), x, y, node.getWidth(), node.getHeight(), look.style(),
                look.label(), fontSize(mapping.getLabel()), mapping.getLabel() != null && mapping.getLabel().isBold(), container,
                node.isCollapsed() ? visibility.hiddenBelow(node) : 0, node);
        boxes.add(box);
        boxOf.put(node, box);
        for (DNode child : node.getChildren()) {
            add(child, x, y, visibility, boxes, boxOf);
        }
    }

    private Look lookOf(DElement element, DiagramElementMapping mapping) {
        Look look = looks.get(element);
        if (look == null) {
            List<String> label = label(mapping.getLabel(), element.getTarget());
            look = new Look(StyleResolver.resolve(mapping, element.getTarget(), enumNames),
                    element instanceof DNode ? LabelTemplate.wrap(label, LabelTemplate.WRAP_COLUMNS) : label);
            looks.put(element, look);
        }
        return look;
    }

    private List<String> label(LabelDescription label, org.eclipse.emf.ecore.EObject target) {
        return label == null ? List.of() : LabelTemplate.parse(label.getExpression()).render(target, enumNames);
    }

    private static double fontSize(LabelDescription label) {
        return label == null ? 11 : label.getFontSize();
    }

    private static double[] centre(Scene.Box box) {
        return new double[] { box.x() + box.width() / 2, box.y() + box.height() / 2 };
    }

    /** Where the line from the box's centre towards the point leaves the box. */
    static double[] border(Scene.Box box, double[] towards) {
        double[] c = centre(box);
        double dx = towards[0] - c[0];
        double dy = towards[1] - c[1];
        if (dx == 0 && dy == 0) {
            return c;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
        return new double[] { c[0] + dx * scale, c[1] + dy * scale };
    }
}
