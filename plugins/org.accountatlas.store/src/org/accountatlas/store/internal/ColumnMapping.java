package org.accountatlas.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Date;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One column of a class table: a single-valued attribute, or a single-valued cross reference stored as the
 * target's id. An unset feature is stored as NULL and left at its default when loaded.
 */
public final class ColumnMapping {

    private enum Kind { STRING, INTEGER, LONG, DOUBLE, BOOLEAN, DATE, ENUM, OTHER, REFERENCE, STRING_LIST }

    private final EStructuralFeature feature;
    private final String column;
    private final Kind kind;

    ColumnMapping(EStructuralFeature feature) {
        this.feature = feature;
        this.column = Names.column(feature);
        this.kind = kindOf(feature);
    }

    private static Kind kindOf(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return Kind.REFERENCE;
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (feature.isMany()) {
            return Kind.STRING_LIST;
        }
        if (type instanceof EEnum) {
            return Kind.ENUM;
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return Kind.STRING;
        } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Kind.INTEGER;
        } else if (c == long.class || c == Long.class) {
            return Kind.LONG;
        } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return Kind.DOUBLE;
        } else if (c == boolean.class || c == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (c == Date.class) {
            return Kind.DATE;
        }
        return Kind.OTHER;
    }

    public EStructuralFeature feature() {
        return feature;
    }

    public String column() {
        return column;
    }

    String sqlType(SqlDialect dialect) {
        return switch (kind) {
            case STRING, OTHER, STRING_LIST -> dialect.stringType();
            case ENUM, REFERENCE -> dialect.keyType();
            case INTEGER -> dialect.integerType();
            case LONG -> dialect.longType();
            case DOUBLE -> dialect.doubleType();
            case BOOLEAN -> dialect.booleanType();
            case DATE -> dialect.timestampType();
        };
    }

    private int jdbcType() {
        return switch (kind) {
            case STRING, OTHER, ENUM, REFERENCE, STRING_LIST -> Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.TIMESTAMP;
        };
    }

    /** Binds the feature's value of object; references are bound through ids. */
    void bind(PreparedStatement statement, int index, EObject object, IdLookup ids) throws SQLException {
        if (!object.eIsSet(feature)) {
            statement.setNull(index, jdbcType());
            return;
        }
        Object value = object.eGet(feature, false);
        switch (kind) {
            case REFERENCE -> statement.setString(index, ids.idOf((EObject) value));
            case ENUM -> statement.setString(index, ((org.eclipse.emf.common.util.Enumerator) value).getLiteral());
            case DATE -> statement.setTimestamp(index, new Timestamp(((Date) value).getTime()));
            case OTHER -> statement.setString(index, EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value));
            case STRING -> statement.setString(index, (String) value);
            case STRING_LIST -> statement.setString(index, StringLists.join((java.util.List<?>) value));
            case INTEGER -> statement.setInt(index, ((Number) value).intValue());
            case LONG -> statement.setLong(index, ((Number) value).longValue());
            case DOUBLE -> statement.setDouble(index, ((Number) value).doubleValue());
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
        }
    }

    /**
     * The value as history keeps it, comparable with {@link #readText}: references by id, enumerations by
     * literal, dates in milliseconds; null when unset.
     */
    String text(EObject object, IdLookup ids) {
        if (!object.eIsSet(feature)) {
            return null;
        }
        Object value = object.eGet(feature, false);
        return switch (kind) {
            case REFERENCE -> ids.idOf((EObject) value);
            case ENUM -> ((org.eclipse.emf.common.util.Enumerator) value).getLiteral();
            case DATE -> Long.toString(((Date) value).getTime());
            case OTHER -> EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
            case STRING -> (String) value;
            case STRING_LIST -> StringLists.join((java.util.List<?>) value);
            case INTEGER, LONG -> Long.toString(((Number) value).longValue());
            case DOUBLE -> Double.toString(((Number) value).doubleValue());
            case BOOLEAN -> value.toString();
        };
    }

    /** The stored value in the form of {@link #text}. */
    String readText(ResultSet row, int index) throws SQLException {
        return switch (kind) {
            case STRING, OTHER, ENUM, REFERENCE, STRING_LIST -> row.getString(index);
            case INTEGER, LONG -> textOrNull(row, Long.toString(row.getLong(index)));
            case DOUBLE -> textOrNull(row, Double.toString(row.getDouble(index)));
            case BOOLEAN -> textOrNull(row, Boolean.toString(row.getBoolean(index)));
            case DATE -> {
                Timestamp timestamp = row.getTimestamp(index);
                yield timestamp == null ? null : Long.toString(timestamp.getTime());
            }
        };
    }

    private static String textOrNull(ResultSet row, String text) throws SQLException {
        return row.wasNull() ? null : text;
    }

    /** Sets an attribute from its {@link #text} (null unsets it); references are set by the caller. */
    void applyText(EObject object, String text) {
        if (kind == Kind.REFERENCE) {
            throw new IllegalStateException(column + " is a reference");
        }
        if (text == null) {
            object.eUnset(feature);
            return;
        }
        Class<?> type = feature.getEType().getInstanceClass();
        Object value = switch (kind) {
            case STRING -> text;
            case INTEGER -> type == short.class || type == Short.class ? (Object) Short.valueOf(text) : Integer.valueOf(text);
            case LONG -> Long.valueOf(text);
            case DOUBLE -> type == float.class || type == Float.class ? (Object) Float.valueOf(text) : Double.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case DATE -> new Date(Long.parseLong(text));
            case ENUM -> ((EEnum) ((EAttribute) feature).getEAttributeType()).getEEnumLiteralByLiteral(text).getInstance();
            case OTHER -> toOther(text);
            case STRING_LIST -> StringLists.split(text);
            case REFERENCE -> null;
        };
        // an unsettable feature set to its default is still set: compare "set" too, not only the value
        if (!object.eIsSet(feature) || !java.util.Objects.equals(object.eGet(feature), value)) {
            object.eSet(feature, value);
        }
    }

    boolean isReference() {
        return kind == Kind.REFERENCE;
    }

    /** Reads an attribute value into object; returns the referenced id for a reference column, else null. */
    String read(ResultSet row, int index, EObject object) throws SQLException {
        Object value = switch (kind) {
            case REFERENCE -> null;
            case STRING -> row.getString(index);
            case INTEGER -> nullable(row, row.getInt(index));
            case LONG -> nullable(row, row.getLong(index));
            case DOUBLE -> nullable(row, row.getDouble(index));
            case BOOLEAN -> nullable(row, row.getBoolean(index));
            case DATE -> toDate(row.getTimestamp(index));
            case ENUM -> toEnum(row.getString(index));
            case OTHER -> toOther(row.getString(index));
            case STRING_LIST -> StringLists.split(row.getString(index));
        };
        if (kind == Kind.REFERENCE) {
            return row.getString(index);
        }
        if (value != null) {
            object.eSet(feature, value);
        }
        return null;
    }

    private static Object nullable(ResultSet row, Object value) throws SQLException {
        return row.wasNull() ? null : value;
    }

    private static Date toDate(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }

    /** A value this version does not know: the row is read without it, and the load warns. */
    public static final class UnknownValue extends SQLException {
        private static final long serialVersionUID = 1L;

        UnknownValue(String message) {
            super(message);
        }
    }

    private Object toEnum(String literal) throws SQLException {
        if (literal == null) {
            return null;
        }
        EEnumLiteral found = ((EEnum) ((EAttribute) feature).getEAttributeType()).getEEnumLiteralByLiteral(literal);
        if (found == null) {
            throw new UnknownValue("column " + column + " holds '" + literal + "', which is not a value of "
                    + feature.getEType().getName() + " (a newer version may have written it)");
        }
        return found.getInstance();
    }

    private Object toOther(String text) {
        return text == null ? null : EcoreUtil.createFromString(((EAttribute) feature).getEAttributeType(), text);
    }

    /** How the writer finds the stored id of a referenced object. */
    @FunctionalInterface
    public interface IdLookup {
        String idOf(EObject object);
    }
}
