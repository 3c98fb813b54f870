package org.accountatlas.diagram.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.accountatlas.diagram.description.Condition;
import org.accountatlas.diagram.description.ConditionalStyle;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.description.Operator;
import org.accountatlas.diagram.description.Style;
import org.accountatlas.diagram.description.Tool;
import org.accountatlas.diagram.description.ToolKind;
import org.accountatlas.diagram.internal.expressions.Conditions;
import org.accountatlas.diagram.internal.expressions.DerivedValues;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.service.MapWords;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the marks of one picture mean, read from its description but only for what the picture shows: every
 * fill, border and line style a shown element has because of a conditional style ("Attitude: Champion"),
 * every badge shown with its words (EB = Economic buyer), and every kind of line drawn. Nothing unused,
 * nothing twice, in the description's order.
 */
public final class Legend {

    /** How an entry's sample is drawn. */
    public enum Kind {
        /** A small box with the sample's fill and border. */
        BOX,
        /** A badge with its letters. */
        BADGE,
        /** A short stretch of line. */
        LINE
    }

    /**
     * One sample and what it stands for.
     *
     * @param sample the style the sample is drawn in (for a badge, the box it sits on)
     * @param badge  the badge's letters, for {@link Kind#BADGE}
     */
    public record Entry(Kind kind, ResolvedStyle sample, String badge, String text) {
    }

    private Legend() {
    }

    /** Room a legend entry's sample takes before its words. */
    public static final double SAMPLE = 28;
    /** Room between legend columns. */
    public static final double GAP = 24;
    /** The size of a legend entry's words. */
    public static final double TEXT_SIZE = 10;

    /** The width of a legend column: the widest entry's words after its sample, and the gap to the next column. */
    public static double columnWidth(List<Entry> legend, org.accountatlas.diagram.layout.TextMeasurer measurer) {
        double column = 0;
        for (Entry entry : legend) {
            column = Math.max(column, measurer.width(entry.text(), TEXT_SIZE, false) + SAMPLE + GAP);
        }
        return column;
    }

    /** The legend of what the scene shows of the description. */
    public static List<Entry> of(DiagramDescription description, Scene scene, Function<Enum<?>, String> enumNames,
            Function<EStructuralFeature, String> featureNames) {
        Map<String, List<EObject>> boxesByMapping = new LinkedHashMap<>();
        Set<String> badges = new LinkedHashSet<>();
        for (Scene.Box box : scene.boxes()) {
            if (box.element() != null && box.target() != null) {
                boxesByMapping.computeIfAbsent(box.element().getMapping(), m -> new ArrayList<>()).add(box.target());
            }
            if (box.style().badge() != null && !box.container()) {
                badges.add(box.style().badge());
            }
        }
        Map<String, List<EObject>> linesByMapping = new LinkedHashMap<>();
        for (Scene.Line line : scene.lines()) {
            DElement element = line.element();
            if (element != null && line.target() != null) {
                linesByMapping.computeIfAbsent(element.getMapping(), m -> new ArrayList<>()).add(line.target());
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Words words = new Words(enumNames, featureNames);
        for (NodeMapping mapping : allNodeMappings(description)) {
            List<EObject> shown = boxesByMapping.getOrDefault(mapping.getName(), List.of());
            for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
                if (conditional.getStyle() != null && shown.stream().anyMatch(t -> Conditions.test(conditional.getCondition(), t))) {
                    add(entries, seen, Kind.BOX, sample(mapping, conditional.getStyle()), null,
                            words.describe(conditional.getCondition(), mapping));
                }
            }
        }
        for (String badge : badges) {
            String meaning = DerivedValues.badgeMeaning(badge, enumNames);
            add(entries, seen, Kind.BADGE, ResolvedStyle.DEFAULT, badge, meaning == null ? badge : meaning);
        }
        for (EdgeMapping mapping : description.getEdgeMappings()) {
            List<EObject> shown = linesByMapping.getOrDefault(mapping.getName(), List.of());
            if (shown.isEmpty()) {
                continue;
            }
            String name = nameOf(mapping);
            add(entries, seen, Kind.LINE, sample(mapping, null), null, name);
            for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
                if (conditional.getStyle() != null && shown.stream().anyMatch(t -> Conditions.test(conditional.getCondition(), t))) {
                    add(entries, seen, Kind.LINE, sample(mapping, conditional.getStyle()), null,
                            name + " · " + words.describe(conditional.getCondition(), mapping));
                }
            }
        }
        return entries;
    }

    private static void add(List<Entry> entries, Set<String> seen, Kind kind, ResolvedStyle sample, String badge,
            String text) {
        if (text != null && seen.add(kind + "|" + text)) {
            entries.add(new Entry(kind, sample, badge, text));
        }
    }

    /** The mapping's own style with the conditional one over it, as a shown element would have it. */
    private static ResolvedStyle sample(DiagramElementMapping mapping, Style over) {
        ResolvedStyle base = with(ResolvedStyle.DEFAULT, mapping.getStyle());
        return with(base, over);
    }

    private static ResolvedStyle with(ResolvedStyle base, Style style) {
        if (style == null) {
            return base;
        }
        return new ResolvedStyle(style.isSetShape() ? style.getShape() : base.shape(),
                style.isSetFill() ? style.getFill() : base.fill(), style.isSetBorder() ? style.getBorder() : base.border(),
                style.isSetBorderWidth() ? style.getBorderWidth() : base.borderWidth(),
                style.isSetTextColor() ? style.getTextColor() : base.textColor(), 0, 0,
                style.isSetLine() ? style.getLine() : base.line(), null,
                style.isSetGreyed() ? style.isGreyed() : base.greyed());
    }

    /** "Reports-to line" from the mapping's creation tool, else its name. */
    private static String nameOf(EdgeMapping mapping) {
        for (Tool tool : mapping.getTools()) {
            if (tool.getKind() == ToolKind.CREATE && tool.getLabel() != null) {
                return tool.getLabel();
            }
        }
        return mapping.getName();
    }

    private static List<NodeMapping> allNodeMappings(DiagramDescription description) {
        List<NodeMapping> all = new ArrayList<>();
        Set<NodeMapping> visited = new LinkedHashSet<>();
        description.getNodeMappings().forEach(m -> collect(m, all, visited));
        return all;
    }

    private static void collect(NodeMapping mapping, List<NodeMapping> all, Set<NodeMapping> visited) {
        if (visited.add(mapping)) {
            all.add(mapping);
            mapping.getChildMappings().forEach(m -> collect(m, all, visited));
            mapping.getReusedChildMappings().forEach(m -> collect(m, all, visited));
        }
    }

    /** Conditions in words, in the user's language where the model has the words. */
    private record Words(Function<Enum<?>, String> enumNames, Function<EStructuralFeature, String> featureNames) {

        String describe(Condition condition, DiagramElementMapping mapping) {
            String path = condition.getFeature();
            if (path.startsWith("@")) {
                String label = DerivedValues.label(path.substring(1));
                return condition.getOperator() == Operator.NOT_EQUALS || "false".equals(condition.getValue())
                        ? MapWords.get("not", label) : label;
            }
            EClass type = Descriptions.domainClass(mapping.getDomainClass());
            EStructuralFeature feature = type == null ? null : type.getEStructuralFeature(path);
            String name = feature == null ? path : featureNames.apply(feature);
            String value = condition.getValue();
            if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum) {
                EEnumLiteral literal = eEnum.getEEnumLiteral(value);
                if (literal == null) {
                    literal = eEnum.getEEnumLiteralByLiteral(value);
                }
                if (literal != null) {
                    value = enumNames.apply((Enum<?>) literal.getInstance());
                }
            }
            return switch (condition.getOperator()) {
                case EQUALS -> name + ": " + value;
                case NOT_EQUALS -> name + ": not " + value;
                case AT_LEAST -> name + ": " + value + " or more";
                case AT_MOST -> name + ": " + value + " or less";
                case IS_SET -> name + " given";
                case IS_EMPTY -> name + " not given";
            };
        }
    }
}
