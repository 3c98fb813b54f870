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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountatlas.store.RemoteChange;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Brings what other clients committed into an open session: the change sets after the last one seen tell
 * which elements changed; their rows as committed now are applied, except where this client has unsaved edits
 * of its own (those win locally, and the next save merges or reports them). Applied changes notify like any
 * other, so open views follow, but they are not recorded as edits to save.
 */
public final class ChangeFeed {

    private record ChangeSet(long id, String author, Instant at) {
    }

    private final SqlDialect dialect;
    private final SchemaMapping mapping;
    private final Resource resource;
    private final Map<EObject, RowState> states;
    private final ChangeTracker tracker;

    public ChangeFeed(OpenModel model) {
        this.dialect = model.dialect();
        this.mapping = model.mapping();
        this.resource = model.resource();
        this.states = model.states();
        this.tracker = model.tracker();
    }

    /** The number of the last committed change set (0 when none): a change counter any client can poll. */
    public static long latest(Connection connection, SqlDialect dialect) throws SQLException {
        if (!SchemaManager.tableExists(connection, HistoryWriter.CHANGESET_TABLE)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(" + dialect.quote("ID") + ") FROM "
                        + dialect.quote(HistoryWriter.CHANGESET_TABLE))) {
            long latest = rs.next() ? rs.getLong(1) : 0;
            connection.commit();
            return latest;
        }
    }

    /** Applies the others' change sets after {@code seen}; returns what changed, in commit order. */
    public List<RemoteChange> apply(Connection connection, long seen, Set<Long> own) throws SQLException {
        Map<Long, ChangeSet> changeSets = changeSetsAfter(connection, seen, own);
        if (changeSets.isEmpty()) {
            return List.of();
        }
        Map<String, String> classes = new LinkedHashMap<>();
        Map<String, Set<String>> features = new LinkedHashMap<>();
        Map<String, ChangeSet> lastBy = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        readChanges(connection, seen, changeSets, classes, features, lastBy, labels);
        Map<TableMapping, List<String>> ids = new LinkedHashMap<>();
        classes.forEach((id, eClass) -> {
            TableMapping table = mapping.tableNamed(eClass);
            if (table != null) {
                ids.computeIfAbsent(table, t -> new ArrayList<>()).add(id);
            }
        });
        Map<String, StoredRows.Row> rows = ids.isEmpty() ? Map.of() : StoredRows.read(connection, dialect, ids);
        connection.commit();
        tracker.untracked(() -> applyRows(classes.keySet(), rows));
        List<RemoteChange> changes = new ArrayList<>();
        features.forEach((id, names) -> {
            EObject object = resource.getEObject(id);
            String label = object != null ? HistoryText.label(object) : labels.getOrDefault(id, id);
            ChangeSet last = lastBy.get(id);
            // where a new element was put goes without saying
            java.util.stream.Stream<String> shown = names.contains(HistoryWriter.CREATED)
                    ? names.stream().filter(n -> !n.equals(HistoryWriter.PLACEMENT)) : names.stream();
            changes.add(new RemoteChange(last.author(), last.at(), label, shown.map(HistoryText::displayName).toList()));
        });
        return changes;
    }

    private Map<Long, ChangeSet> changeSetsAfter(Connection connection, long seen, Set<Long> own) throws SQLException {
        Map<Long, ChangeSet> found = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + dialect.quote("ID") + ", "
                + dialect.quote("AUTHOR") + ", " + dialect.quote("CHANGED_AT") + " FROM "
                + dialect.quote(HistoryWriter.CHANGESET_TABLE) + " WHERE " + dialect.quote("ID") + " > ? ORDER BY "
                + dialect.quote("ID"))) {
            ps.setLong(1, seen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!own.contains(id)) {
                        Timestamp at = rs.getTimestamp(3, Utc.calendar());
                        found.put(id, new ChangeSet(id, rs.getString(2), at == null ? null : at.toInstant()));
                    }
                }
            }
        }
        return found;
    }

    private void readChanges(Connection connection, long seen, Map<Long, ChangeSet> changeSets,
            Map<String, String> classes, Map<String, Set<String>> features, Map<String, ChangeSet> lastBy,
            Map<String, String> labels) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + dialect.quote("CHANGESET") + ", "
                + dialect.quote("ELEMENT_ID") + ", " + dialect.quote("ELEMENT_CLASS") + ", " + dialect.quote("FEATURE")
                + ", " + dialect.quote("OLD_VALUE") + ", " + dialect.quote("NEW_VALUE") + " FROM "
                + dialect.quote(HistoryWriter.CHANGE_TABLE) + " WHERE " + dialect.quote("CHANGESET") + " > ? ORDER BY "
                + dialect.quote("CHANGESET") + ", " + dialect.quote("SEQ"))) {
            ps.setLong(1, seen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ChangeSet changeSet = changeSets.get(rs.getLong(1));
                    if (changeSet == null) {
                        continue; // this client's own
                    }
                    String id = rs.getString(2);
                    String feature = rs.getString(4);
                    classes.put(id, rs.getString(3));
                    features.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(feature);
                    lastBy.put(id, changeSet);
                    if (HistoryWriter.CREATED.equals(feature)) {
                        labels.put(id, rs.getString(6));
                    } else if (HistoryWriter.DELETED.equals(feature)) {
                        labels.put(id, rs.getString(5));
                    }
                }
            }
        }
    }

    /** Brings the given committed rows into memory (conflicts settled by taking theirs). */
    public void reload(Map<String, StoredRows.Row> rows) {
        tracker.untracked(() -> applyRows(rows.keySet(), rows));
    }

    private void applyRows(Set<String> touched, Map<String, StoredRows.Row> rows) {
        Map<String, EObject> created = new HashMap<>();
        for (StoredRows.Row row : rows.values()) {
            if (resource.getEObject(row.state().id()) == null) {
                EObject object = EcoreUtil.create(row.table().eClass());
                object.eSet(row.table().idAttribute(), row.state().id());
                created.put(row.state().id(), object);
            }
        }
        placeAll(rows, created);
        for (StoredRows.Row row : rows.values()) {
            EObject object = find(row.state().id(), created);
            if (object != null) {
                applyValues(object, row, created);
            }
        }
        for (String id : touched) {
            EObject object = resource.getEObject(id);
            if (!rows.containsKey(id) && object != null && !tracker.dirty().contains(object)) {
                List<EObject> subtree = new ArrayList<>();
                subtree.add(object);
                object.eAllContents().forEachRemaining(subtree::add);
                EcoreUtil.remove(object);
                subtree.forEach(states::remove);
            }
        }
    }

    private EObject find(String id, Map<String, EObject> created) {
        EObject object = created.get(id);
        return object != null ? object : resource.getEObject(id);
    }

    /** Places new and moved elements, containers before their children (a new child of a new parent waits for it). */
    private void placeAll(Map<String, StoredRows.Row> rows, Map<String, EObject> created) {
        List<StoredRows.Row> pending = new ArrayList<>(rows.values());
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext();) {
                StoredRows.Row row = it.next();
                EObject object = find(row.state().id(), created);
                boolean isNew = created.containsKey(row.state().id()) && object.eResource() == null;
                RowState mine = states.get(object);
                boolean movedLocally = mine != null && !mine.isInSameList(object);
                if (!isNew && (movedLocally || mine == null || samePlace(mine, row.state()))) {
                    it.remove();
                    progress = true;
                    continue;
                }
                EObject container = row.state().containerId() == null ? null : find(row.state().containerId(), created);
                if (container != null && container.eResource() == null) {
                    continue; // its new container is not placed yet
                }
                place(object, container, row.state());
                states.put(object, row.state());
                it.remove();
                progress = true;
            }
        }
    }

    private static boolean samePlace(RowState a, RowState b) {
        return a.pos() == b.pos() && java.util.Objects.equals(a.containerId(), b.containerId())
                && java.util.Objects.equals(a.feature(), b.feature());
    }

    private void place(EObject object, EObject container, RowState state) {
        place(resource, states, object, container, state);
    }

    /** Puts the object into its stored list (or single feature) before the siblings stored after it. */
    @SuppressWarnings("unchecked")
    static void place(Resource resource, Map<EObject, RowState> states, EObject object, EObject container,
            RowState state) {
        EList<EObject> list;
        if (container == null) {
            list = resource.getContents();
        } else {
            EReference feature = (EReference) container.eClass().getEStructuralFeature(state.feature());
            if (!feature.isMany()) {
                container.eSet(feature, object);
                return;
            }
            list = (EList<EObject>) container.eGet(feature);
        }
        int index = 0;
        for (EObject sibling : list) {
            RowState s = states.get(sibling);
            if (sibling != object && s != null && s.pos() < state.pos()) {
                index++;
            }
        }
        if (list.contains(object)) {
            list.move(Math.min(index, list.size() - 1), object);
        } else {
            list.add(Math.min(index, list.size()), object);
        }
    }

    @SuppressWarnings("unchecked")
    private void applyValues(EObject object, StoredRows.Row row, Map<String, EObject> created) {
        var mineChanged = tracker.changedFeatures(object);
        for (Map.Entry<ColumnMapping, String> e : row.texts().entrySet()) {
            ColumnMapping column = e.getKey();
            if (mineChanged.contains(column.feature())) {
                continue;
            }
            if (column.isReference()) {
                EObject target = e.getValue() == null ? null : find(e.getValue(), created);
                if (object.eGet(column.feature(), false) != target) {
                    if (target == null) {
                        object.eUnset(column.feature());
                    } else {
                        object.eSet(column.feature(), target);
                    }
                }
            } else {
                column.applyText(object, e.getValue());
            }
        }
        for (EReference reference : row.table().manyReferences()) {
            if (mineChanged.contains(reference)) {
                continue;
            }
            List<EObject> targets = new ArrayList<>();
            for (String id : row.refs().getOrDefault(reference.getName(), List.of())) {
                EObject target = find(id, created);
                if (target != null) {
                    targets.add(target);
                }
            }
            EList<EObject> list = (EList<EObject>) object.eGet(reference);
            if (!list.equals(targets)) {
                org.eclipse.emf.common.util.ECollections.setEList(list, targets);
            }
        }
        if (!tracker.dirty().contains(object) || mineChanged.isEmpty() && states.get(object) != null
                && states.get(object).isInSameList(object)) {
            tracker.forget(object);
            states.put(object, row.state());
        }
    }
}
