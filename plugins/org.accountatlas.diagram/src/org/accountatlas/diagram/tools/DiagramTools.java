package org.accountatlas.diagram.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.description.Tool;
import org.accountatlas.diagram.description.ToolKind;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.service.MapWords;
import org.accountatlas.edit.command.NewElement;
import org.accountatlas.edit.command.NewElements;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.NamedElement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the description's tools do to the model, as commands, read from the description alone: a create tool
 * names the feature the new element goes into (found on the clicked element or the first element above it
 * that has it); an edge mapping says how a drawn line is stored (a reference set on its source, or a relation
 * object such as an influence made in the root's list); a reconnect tool lets a line's end move to another
 * element. A new element that its node mapping finds through a relation ({@code coverages.teamMember}) gets
 * that relation too, so it appears on the diagram. Headless: the editor's palette and tests use it alike.
 */
public final class DiagramTools {

    private DiagramTools() {
    }

    /** A creation: the new element and the command that adds it (not executed). */
    public record Creation(EObject created, Command command) {
    }

    /** The palette's entries: every create tool of a node mapping, then every edge mapping that can be drawn. */
    public static Map<Tool, DiagramElementMapping> paletteOf(DiagramDescription description) {
        Map<Tool, DiagramElementMapping> tools = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (NodeMapping mapping : allNodeMappings(description)) {
            for (Tool tool : mapping.getTools()) {
                if (tool.getKind() == ToolKind.CREATE && !labels.contains(tool.getLabel())) {
                    labels.add(tool.getLabel());
                    tools.put(tool, mapping);
                }
            }
        }
        for (EdgeMapping mapping : description.getEdgeMappings()) {
            for (Tool tool : mapping.getTools()) {
                if (tool.getKind() == ToolKind.CREATE) {
                    tools.put(tool, mapping);
                }
            }
        }
        return tools;
    }

    /** Every node mapping of the description, child and reused mappings included, each once. */
    public static List<NodeMapping> allNodeMappings(DiagramDescription description) {
        List<NodeMapping> all = new ArrayList<>();
        collect(description.getNodeMappings(), all);
        return all;
    }

    private static void collect(List<NodeMapping> mappings, List<NodeMapping> into) {
        for (NodeMapping mapping : mappings) {
            if (!into.contains(mapping)) {
                into.add(mapping);
                collect(mapping.getChildMappings(), into);
            }
        }
    }

    /** The tool of that kind on the mapping, or null. */
    public static Tool tool(DiagramElementMapping mapping, ToolKind kind) {
        return mapping == null ? null
                : mapping.getTools().stream().filter(t -> t.getKind() == kind).findFirst().orElse(null);
    }

    /** The attribute a direct edit changes on the element: the mapping's direct-edit tool's, else its name. */
    public static EStructuralFeature directEditFeature(DiagramElementMapping mapping, EObject element) {
        Tool tool = tool(mapping, ToolKind.DIRECT_EDIT);
        EStructuralFeature feature = element.eClass().getEStructuralFeature(tool == null ? "name" : tool.getFeature());
        return feature == null && element instanceof NamedElement ? AtlasPackage.Literals.NAMED_ELEMENT__NAME : feature;
    }

    /**
     * A new element for the node tool, put where the tool's feature is: on the clicked element, or the first
     * element above it (or the diagram's root, or above that) that has the feature. Null when none has it.
     */
    public static Creation create(EditingDomain domain, Tool tool, NodeMapping mapping, EObject clicked, EObject root) {
        EObject owner = ownerOf(tool.getFeature(), clicked != null ? clicked : root);
        if (owner == null && clicked != null) {
            owner = ownerOf(tool.getFeature(), root);
        }
        if (owner == null) {
            return null;
        }
        EReference feature = (EReference) owner.eClass().getEStructuralFeature(tool.getFeature());
        EClass type = Descriptions.domainClass(mapping.getDomainClass());
        if (type == null || !feature.getEReferenceType().isSuperTypeOf(type)) {
            type = feature.getEReferenceType();
        }
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, MapWords.get("command.new", tool.getLabel()));
        EObject created;
        if (feature.isContainment()) {
            created = EcoreUtil.create(type);
            command.append(AddCommand.create(domain, owner, feature, created));
        } else {
            // Not a containment (an account's subsidiaries): the edit bundle knows where such an element lives.
            EClass wanted = type;
            NewElement element = NewElements.of(domain, owner).stream().filter(e -> wanted.isInstance(e.created()))
                    .findFirst().orElse(null);
            if (element == null) {
                return null;
            }
            created = element.created();
            command.append(element.command());
        }
        if (created instanceof NamedElement named) {
            named.setName(tool.getLabel());
        }
        joinDiagram(domain, mapping, created, clicked, root, command);
        return new Creation(created, command);
    }

    private static EObject ownerOf(String featureName, EObject start) {
        for (EObject candidate = start; candidate != null; candidate = candidate.eContainer()) {
            if (candidate.eClass().getEStructuralFeature(featureName) instanceof EReference reference
                    && reference.isMany() && reference.isChangeable()) {
                return candidate;
            }
        }
        return null;
    }

    /** For mappings found through a relation of the root ("coverages.teamMember"): that relation, made too. */
    private static void joinDiagram(EditingDomain domain, NodeMapping mapping, EObject created, EObject clicked,
            EObject root, CompoundCommand command) {
        String path = mapping.getSemanticCandidates();
        if (path == null || !path.matches("\\w+\\.\\w+")) {
            return;
        }
        String[] steps = path.split("\\.");
        if (!(root.eClass().getEStructuralFeature(steps[0]) instanceof EReference list) || !list.isContainment()) {
            return;
        }
        EObject relation = EcoreUtil.create(list.getEReferenceType());
        EStructuralFeature link = relation.eClass().getEStructuralFeature(steps[1]);
        if (link == null || !link.getEType().isInstance(created)) {
            return;
        }
        relation.eSet(link, created);
        if (clicked != null) {
            for (EReference other : relation.eClass().getEAllReferences()) {
                if (other != link && !other.isMany() && !other.isContainment() && other.getEReferenceType().isInstance(clicked)) {
                    relation.eSet(other, clicked);
                    break;
                }
            }
        }
        command.append(AddCommand.create(domain, root, list, relation));
    }

    /**
     * The line of the edge mapping drawn from source to target: the mapping's reference set (or added to) on
     * the source, or a new relation object in the root's list. Unexecutable when the types do not fit or the
     * line would close a loop (an account owning its own group, a manager reporting to their report).
     */
    public static Command connect(EditingDomain domain, EdgeMapping mapping, EObject source, EObject target, EObject root) {
        if (source == null || target == null || source == target) {
            return UnexecutableCommand.INSTANCE;
        }
        if (mapping.getSourceFeature() == null) {
            if (!(source.eClass().getEStructuralFeature(mapping.getTargetFeature()) instanceof EReference reference)
                    || !reference.getEReferenceType().isInstance(target) || closesLoop(reference, source, target)) {
                return UnexecutableCommand.INSTANCE;
            }
            return reference.isMany() ? AddCommand.create(domain, source, reference, target)
                    : SetCommand.create(domain, source, reference, target);
        }
        String path = mapping.getSemanticCandidates();
        String listName = path.substring(path.lastIndexOf('.') + 1);
        if (!(root.eClass().getEStructuralFeature(listName) instanceof EReference list) || !list.isContainment()) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject relation = EcoreUtil.create(Descriptions.domainClass(mapping.getDomainClass()));
        EStructuralFeature from = relation.eClass().getEStructuralFeature(mapping.getSourceFeature());
        EStructuralFeature to = relation.eClass().getEStructuralFeature(mapping.getTargetFeature());
        if (from == null || to == null || !from.getEType().isInstance(source) || !to.getEType().isInstance(target)) {
            return UnexecutableCommand.INSTANCE;
        }
        relation.eSet(from, source);
        relation.eSet(to, target);
        return AddCommand.create(domain, root, list, relation);
    }

    /** Whether source → target through the reference would make an element its own ancestor. */
    static boolean closesLoop(EReference reference, EObject source, EObject target) {
        if (reference.getEReferenceType() != source.eClass() && !reference.getEReferenceType().isSuperTypeOf(source.eClass())) {
            return false;
        }
        if (reference.isMany()) {
            EReference up = reference.getEOpposite();
            if (up == null || up.isMany()) {
                return false;
            }
            for (EObject above = source; above != null; above = (EObject) above.eGet(up)) {
                if (above == target) {
                    return true;
                }
            }
            return false;
        }
        for (EObject above = target; above != null; above = (EObject) above.eGet(reference)) {
            if (above == source) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves one end of a line to another element, if the mapping has a reconnect tool: the relation's end set
     * anew, or the reference taken from the old source and given to the new one.
     */
    public static Command reconnect(EditingDomain domain, EdgeMapping mapping, EObject relationOrSource,
            EObject oldSource, EObject oldTarget, boolean sourceEnd, EObject newEnd, EObject root) {
        if (tool(mapping, ToolKind.RECONNECT) == null || newEnd == null) {
            return UnexecutableCommand.INSTANCE;
        }
        if (mapping.getSourceFeature() != null) {
            EStructuralFeature end = relationOrSource.eClass()
                    .getEStructuralFeature(sourceEnd ? mapping.getSourceFeature() : mapping.getTargetFeature());
            return end != null && end.getEType().isInstance(newEnd)
                    ? SetCommand.create(domain, relationOrSource, end, newEnd) : UnexecutableCommand.INSTANCE;
        }
        EObject source = sourceEnd ? newEnd : oldSource;
        EObject target = sourceEnd ? oldTarget : newEnd;
        if (!(oldSource.eClass().getEStructuralFeature(mapping.getTargetFeature()) instanceof EReference reference)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, MapWords.get("command.reconnect"));
        command.append(reference.isMany() ? RemoveCommand.create(domain, oldSource, reference, oldTarget)
                : SetCommand.create(domain, oldSource, reference, SetCommand.UNSET_VALUE));
        command.append(connect(domain, mapping, source, target, root));
        return command;
    }

    /** Whether a line of the mapping may start at a node of that node mapping (and below, end at one). */
    public static boolean canStart(EdgeMapping mapping, String nodeMapping) {
        return mapping.getSourceMappings().stream().anyMatch(m -> m.getName().equals(nodeMapping));
    }

    /** Whether a line of the mapping may end on a node of that node mapping. */
    public static boolean canEnd(EdgeMapping mapping, String nodeMapping) {
        return mapping.getTargetMappings().stream().anyMatch(m -> m.getName().equals(nodeMapping));
    }

    /** Everything a model delete takes with it, for the confirmation: the elements and what they contain. */
    public static int countWithContents(Collection<? extends EObject> elements) {
        int count = 0;
        for (EObject element : elements) {
            count++;
            for (var it = element.eAllContents(); it.hasNext(); it.next()) {
                count++;
            }
        }
        return count;
    }
}
