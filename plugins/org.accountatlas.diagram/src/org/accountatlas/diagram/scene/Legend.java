package org.accountatlas.diagram.scene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.accountatlas.diagram.description.Condition;
import org.accountatlas.diagram.description.ConditionalStyle;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.description.Operator;
import org.accountatlas.diagram.service.Descriptions;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the colours of a diagram mean, read from its description: every conditional style that sets a fill
 * becomes an entry ("Attitude: Champion"), in the description's order. Nothing is written twice.
 */
public final class Legend {

    /** A swatch and what it stands for. */
    public record Entry(String fill, String text) {
    }

    private Legend() {
    }

    /** The legend of the description, its entries in the description's order. */
    public static List<Entry> of(DiagramDescription description, Function<Enum<?>, String> enumNames,
            Function<EStructuralFeature, String> featureNames) {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NodeMapping mapping : description.getNodeMappings()) {
            collect(mapping, enumNames, featureNames, entries, seen, new LinkedHashSet<>());
        }
        return entries;
    }

    private static void collect(NodeMapping mapping, Function<Enum<?>, String> enumNames,
            Function<EStructuralFeature, String> featureNames, List<Entry> entries, Set<String> seen,
            Set<NodeMapping> visited) {
        if (!visited.add(mapping)) {
            return;
        }
        fills(mapping, enumNames, featureNames, entries, seen);
        mapping.getChildMappings().forEach(child -> collect(child, enumNames, featureNames, entries, seen, visited));
        mapping.getReusedChildMappings().forEach(child -> collect(child, enumNames, featureNames, entries, seen, visited));
    }

    private static void fills(DiagramElementMapping mapping, Function<Enum<?>, String> enumNames,
            Function<EStructuralFeature, String> featureNames, List<Entry> entries, Set<String> seen) {
        EClass type = Descriptions.domainClass(mapping.getDomainClass());
        for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
            if (conditional.getStyle() == null || !conditional.getStyle().isSetFill() || type == null) {
                continue;
            }
            String text = describe(conditional.getCondition(), type, enumNames, featureNames);
            if (text != null && seen.add(conditional.getStyle().getFill() + text)) {
                entries.add(new Entry(conditional.getStyle().getFill(), text));
            }
        }
    }

    /** "Tier: Key strategic" for an equality on an enumeration; null for conditions a legend cannot say simply. */
    private static String describe(Condition condition, EClass type, Function<Enum<?>, String> enumNames,
            Function<EStructuralFeature, String> featureNames) {
        EStructuralFeature feature = type.getEStructuralFeature(condition.getFeature());
        if (condition.getOperator() != Operator.EQUALS || !(feature instanceof EAttribute attribute)
                || !(attribute.getEAttributeType() instanceof EEnum eEnum)) {
            return null;
        }
        EEnumLiteral literal = eEnum.getEEnumLiteral(condition.getValue());
        if (literal == null) {
            literal = eEnum.getEEnumLiteralByLiteral(condition.getValue());
        }
        return literal == null ? null
                : featureNames.apply(feature) + ": " + enumNames.apply((Enum<?>) literal.getInstance());
    }
}
