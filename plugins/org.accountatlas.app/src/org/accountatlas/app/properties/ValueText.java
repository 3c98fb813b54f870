package org.accountatlas.app.properties;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Locale;

import org.accountatlas.model.NamedElement;
import org.accountatlas.model.query.ValueKind;
import org.accountatlas.model.validation.StoredText;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.osgi.util.NLS;

/** Values of a data type as a planner reads and writes them, the same in the Properties view, forms and tables. */
public final class ValueText {

    private ValueText() {
    }

    /**
     * The attribute's value as shown: numbers by what they stand for (money, per cent, days) in the locale. A
     * number nobody has set shows empty: its default (a group's "0 %" ownership) is not data.
     */
    public static String format(EAttribute attribute, EObject owner, Object value) {
        if (value instanceof Number && owner != null && attribute.getDefaultValueLiteral() == null
                && owner.eClass().getEAllAttributes().contains(attribute) && !owner.eIsSet(attribute)) {
            return "";
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return new NumberText(ValueKind.of(attribute), owner, Locale.getDefault()).format(number);
        }
        return format(attribute.getEAttributeType(), value);
    }

    /** The value a typed text stands for, read as leniently as {@link #format(EAttribute, EObject, Object)} writes. */
    public static Object parse(EAttribute attribute, EObject owner, String text) {
        EDataType type = attribute.getEAttributeType();
        Class<?> kind = wrapperOf(type.getInstanceClass());
        if (!Number.class.isAssignableFrom(kind)) {
            return parse(type, text);
        }
        NumberText numbers = new NumberText(ValueKind.of(attribute), owner, Locale.getDefault());
        try {
            String plain = numbers.parse(text);
            if (kind == Integer.class || kind == Long.class) {
                plain = new BigDecimal(plain).toBigIntegerExact().toString();
            }
            return EcoreUtil.createFromString(type, plain);
        } catch (RuntimeException e) {
            String example = numbers.example() != null ? numbers.example() : exampleOf(type);
            throw new IllegalArgumentException(NLS.bind(Messages.Properties_invalidValue, text, example), e);
        }
    }

    /** An amount in the currency of the owner's portfolio, as forms and tables show money. */
    public static String money(EObject owner, double amount) {
        return new NumberText(ValueKind.MONEY, owner, Locale.getDefault()).format(amount);
    }

    public static String format(EDataType type, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return PlainDates.format(date);
        }
        if (value instanceof Double || value instanceof Float) {
            // EMF writes 1.3898104E7; planners write 13898104.
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
                    : value.toString();
        }
        return EcoreUtil.convertToString(type, value);
    }

    /** A value's text for display: numbers plain, dates as days, named elements by name alone. */
    public static String label(IItemLabelProvider labels, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return PlainDates.format(date);
        }
        if (value instanceof Double || value instanceof Float) {
            return format(null, value);
        }
        if (value instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        return labels.getText(value);
    }

    /** The value the text stands for; throws IllegalArgumentException with a message a planner understands. */
    public static Object parse(EDataType type, String text) {
        String unstorable = type.getInstanceClass() == String.class ? StoredText.problem(text) : null;
        if (unstorable != null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Properties_unstorable, unstorable));
        }
        try {
            if (type.getInstanceClass() == Date.class) {
                return PlainDates.parse(text);
            }
            if (type.getInstanceClass() == String.class) {
                return text;
            }
            String plain = text.strip();
            if (Number.class.isAssignableFrom(wrapperOf(type.getInstanceClass()))) {
                plain = plain.replace(",", "").replace("_", "").replace(" ", "");
            }
            return EcoreUtil.createFromString(type, plain);
        } catch (RuntimeException e) {
            String example = type.getInstanceClass() == Date.class ? "2026-11-23" : exampleOf(type);
            throw new IllegalArgumentException(NLS.bind(Messages.Properties_invalidValue, text, example), e);
        }
    }

    private static Class<?> wrapperOf(Class<?> kind) {
        if (kind == null || !kind.isPrimitive()) {
            return kind == null ? Object.class : kind;
        }
        return kind == double.class ? Double.class : kind == float.class ? Float.class : kind == int.class
                ? Integer.class : kind == long.class ? Long.class : kind == boolean.class ? Boolean.class : Object.class;
    }

    private static String exampleOf(EDataType type) {
        Class<?> kind = type.getInstanceClass();
        if (kind == double.class || kind == Double.class || kind == float.class || kind == Float.class) {
            return "1250000.5";
        }
        if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
            return "45";
        }
        return type.getName();
    }
}
