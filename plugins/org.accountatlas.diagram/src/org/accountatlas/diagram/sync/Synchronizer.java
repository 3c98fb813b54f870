package org.accountatlas.diagram.sync;

import org.accountatlas.diagram.internal.expressions.FeaturePath;
import org.accountatlas.diagram.service.Descriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.Layer;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.representation.RepresentationFactory;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Keeps a representation in step with the model and its description: elements the mappings now find get a
 * node or edge, those they no longer find lose theirs, and everything else keeps its node object, with the
 * position, size, pin and collapse the user gave it. New nodes are not placed; the layout places them.
 */
public final class Synchronizer {

    private record NodeKey(String mapping, EObject target) {
    }

    private record EdgeKey(String mapping, EObject target, DNode source, DNode targetNode) {
    }

    private final DiagramDescription description;
    private final Map<NodeKey, DNode> oldNodes = new HashMap<>();
    private final Map<NodeKey, DNode> nodes = new HashMap<>();
    private final Map<EObject, List<DNode>> nodesOf = new java.util.LinkedHashMap<>();

    private Synchronizer(DiagramDescription description) {
        this.description = description;
    }

    /** A new representation of the description for the root element, with the description's default layers on. */
    public static Representation create(DiagramDescription description, EObject root, String name) {
        EClass type = Descriptions.domainClass(description.getDomainClass());
        if (type == null || !type.isInstance(root)) {
            throw new IllegalArgumentException("A " + description.getName() + " diagram is drawn for a "
                    + description.getDomainClass() + ", not for " + root.eClass().getName());
        }
        Representation representation = RepresentationFactory.eINSTANCE.createRepresentation();
        representation.setName(name);
        representation.setDescription(description.getName());
        representation.setTarget(root);
        for (Layer layer : description.getLayers()) {
            if (layer.isActiveByDefault()) {
                representation.getActiveLayers().add(layer.getName());
            }
        }
        refresh(description, representation);
        return representation;
    }

    /** Brings the representation up to date with the model; returns what changed. */
    public static SyncReport refresh(DiagramDescription description, Representation representation) {
        return new Synchronizer(description).run(representation);
    }

    private SyncReport run(Representation representation) {
        index(representation.getNodes());
        int edgesBefore = representation.getEdges().size();
        EObject root = representation.getTarget();
        List<DNode> top = root == null ? List.of() : nodesFor(description.getNodeMappings(), root);
        ECollections.setEList(representation.getNodes(), top);
        List<DEdge> edges = edges(representation);
        ECollections.setEList(representation.getEdges(), edges);
        int kept = (int) nodes.keySet().stream().filter(oldNodes::containsKey).count();
        return new SyncReport(nodes.size() - kept, oldNodes.size() - kept, kept, edges.size(), edgesBefore);
    }

    private void index(List<DNode> level) {
        for (DNode node : level) {
            oldNodes.put(new NodeKey(node.getMapping(), node.getTarget()), node);
            index(node.getChildren());
        }
    }

    private List<DNode> nodesFor(List<NodeMapping> mappings, EObject parent) {
        List<DNode> result = new ArrayList<>();
        for (NodeMapping mapping : mappings) {
            EClass type = Descriptions.domainClass(mapping.getDomainClass());
            for (EObject element : FeaturePath.parse(mapping.getSemanticCandidates()).evaluate(parent)) {
                NodeKey key = new NodeKey(mapping.getName(), element);
                if (!type.isInstance(element) || nodes.containsKey(key)) {
                    continue;
                }
                DNode node = oldNodes.getOrDefault(key, null);
                if (node == null) {
                    node = RepresentationFactory.eINSTANCE.createDNode();
                    node.setMapping(mapping.getName());
                    node.setTarget(element);
                }
                nodes.put(key, node);
                nodesOf.computeIfAbsent(element, e -> new ArrayList<>()).add(node);
                List<NodeMapping> childMappings = new ArrayList<>(mapping.getChildMappings());
                childMappings.addAll(mapping.getReusedChildMappings());
                ECollections.setEList(node.getChildren(), nodesFor(childMappings, element));
                result.add(node);
            }
        }
        return result;
    }

    private List<DEdge> edges(Representation representation) {
        Map<EdgeKey, DEdge> old = new HashMap<>();
        for (DEdge edge : representation.getEdges()) {
            old.put(new EdgeKey(edge.getMapping(), edge.getTarget(), edge.getSource(), edge.getTargetNode()), edge);
        }
        Set<EdgeKey> wanted = new LinkedHashSet<>();
        for (EdgeMapping mapping : description.getEdgeMappings()) {
            Set<String> sources = names(mapping.getSourceMappings());
            Set<String> targets = names(mapping.getTargetMappings());
            EClass type = Descriptions.domainClass(mapping.getDomainClass());
            if (mapping.getSourceFeature() == null) {
                for (DNode source : allNodes()) {
                    if (!sources.contains(source.getMapping()) || !type.isInstance(source.getTarget())) {
                        continue;
                    }
                    for (EObject value : FeaturePath.values(source.getTarget(), mapping.getTargetFeature())) {
                        for (DNode target : nodesOf.getOrDefault(value, List.of())) {
                            if (targets.contains(target.getMapping())) {
                                wanted.add(new EdgeKey(mapping.getName(), value, source, target));
                            }
                        }
                    }
                }
            } else {
                for (EObject relation : FeaturePath.parse(mapping.getSemanticCandidates()).evaluate(representation.getTarget())) {
                    if (!type.isInstance(relation)) {
                        continue;
                    }
                    for (EObject from : FeaturePath.values(relation, mapping.getSourceFeature())) {
                        for (EObject to : FeaturePath.values(relation, mapping.getTargetFeature())) {
                            for (DNode source : nodesOf.getOrDefault(from, List.of())) {
                                for (DNode target : nodesOf.getOrDefault(to, List.of())) {
                                    if (sources.contains(source.getMapping()) && targets.contains(target.getMapping())) {
                                        wanted.add(new EdgeKey(mapping.getName(), relation, source, target));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        List<DEdge> edges = new ArrayList<>();
        for (EdgeKey key : wanted) {
            DEdge edge = old.get(key);
            if (edge == null) {
                edge = RepresentationFactory.eINSTANCE.createDEdge();
                edge.setMapping(key.mapping());
                edge.setTarget(key.target());
                edge.setSource(key.source());
                edge.setTargetNode(key.targetNode());
            }
            edges.add(edge);
        }
        return edges;
    }

    private List<DNode> allNodes() {
        List<DNode> all = new ArrayList<>();
        nodesOf.values().forEach(all::addAll);
        return all;
    }

    private static Set<String> names(List<NodeMapping> mappings) {
        Set<String> names = new LinkedHashSet<>();
        mappings.forEach(m -> names.add(m.getName()));
        return names;
    }

    /** What a refresh did: nodes added, removed and kept; edges now and before. */
    public record SyncReport(int added, int removed, int kept, int edges, int edgesBefore) {
    }
}
