package org.accountatlas.diagram.sync;

import org.accountatlas.diagram.internal.expressions.Conditions;
import org.accountatlas.diagram.service.Descriptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.Filter;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.eclipse.emf.ecore.EClass;

/**
 * What of a representation is shown: not hidden by the user, on an active layer (or none), not caught by an
 * active filter, not below a collapsed node (a collapsed account hides the subtree its edges lead to), and
 * for edges, both ends shown.
 */
public final class Visibility {

    private final DiagramDescription description;
    private final Representation representation;
    private final Map<String, DiagramElementMapping> mappings = new HashMap<>();
    private final Set<DNode> collapsedAway = new HashSet<>();

    /** The visibility rules of the description as the representation's layers, filters and hidden elements set them. */
    public Visibility(DiagramDescription description, Representation representation) {
        this.description = description;
        this.representation = representation;
        description.getNodeMappings().forEach(this::indexNode);
        description.getEdgeMappings().forEach(m -> mappings.put(m.getName(), m));
        for (DEdge edge : representation.getEdges()) {
            DNode parent = parentOf(edge);
            if (parent != null && parent.isCollapsed()) {
                hideBelow(childOf(edge));
            }
        }
    }

    /**
     * The upper end of an edge of the tree a collapse folds away, or null for other edges: the source of an edge
     * along a many-valued reference (a group over its subsidiaries), the target of an upward edge along a
     * single-valued one (a manager over whoever reports to them).
     */
    public DNode parentOf(DEdge edge) {
        if (!(mappings.get(edge.getMapping()) instanceof EdgeMapping mapping) || mapping.getSourceFeature() != null) {
            return null;
        }
        var feature = edge.getSource().getTarget().eClass().getEStructuralFeature(mapping.getTargetFeature());
        if (feature == null) {
            return null;
        }
        return feature.isMany() && !mapping.isUpward() ? edge.getSource()
                : !feature.isMany() && mapping.isUpward() ? edge.getTargetNode() : null;
    }

    /** The lower end of an edge of the tree (see {@link #parentOf}). */
    public DNode childOf(DEdge edge) {
        return parentOf(edge) == edge.getSource() ? edge.getTargetNode() : edge.getSource();
    }

    private void indexNode(NodeMapping mapping) {
        if (mappings.putIfAbsent(mapping.getName(), mapping) == null) {
            mapping.getChildMappings().forEach(this::indexNode);
            mapping.getReusedChildMappings().forEach(this::indexNode);
        }
    }

    private void hideBelow(DNode node) {
        if (collapsedAway.add(node)) {
            for (DEdge edge : representation.getEdges()) {
                if (parentOf(edge) == node) {
                    hideBelow(childOf(edge));
                }
            }
        }
    }

    /** The mapping that made the element. */
    public DiagramElementMapping mappingOf(DElement element) {
        return mappings.get(element.getMapping());
    }

    /**
     * Whether the element is drawn: not hidden, in an active layer, not filtered out, not folded under a collapsed
     * node.
     */
    public boolean isShown(DElement element) {
        if (element.isHidden()) {
            return false;
        }
        DiagramElementMapping mapping = mappingOf(element);
        if (mapping == null || mapping.getLayer() != null
                && !representation.getActiveLayers().contains(mapping.getLayer().getName())) {
            return false;
        }
        for (Filter filter : description.getFilters()) {
            EClass type = Descriptions.domainClass(filter.getDomainClass());
            if (representation.getActiveFilters().contains(filter.getName()) && type != null
                    && type.isInstance(element.getTarget()) && Conditions.test(filter.getHides(), element.getTarget())) {
                return false;
            }
        }
        if (element instanceof DNode node) {
            return !collapsedAway.contains(node)
                    && (!(node.eContainer() instanceof DNode parent) || isShown(parent) && !parent.isCollapsed());
        }
        DEdge edge = (DEdge) element;
        return mapping instanceof EdgeMapping && isShown(edge.getSource()) && isShown(edge.getTargetNode());
    }

    /** How many nodes a collapsed node hides below it, for its "+N" marker. */
    public int hiddenBelow(DNode collapsed) {
        Set<DNode> below = new HashSet<>();
        collectBelow(collapsed, below);
        return below.size();
    }

    private void collectBelow(DNode node, Set<DNode> into) {
        for (DEdge edge : representation.getEdges()) {
            if (parentOf(edge) == node && into.add(childOf(edge))) {
                collectBelow(childOf(edge), into);
            }
        }
    }
}
