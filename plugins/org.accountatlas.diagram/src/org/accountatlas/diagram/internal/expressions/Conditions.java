package org.accountatlas.diagram.internal.expressions;

import org.accountatlas.diagram.description.Condition;
import org.accountatlas.diagram.description.Operator;
import org.eclipse.emf.ecore.EObject;

/**
 * Whether an element meets a condition of a description. Enumerations compare by literal name or literal
 * (so {@code CHAMPION} and {@code champion} both work), numbers numerically, booleans and text as text.
 */
public final class Conditions {

    private Conditions() {
    }

    public static boolean test(Condition condition, EObject element) {
        Object actual = ValuePath.parse(condition.getFeature()).evaluate(element);
        String expected = condition.getValue();
        Operator operator = condition.getOperator();
        return switch (operator) {
            case IS_SET -> actual != null && !"".equals(actual);
            case IS_EMPTY -> actual == null || "".equals(actual);
            case EQUALS -> matches(actual, expected);
            case NOT_EQUALS -> !matches(actual, expected);
            case AT_LEAST -> compare(actual, expected) >= 0;
            case AT_MOST -> actual != null && compare(actual, expected) <= 0;
        };
    }

    private static boolean matches(Object actual, String expected) {
        if (actual == null) {
            return expected == null || expected.isEmpty();
        }
        if (actual instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return literal.getName().equalsIgnoreCase(expected) || literal.getLiteral().equalsIgnoreCase(expected);
        }
        if (actual instanceof Number number) {
            try {
                return number.doubleValue() == Double.parseDouble(expected);
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return actual.toString().equals(expected);
    }

    /** Numbers by value, enumerations by their order; anything not comparable counts as below. */
    private static int compare(Object actual, String expected) {
        if (actual instanceof Number number) {
            return Double.compare(number.doubleValue(), Double.parseDouble(expected));
        }
        if (actual instanceof org.eclipse.emf.common.util.Enumerator literal) {
            Enum<?> constant = (Enum<?>) literal;
            for (Object other : constant.getDeclaringClass().getEnumConstants()) {
                org.eclipse.emf.common.util.Enumerator candidate = (org.eclipse.emf.common.util.Enumerator) other;
                if (candidate.getName().equalsIgnoreCase(expected) || candidate.getLiteral().equalsIgnoreCase(expected)) {
                    return Integer.compare(constant.ordinal(), ((Enum<?>) other).ordinal());
                }
            }
        }
        return -1;
    }
}
