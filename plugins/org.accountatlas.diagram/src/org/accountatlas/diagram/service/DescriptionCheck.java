package org.accountatlas.diagram.service;

import org.accountatlas.diagram.internal.expressions.FeaturePath;
import org.accountatlas.diagram.internal.expressions.LabelTemplate;
import org.accountatlas.diagram.internal.expressions.ValuePath;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.description.Condition;
import org.accountatlas.diagram.description.ConditionalStyle;
import org.accountatlas.diagram.description.DescriptionSet;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.Filter;
import org.accountatlas.diagram.description.NodeMapping;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Checks descriptions against the model before anything is drawn: every class, path, label value and
 * condition must exist where it is used. Each problem names the diagram and mapping.
 */
public final class DescriptionCheck {

    private final List<String> problems = new ArrayList<>();

    private DescriptionCheck() {
    }

    /**
     * Every problem of the descriptions (unknown classes, features, paths, tools), one readable line each; empty when
     * none.
     */
    public static List<String> problemsOf(DescriptionSet set) {
        DescriptionCheck check = new DescriptionCheck();
        set.getDiagrams().forEach(check::diagram);
        return check.problems;
    }

    static void failOnProblems(DescriptionSet set, String source) {
        List<String> problems = problemsOf(set);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + " has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private void diagram(DiagramDescription diagram) {
        EClass root = Descriptions.domainClass(diagram.getDomainClass());
        if (root == null) {
            problems.add(diagram.getName() + ": no model class " + diagram.getDomainClass());
            return;
        }
        for (NodeMapping mapping : diagram.getNodeMappings()) {
            node(diagram, mapping, root, new ArrayList<>());
        }
        for (EdgeMapping mapping : diagram.getEdgeMappings()) {
            edge(diagram, mapping, root);
        }
        for (Filter filter : diagram.getFilters()) {
            EClass type = Descriptions.domainClass(filter.getDomainClass());
            if (type == null) {
                problems.add(diagram.getName() + " / filter " + filter.getName() + ": no model class " + filter.getDomainClass());
            } else {
                condition(diagram.getName() + " / filter " + filter.getName(), filter.getHides(), type);
            }
        }
    }

    private void node(DiagramDescription diagram, NodeMapping mapping, EClass parent, List<NodeMapping> visiting) {
        if (visiting.contains(mapping)) {
            return;
        }
        String where = diagram.getName() + " / " + mapping.getName();
        EClass type = Descriptions.domainClass(mapping.getDomainClass());
        if (type == null) {
            problems.add(where + ": no model class " + mapping.getDomainClass());
            return;
        }
        EClass reached = FeaturePath.parse(mapping.getSemanticCandidates()).resultType(parent);
        if (reached == null) {
            problems.add(where + ": the path '" + mapping.getSemanticCandidates() + "' does not fit " + parent.getName());
        } else if (!type.isSuperTypeOf(reached) && !reached.isSuperTypeOf(type)) {
            problems.add(where + ": the path '" + mapping.getSemanticCandidates() + "' reaches " + reached.getName()
                    + ", not " + type.getName());
        }
        common(where, mapping, type);
        visiting.add(mapping);
        for (NodeMapping child : mapping.getChildMappings()) {
            node(diagram, child, type, visiting);
        }
        for (NodeMapping child : mapping.getReusedChildMappings()) {
            node(diagram, child, type, visiting);
        }
        visiting.remove(mapping);
    }

    private void edge(DiagramDescription diagram, EdgeMapping mapping, EClass root) {
        String where = diagram.getName() + " / " + mapping.getName();
        EClass type = Descriptions.domainClass(mapping.getDomainClass());
        if (type == null) {
            problems.add(where + ": no model class " + mapping.getDomainClass());
            return;
        }
        if (mapping.getSourceMappings().isEmpty() || mapping.getTargetMappings().isEmpty()) {
            problems.add(where + ": an edge needs source and target mappings");
        }
        reference(where, type, mapping.getTargetFeature());
        boolean relation = mapping.getSourceFeature() != null;
        if (relation) {
            reference(where, type, mapping.getSourceFeature());
            if (FeaturePath.parse(mapping.getSemanticCandidates()).resultType(root) == null) {
                problems.add(where + ": the path '" + mapping.getSemanticCandidates() + "' does not fit " + root.getName());
            }
        }
        common(where, mapping, type);
    }

    private void reference(String where, EClass type, String name) {
        EStructuralFeature feature = name == null ? null : type.getEStructuralFeature(name);
        if (!(feature instanceof EReference)) {
            problems.add(where + ": " + type.getName() + " has no reference '" + name + "'");
        }
    }

    private void common(String where, DiagramElementMapping mapping, EClass type) {
        if (mapping.getLabel() != null) {
            try {
                String problem = LabelTemplate.parse(mapping.getLabel().getExpression()).problemFor(type);
                if (problem != null) {
                    problems.add(where + ": label: " + problem);
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": label: " + e.getMessage());
            }
        }
        for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
            condition(where, conditional.getCondition(), type);
        }
    }

    private void condition(String where, Condition condition, EClass type) {
        String problem = ValuePath.parse(condition.getFeature()).problemFor(type);
        if (problem != null) {
            problems.add(where + ": condition: " + problem);
        }
    }
}
