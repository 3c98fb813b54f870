package org.accountatlas.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The table of one concrete class: the object's id, where it is contained (container id, feature, position),
 * then one column per stored single-valued feature. Many-valued cross references go to the shared
 * reference table; containment is expressed by the children's rows, so nothing is stored twice.
 */
public final class TableMapping {

    static final String ID = "ID";
    static final String CONTAINER_ID = "CONTAINER_ID";
    static final String CONTAINER_FEATURE = "CONTAINER_FEATURE";
    static final String POS = "POS";
    /** Raised by every committed change of the row: the optimistic lock. */
    static final String VERSION = "VERSION";
    static final int FIXED_COLUMNS = 5;

    private final EClass eClass;
    private final String table;
    private final EAttribute idAttribute;
    private final List<ColumnMapping> columns = new ArrayList<>();
    private final List<EReference> manyReferences = new ArrayList<>();

    TableMapping(EClass eClass) {
        this.eClass = eClass;
        this.table = Names.table(eClass);
        this.idAttribute = eClass.getEIDAttribute();
        if (idAttribute == null) {
            throw new IllegalArgumentException(eClass.getName() + " has no ID attribute; the store needs one to keep it");
        }
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature == idAttribute || !isStored(feature)) {
                continue;
            }
            if (!feature.isMany() || StringLists.isStringList(feature)) {
                columns.add(new ColumnMapping(feature));
            } else if (feature instanceof EReference reference) {
                manyReferences.add(reference);
            } else {
                throw new IllegalArgumentException(eClass.getName() + "." + feature.getName()
                        + " is a many-valued attribute, which the store does not map");
            }
        }
    }

    /** Transient and derived features are recomputed; containment is stored on the child's side. */
    static boolean isStored(EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
            return false;
        }
        return !(feature instanceof EReference reference) || !reference.isContainment() && !reference.isContainer();
    }

    public EClass eClass() {
        return eClass;
    }

    public String table() {
        return table;
    }

    public EAttribute idAttribute() {
        return idAttribute;
    }

    public List<ColumnMapping> columns() {
        return columns;
    }

    public List<EReference> manyReferences() {
        return manyReferences;
    }

    String insertSql(SqlDialect d) {
        String names = allColumnNames().stream().map(d::quote).collect(Collectors.joining(", "));
        String marks = allColumnNames().stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + d.quote(table) + " (" + names + ") VALUES (" + marks + ")";
    }

    /**
     * Sets the version and the named columns of the row with the given id and version (the last two
     * parameters): a row another client changed in the meantime is not touched.
     */
    String updateSql(SqlDialect d, List<String> columnNames) {
        StringBuilder sets = new StringBuilder(d.quote(VERSION)).append(" = ?");
        columnNames.forEach(c -> sets.append(", ").append(d.quote(c)).append(" = ?"));
        return "UPDATE " + d.quote(table) + " SET " + sets + " WHERE " + d.quote(ID) + " = ? AND " + d.quote(VERSION)
                + " = ?";
    }

    /** Deletes the row with the given id and version. */
    String deleteSql(SqlDialect d) {
        return "DELETE FROM " + d.quote(table) + " WHERE " + d.quote(ID) + " = ? AND " + d.quote(VERSION) + " = ?";
    }

    /** Every column of the rows whose ids are given, {@code count} of them. */
    String selectByIdsSql(SqlDialect d, int count) {
        return selectSql(d) + " WHERE " + d.quote(ID) + " IN (" + String.join(", ", java.util.Collections.nCopies(count, "?"))
                + ")";
    }

    /** The column of a stored single-valued feature, or null. */
    ColumnMapping column(EStructuralFeature feature) {
        for (ColumnMapping column : columns) {
            if (column.feature() == feature) {
                return column;
            }
        }
        return null;
    }

    String selectSql(SqlDialect d) {
        String names = allColumnNames().stream().map(d::quote).collect(Collectors.joining(", "));
        return "SELECT " + names + " FROM " + d.quote(table);
    }

    List<String> allColumnNames() {
        List<String> names = new ArrayList<>(List.of(ID, CONTAINER_ID, CONTAINER_FEATURE, POS, VERSION));
        columns.forEach(c -> names.add(c.column()));
        return names;
    }
}
