package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.store.StoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Gives back the model as it was at a moment: the rows as committed now, with every change set saved after
 * the moment undone, newest first (deleted elements come back with the values they had, created ones go,
 * changed features get their old values).
 */
public final class AsOf implements ModelReader.Rewind {

    private record Undo(long changeSet, String elementId, String elementClass, String feature, String old) {
    }

    private final Connection connection;
    private final SqlDialect dialect;
    private final SchemaMapping mapping;
    private final Instant moment;

    public AsOf(Connection connection, SqlDialect dialect, SchemaMapping mapping, Instant moment) {
        this.connection = connection;
        this.dialect = dialect;
        this.mapping = mapping;
        this.moment = moment;
    }

    /** Refuses a moment before the history begins: nothing tells what the portfolio held then. */
    public void checkRecorded(String database) throws SQLException, StoreException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(" + dialect.quote("CHANGED_AT") + ") FROM "
                        + dialect.quote(HistoryWriter.CHANGESET_TABLE) + " WHERE " + dialect.quote("KIND") + " = '"
                        + HistoryWriter.BEGINNING + "'")) {
            Timestamp first = rs.next() ? rs.getTimestamp(1, Utc.calendar()) : null;
            if (first == null || moment.isBefore(first.toInstant())) {
                throw new StoreException("The history of " + database + " begins "
                        + (first == null ? "with its next save" : "at " + first.toInstant()) + "; there is no record of "
                        + moment + ". Choose a later moment.");
            }
        }
    }

    @Override
    public void apply(Map<String, EObject> byId, Map<EObject, RowState> placements,
            Map<EObject, Map<EStructuralFeature, List<String>>> references) throws SQLException {
        List<Undo> undos = readUndos();
        int from = 0;
        while (from < undos.size()) {
            int to = from;
            while (to < undos.size() && undos.get(to).changeSet() == undos.get(from).changeSet()) {
                to++;
            }
            undo(undos.subList(from, to), byId, placements, references);
            from = to;
        }
    }

    private List<Undo> readUndos() throws SQLException {
        List<Undo> undos = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT c." + dialect.quote("CHANGESET") + ", c."
                + dialect.quote("ELEMENT_ID") + ", c." + dialect.quote("ELEMENT_CLASS") + ", c." + dialect.quote("FEATURE")
                + ", c." + dialect.quote("OLD_VALUE") + " FROM " + dialect.quote(HistoryWriter.CHANGE_TABLE) + " c JOIN "
                + dialect.quote(HistoryWriter.CHANGESET_TABLE) + " s ON s." + dialect.quote("ID") + " = c."
                + dialect.quote("CHANGESET") + " WHERE s." + dialect.quote("CHANGED_AT") + " > ? ORDER BY c."
                + dialect.quote("CHANGESET") + " DESC, c." + dialect.quote("SEQ") + " DESC")) {
            ps.setTimestamp(1, Timestamp.from(moment), Utc.calendar());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    undos.add(new Undo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return undos;
    }

    /** One change set undone: deleted elements return, features get their old values, created elements go. */
    private void undo(List<Undo> changeSet, Map<String, EObject> byId, Map<EObject, RowState> placements,
            Map<EObject, Map<EStructuralFeature, List<String>>> references) {
        Map<String, EObject> restored = new HashMap<>();
        for (Undo undo : changeSet) {
            TableMapping table = mapping.tableNamed(undo.elementClass());
            if (HistoryWriter.DELETED.equals(undo.feature()) && table != null) {
                EObject object = EcoreUtil.create(table.eClass());
                object.eSet(table.idAttribute(), undo.elementId());
                byId.put(undo.elementId(), object);
                restored.put(undo.elementId(), object);
            }
        }
        for (Undo undo : changeSet) {
            EObject object = byId.get(undo.elementId());
            String feature = undo.feature();
            if (object == null || HistoryWriter.CREATED.equals(feature) || HistoryWriter.DELETED.equals(feature)) {
                continue;
            }
            if (HistoryWriter.PLACEMENT.equals(feature)) {
                if (undo.old() != null) {
                    String[] parts = undo.old().split("\t", -1);
                    placements.put(object, new RowState(undo.elementId(), parts[0].isEmpty() ? null : parts[0],
                            parts[1].isEmpty() ? null : parts[1], Integer.parseInt(parts[2]), 0));
                }
                continue;
            }
            EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
            if (f instanceof EReference) {
                Map<EStructuralFeature, List<String>> refs = references.computeIfAbsent(object, o -> new java.util.LinkedHashMap<>());
                List<String> ids = undo.old() == null ? List.of() : f.isMany() ? StringLists.split(undo.old()) : List.of(undo.old());
                if (ids.isEmpty()) {
                    refs.remove(f);
                } else {
                    refs.put(f, new ArrayList<>(ids));
                }
            } else if (f != null) {
                ColumnMapping column = mapping.table(object.eClass()).column(f);
                if (column != null) {
                    column.applyText(object, undo.old());
                }
            }
        }
        for (Undo undo : changeSet) {
            if (HistoryWriter.CREATED.equals(undo.feature()) && !restored.containsKey(undo.elementId())) {
                EObject object = byId.remove(undo.elementId());
                if (object != null) {
                    placements.remove(object);
                    references.remove(object);
                }
            }
        }
    }
}
