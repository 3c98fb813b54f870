package org.accountatlas.diagram.internal.expressions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.accountatlas.model.Identified;
import org.accountatlas.model.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a mapping finds its elements, written as in a description: alternatives separated by {@code |}, each
 * a chain of references separated by dots; {@code self} is the element itself and a reference ending in
 * {@code *} is followed to any depth. {@code self | subsidiaries*} is a group and its whole tree;
 * {@code coverages.teamMember} is everyone on our team who covers someone. Results are distinct, in order.
 */
public final class FeaturePath {

    private record Step(String feature, boolean transitive) {
    }

    private final String text;
    private final List<List<Step>> alternatives;

    private FeaturePath(String text, List<List<Step>> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    private static final java.util.Map<String, FeaturePath> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Parses the path (once per text); an empty text means {@code self}. */
    public static FeaturePath parse(String text) {
        return PARSED.computeIfAbsent(text == null ? "" : text, FeaturePath::parseNew);
    }

    private static FeaturePath parseNew(String text) {
        String source = text == null || text.isBlank() ? "self" : text.strip();
        List<List<Step>> alternatives = new ArrayList<>();
        for (String alternative : source.split("\\|")) {
            List<Step> steps = new ArrayList<>();
            for (String step : alternative.strip().split("\\.")) {
                String name = step.strip();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("Empty step in the path '" + source + "'");
                }
                boolean transitive = name.endsWith("*");
                steps.add(new Step(transitive ? name.substring(0, name.length() - 1) : name, transitive));
            }
            alternatives.add(steps);
        }
        return new FeaturePath(source, alternatives);
    }

    /** The elements the path reaches from the start element. */
    public List<EObject> evaluate(EObject start) {
        Set<EObject> result = new LinkedHashSet<>();
        for (List<Step> steps : alternatives) {
            List<EObject> current = List.of(start);
            for (Step step : steps) {
                current = follow(current, step);
            }
            result.addAll(current);
        }
        return new ArrayList<>(result);
    }

    private static List<EObject> follow(List<EObject> from, Step step) {
        if (step.feature().equals("self")) {
            return from;
        }
        Set<EObject> reached = new LinkedHashSet<>();
        for (EObject element : from) {
            if (step.transitive()) {
                collectTransitively(element, step.feature(), reached);
            } else {
                reached.addAll(values(element, step.feature()));
            }
        }
        return new ArrayList<>(reached);
    }

    /** Depth first, so a group's tree comes out parent before children; stops at a cycle. */
    private static void collectTransitively(EObject element, String feature, Set<EObject> into) {
        for (EObject value : values(element, feature)) {
            if (into.add(value)) {
                collectTransitively(value, feature, into);
            }
        }
    }

    /**
     * The other side of a to-one link (a group's subsidiaries, someone's direct reports) is in the order the
     * links were made, which is the order a database or a file happened to be read in: sorted by name, then
     * id, the same model always draws the same diagram, before and after a restore.
     */
    private static boolean isLinkOrder(EReference reference) {
        return !reference.isContainment() && reference.getEOpposite() != null && !reference.getEOpposite().isMany();
    }

    private static final Comparator<EObject> STABLE = Comparator
            .comparing((EObject o) -> o instanceof NamedElement named ? named.getName() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(o -> o instanceof Identified identified ? identified.getId() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()));

    public static List<EObject> values(EObject element, String featureName) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
        if (!(feature instanceof EReference)) {
            return List.of();
        }
        Object value = element.eGet(feature);
        if (value instanceof Collection<?> many) {
            List<EObject> objects = new ArrayList<>(many.size());
            many.forEach(v -> objects.add((EObject) v));
            if (isLinkOrder((EReference) feature)) {
                objects.sort(STABLE);
            }
            return objects;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /** The reference names the path uses, for checking a description against the model. */
    public List<String> features() {
        return alternatives.stream().flatMap(List::stream).map(Step::feature).filter(f -> !f.equals("self")).toList();
    }

    /**
     * The class the path ends on when started on {@code start}, or null when a step names no reference
     * of the class it is applied to (the description is wrong).
     */
    public EClass resultType(EClass start) {
        EClass result = null;
        for (List<Step> steps : alternatives) {
            EClass current = start;
            for (Step step : steps) {
                if (step.feature().equals("self")) {
                    continue;
                }
                EStructuralFeature feature = current.getEStructuralFeature(step.feature());
                if (!(feature instanceof EReference reference)) {
                    return null;
                }
                current = reference.getEReferenceType();
            }
            result = result == null || current.isSuperTypeOf(result) ? current : result;
        }
        return result;
    }

    @Override
    public String toString() {
        return text;
    }
}
