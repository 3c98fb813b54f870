package org.accountatlas.diagram.internal.expressions;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One value of an element, as labels and conditions name it: a feature ({@code name}), a chain of
 * single references ending in any feature ({@code parent.name}), or a derived value ({@code @rolledUpRevenue}).
 */
public final class ValuePath {

    private final String text;
    private final String[] steps;

    private ValuePath(String text) {
        this.text = text;
        this.steps = text.split("\\.");
    }

    private static final java.util.Map<String, ValuePath> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    public static ValuePath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An empty value path");
        }
        return PARSED.computeIfAbsent(text.strip(), ValuePath::new);
    }

    /**
     * The value, or null when a reference on the way is not set, or when the value was never set and only its
     * default would show: an unset number or an unset choice is not data, so labels leave it blank and
     * conditional styles do not match it.
     */
    public Object evaluate(EObject element) {
        Object current = element;
        for (String step : steps) {
            if (!(current instanceof EObject object)) {
                return null;
            }
            if (step.startsWith("@")) {
                current = DerivedValues.of(step.substring(1), object);
            } else {
                EStructuralFeature feature = object.eClass().getEStructuralFeature(step);
                if (feature == null || feature.isMany()) {
                    return null;
                }
                if (isDefaultOnly(object, feature)) {
                    return null;
                }
                current = object.eGet(feature);
            }
        }
        return current;
    }

    /** A number not set (its default, 0, is no measurement), or a choice the model tells apart as unset. */
    private static boolean isDefaultOnly(EObject object, EStructuralFeature feature) {
        if (!(feature instanceof org.eclipse.emf.ecore.EAttribute attribute) || object.eIsSet(feature)) {
            return false;
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        boolean number = type != null && (Number.class.isAssignableFrom(type) || type == double.class
                || type == int.class || type == long.class || type == float.class || type == short.class);
        return number || feature.isUnsettable();
    }

    /** Null when the path fits the class; otherwise what is wrong, for the description check. */
    public String problemFor(EClass type) {
        EClass current = type;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (step.startsWith("@")) {
                if (!DerivedValues.exists(step.substring(1))) {
                    return "no derived value " + step;
                }
                if (!last) {
                    return "a derived value must end the path '" + text + "'";
                }
                continue;
            }
            EStructuralFeature feature = current.getEStructuralFeature(step);
            if (feature == null) {
                return current.getName() + " has no feature '" + step + "'";
            }
            if (feature.isMany()) {
                return "'" + step + "' of " + current.getName() + " holds many values; a label shows one";
            }
            if (!last) {
                if (!(feature instanceof EReference reference)) {
                    return "'" + step + "' of " + current.getName() + " is not a reference";
                }
                current = reference.getEReferenceType();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
