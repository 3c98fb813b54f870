package org.accountatlas.diagram.service;

import java.util.List;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.internal.expressions.StyleResolver;
import org.accountatlas.diagram.scene.ResolvedStyle;
import org.eclipse.emf.ecore.EObject;

/**
 * How a map draws an element, for views that show the same element elsewhere: tables colour a person's attitude
 * with the fill the decision-maker map gives them, so one colour means one thing throughout.
 */
public final class MapStyles {

    private static final String DECISION_MAP = "decision-map";

    private MapStyles() {
    }

    /** The style of the element's node on the shipped decision-maker map, or null when that map has no such node. */
    public static ResolvedStyle onDecisionMap(EObject element) {
        DiagramDescription map = Descriptions.named(Descriptions.shipped(), DECISION_MAP);
        NodeMapping mapping = mappingFor(map.getNodeMappings(), element);
        return mapping == null ? null : StyleResolver.resolve(mapping, element, Enum::name);
    }

    private static NodeMapping mappingFor(List<NodeMapping> mappings, EObject element) {
        for (NodeMapping mapping : mappings) {
            if (element.eClass().getName().equals(mapping.getDomainClass())) {
                return mapping;
            }
            NodeMapping child = mappingFor(mapping.getChildMappings(), element);
            if (child != null) {
                return child;
            }
        }
        return null;
    }
}
