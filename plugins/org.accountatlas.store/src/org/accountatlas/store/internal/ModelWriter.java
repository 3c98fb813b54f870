package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.accountatlas.store.SaveConflict;
import org.accountatlas.store.SaveConflictException;
import org.accountatlas.store.SaveReport;
import org.accountatlas.store.internal.ChangeTracker.OrderedList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes what the tracker recorded, in one transaction: new objects are inserted, changed ones updated (their
 * changed columns only, where the row's version is still the one read), detached ones deleted, and the whole
 * save recorded as one change set of the history. Nothing in memory changes until the commit succeeded, so a
 * failed or refused save can be retried.
 */
public final class ModelWriter {

    private final SqlDialect dialect;
    private final SchemaMapping mapping;

    public ModelWriter(SqlDialect dialect, SchemaMapping mapping) {
        this.dialect = dialect;
        this.mapping = mapping;
    }

    /** The rows one save will write, worked out before anything is sent to the database. */
    public static final class Plan {
        final Map<EObject, Integer> inserts = new LinkedHashMap<>();
        final Map<EObject, Integer> updates = new LinkedHashMap<>();
        final List<EObject> deletes = new ArrayList<>();
        final List<OrderedList> lists = new ArrayList<>();
        final Set<EObject> considered = new HashSet<>();

        public boolean isEmpty() {
            return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty();
        }

        /** Every object the tracker had recorded, written or not, to be forgotten once committed. */
        public Set<EObject> objects() {
            return considered;
        }

        public List<OrderedList> lists() {
            return lists;
        }
    }

    public Plan plan(Resource resource, ChangeTracker tracker, Map<EObject, RowState> states) {
        Plan plan = new Plan();
        Set<EObject> candidates = new HashSet<>(tracker.dirty());
        Map<EObject, Integer> positions = new HashMap<>();
        for (OrderedList list : tracker.reordered()) {
            plan.lists.add(list);
            assignPositions(elements(resource, list), states, positions, candidates);
        }
        Set<String> takenIds = new HashSet<>();
        plan.considered.addAll(candidates);
        for (EObject object : candidates) {
            boolean attached = object.eResource() == resource;
            RowState state = states.get(object);
            if (attached) {
                Integer pos = positions.get(object);
                (state == null ? plan.inserts : plan.updates).put(object, pos != null ? pos : storedOrNewPosition(object, state));
            } else if (state != null) {
                plan.deletes.add(object);
            }
        }
        assignIds(plan, states, takenIds);
        return plan;
    }

    /** Gap left between positions, so that most insertions fit between two siblings without moving them. */
    static final int GAP = 1024;

    /**
     * Keeps the largest set of stored positions that still grow along the list (a longest increasing
     * subsequence); gives the other elements (new, moved, or out of order) a position between their kept
     * neighbours. Only those become rows to write: a move writes one row, an insertion one, a deletion none.
     */
    static void assignPositions(List<? extends EObject> elements, Map<EObject, RowState> states,
            Map<EObject, Integer> positions, Set<EObject> candidates) {
        int n = elements.size();
        long[] stored = new long[n];
        for (int i = 0; i < n; i++) {
            RowState state = keepable(elements.get(i), states);
            stored[i] = state == null ? Long.MIN_VALUE : state.pos();
        }
        boolean[] kept = IncreasingRun.longest(stored);
        long[] nextKept = new long[n + 1];
        nextKept[n] = Long.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            nextKept[i] = kept[i] ? stored[i] : nextKept[i + 1];
        }
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                last = stored[i];
                continue;
            }
            last = between(last, nextKept[i + 1]);
            positions.put(elements.get(i), Math.toIntExact(last));
            candidates.add(elements.get(i));
        }
    }

    private static long between(long last, long bound) {
        if (bound == Long.MAX_VALUE) {
            return last == Long.MIN_VALUE ? 0 : last + GAP;
        }
        if (last == Long.MIN_VALUE) {
            return bound - GAP;
        }
        return last + Math.max(1, (bound - last) / 2);
    }

    /** The stored state, when the object is still in the list it was stored in. */
    private static RowState keepable(EObject element, Map<EObject, RowState> states) {
        RowState state = states.get(element);
        return state != null && state.isInSameList(element) ? state : null;
    }

    @SuppressWarnings("unchecked")
    private static List<? extends EObject> elements(Resource resource, OrderedList list) {
        if (list.container() == null) {
            return resource.getContents();
        }
        if (list.container().eResource() != resource) {
            return List.of();
        }
        return (EList<EObject>) list.container().eGet(list.feature());
    }

    /** An object whose list did not change keeps its position; the tracker records every list that did. */
    private static int storedOrNewPosition(EObject object, RowState state) {
        if (state != null && state.isInSameList(object)) {
            return state.pos();
        }
        return 0;
    }

    /**
     * New objects without an id, or with an id another object already owns (a pasted copy), get a fresh one.
     * Who owns which id is only worked out when a new object arrives with an id, which is rare.
     */
    private static void assignIds(Plan plan, Map<EObject, RowState> states, Set<String> taken) {
        Map<String, EObject> owners = null;
        for (EObject object : plan.inserts.keySet()) {
            String id = EcoreUtil.getID(object);
            if (id != null && owners == null) {
                owners = new HashMap<>();
                for (Map.Entry<EObject, RowState> e : states.entrySet()) {
                    owners.put(e.getValue().id(), e.getKey());
                }
                for (EObject deleted : plan.deletes) {
                    owners.remove(states.get(deleted).id());
                }
            }
            if (id == null || owners.containsKey(id) || !taken.add(id)) {
                String fresh = EcoreUtil.generateUUID();
                object.eSet(object.eClass().getEIDAttribute(), fresh);
                taken.add(fresh);
            }
        }
    }

    /** Who saves, when, why, and whether this save creates the database (then history records no rows). */
    public record ChangeSetInfo(String author, java.time.Instant at, String note, boolean creation) {
    }

    /** What one committed save did: its report, its change set (0 when nothing was written), the new versions. */
    public record Outcome(SaveReport report, long changeSet, Map<EObject, Integer> versions) {
    }

    /** The version check failed between reading and writing: another client committed in between. */
    private static final class RowRaced extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** How often a save is tried again when another client commits the same rows between its read and its write. */
    private static final int ATTEMPTS = 5;

    /**
     * Writes the plan in one transaction, or nothing: rows another client changed since this one read them
     * are merged feature by feature, and a real contradiction refuses the whole save with the list of conflicts.
     */
    public Outcome write(Connection connection, Plan plan, Map<EObject, RowState> states, ChangeTracker tracker,
            Resource resource, ChangeSetInfo info) throws SQLException, SaveConflictException {
        for (int attempt = 1;; attempt++) {
            try {
                Outcome outcome = attempt(connection, plan, states, tracker, resource, info);
                connection.commit();
                return outcome;
            } catch (RowRaced raced) {
                rollbackQuietly(connection, new SQLException("raced"));
                if (attempt == ATTEMPTS) {
                    throw new SQLException("Other clients kept changing the same rows while this save ran; nothing was"
                            + " saved. Save again.");
                }
            } catch (SQLException | RuntimeException | SaveConflictException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
    }

    private Outcome attempt(Connection connection, Plan plan, Map<EObject, RowState> states, ChangeTracker tracker,
            Resource resource, ChangeSetInfo info) throws SQLException, SaveConflictException, RowRaced {
        long start = System.nanoTime();
        Map<String, StoredRows.Row> committed = readCommitted(connection, plan, states);
        HistoryWriter history = new HistoryWriter(dialect, mapping, resource, states);
        List<SaveConflict> conflicts = new ArrayList<>();
        List<RowUpdate> updates = new ArrayList<>();
        for (Map.Entry<EObject, Integer> e : plan.updates.entrySet()) {
            RowUpdate update = rowUpdate(e.getKey(), e.getValue(), states.get(e.getKey()), tracker,
                    committed.get(states.get(e.getKey()).id()));
            if (update.changes.isEmpty() && !update.idChanged) {
                continue;
            }
            if (update.row == null) {
                conflicts.add(history.editedWhatTheyDeleted(connection, update));
            } else if (update.row.state().version() != update.state.version()) {
                conflicts.addAll(history.sameFeature(connection, update));
            }
            updates.add(update);
        }
        List<EObject> deletes = new ArrayList<>();
        for (EObject object : plan.deletes) {
            StoredRows.Row row = committed.get(states.get(object).id());
            if (row == null) {
                continue; // another client deleted it too
            }
            if (row.state().version() != states.get(object).version()) {
                conflicts.add(history.deletedWhatTheyEdited(connection, object, states.get(object)));
            }
            deletes.add(object);
        }
        conflicts.addAll(addedToWhatTheyDeleted(connection, plan, states, committed, history));
        if (!conflicts.isEmpty()) {
            throw new SaveConflictException(String.valueOf(resource.getURI()), conflicts);
        }
        Map<EObject, Integer> versions = new java.util.IdentityHashMap<>();
        if (deletes.isEmpty() && plan.inserts.isEmpty() && updates.isEmpty()) {
            return new Outcome(new SaveReport(0, 0, 0, 0, System.nanoTime() - start), 0, versions);
        }
        long changeSet = history.begin(connection, info);
        Statements statements = new Statements(connection);
        int referenceRows = 0;
        try {
            for (EObject object : deletes) {
                RowState state = states.get(object);
                StoredRows.Row row = committed.get(state.id());
                TableMapping table = mapping.table(object.eClass());
                statements.delete(table, state.id(), row.state().version());
                referenceRows += statements.deleteReferences(table, state.id());
                history.deleted(object, row);
            }
            for (Map.Entry<EObject, Integer> e : plan.inserts.entrySet()) {
                TableMapping table = mapping.table(e.getKey().eClass());
                statements.insert(table, e.getKey(), e.getValue());
                referenceRows += statements.insertReferences(table, e.getKey(), null);
                versions.put(e.getKey(), 1);
                if (!info.creation()) {
                    history.created(e.getKey(), RowState.of(e.getKey(), e.getValue(), 1));
                }
            }
            for (RowUpdate update : updates) {
                int version = update.row.state().version() + 1;
                referenceRows += statements.update(update, version);
                versions.put(update.object, version);
                history.updated(update, version);
            }
            history.addBatches((key, sql) -> statements.get(key, sql), changeSet);
            statements.executeBatches();
        } finally {
            statements.close();
        }
        return new Outcome(new SaveReport(plan.inserts.size(), updates.size(), deletes.size(), referenceRows,
                System.nanoTime() - start), changeSet, versions);
    }

    /**
     * New elements put into an element another client deleted since: an edit of what they deleted, too. Only
     * containers stored before this save are looked up (a new database's first save looks up none).
     */
    private List<SaveConflict> addedToWhatTheyDeleted(Connection connection, Plan plan, Map<EObject, RowState> states,
            Map<String, StoredRows.Row> committed, HistoryWriter history) throws SQLException {
        Map<String, EObject> containers = new LinkedHashMap<>();
        Map<String, EObject> firstChild = new HashMap<>();
        for (EObject object : plan.inserts.keySet()) {
            EObject container = object.eContainer();
            RowState state = container == null ? null : states.get(container);
            if (state != null && !plan.inserts.containsKey(container) && !committed.containsKey(state.id())) {
                containers.putIfAbsent(state.id(), container);
                firstChild.putIfAbsent(state.id(), object);
            }
        }
        if (containers.isEmpty()) {
            return List.of();
        }
        Map<TableMapping, List<String>> ids = new LinkedHashMap<>();
        containers.forEach((id, container) -> ids.computeIfAbsent(mapping.table(container.eClass()),
                t -> new ArrayList<>()).add(id));
        Map<String, StoredRows.Row> found = StoredRows.read(connection, dialect, ids);
        List<SaveConflict> conflicts = new ArrayList<>();
        for (Map.Entry<String, EObject> e : containers.entrySet()) {
            if (!found.containsKey(e.getKey())) {
                conflicts.add(history.addedToWhatTheyDeleted(connection, e.getValue(), states.get(e.getValue()),
                        firstChild.get(e.getKey())));
            }
        }
        return conflicts;
    }

    /** The committed rows of everything this save updates or deletes, in one query per table and chunk. */
    private Map<String, StoredRows.Row> readCommitted(Connection connection, Plan plan, Map<EObject, RowState> states)
            throws SQLException {
        Map<TableMapping, List<String>> ids = new LinkedHashMap<>();
        for (EObject object : plan.updates.keySet()) {
            ids.computeIfAbsent(mapping.table(object.eClass()), t -> new ArrayList<>()).add(states.get(object).id());
        }
        for (EObject object : plan.deletes) {
            ids.computeIfAbsent(mapping.table(object.eClass()), t -> new ArrayList<>()).add(states.get(object).id());
        }
        return ids.isEmpty() ? Map.of() : StoredRows.read(connection, dialect, ids);
    }

    /** One feature's change: history's name for it ("@" for the placement), the committed and the new text. */
    record Change(String feature, String old, String now) {
    }

    /** What a save writes for one stored object: the features it changed, compared with the committed row. */
    static final class RowUpdate {
        final EObject object;
        final int pos;
        final RowState state;
        final StoredRows.Row row;
        final List<Change> changes = new ArrayList<>();
        final List<EReference> references = new ArrayList<>();
        final List<ColumnMapping> columns = new ArrayList<>();
        boolean placed;
        boolean idChanged;

        RowUpdate(EObject object, int pos, RowState state, StoredRows.Row row) {
            this.object = object;
            this.pos = pos;
            this.state = state;
            this.row = row;
        }
    }

    private RowUpdate rowUpdate(EObject object, int pos, RowState state, ChangeTracker tracker, StoredRows.Row row) {
        RowUpdate update = new RowUpdate(object, pos, state, row);
        TableMapping table = mapping.table(object.eClass());
        update.idChanged = !state.id().equals(EcoreUtil.getID(object));
        for (EStructuralFeature feature : tracker.changedFeatures(object)) {
            ColumnMapping column = table.column(feature);
            if (column != null) {
                String now = column.text(object, EcoreUtil::getID);
                String old = row == null ? null : row.texts().get(column);
                if (!java.util.Objects.equals(old, now) || row == null) {
                    update.columns.add(column);
                    update.changes.add(new Change(feature.getName(), old, now));
                }
            } else if (feature instanceof EReference reference && table.manyReferences().contains(reference)) {
                String now = idsText((List<?>) object.eGet(reference, false));
                String old = row == null ? null : row.refsText(reference.getName());
                if (!java.util.Objects.equals(old, now) || row == null) {
                    update.references.add(reference);
                    update.changes.add(new Change(reference.getName(), old, now));
                }
            }
        }
        String placement = RowState.of(object, pos, 0).placement();
        String oldPlacement = row == null ? state.placement() : row.state().placement();
        if (!placement.equals(state.placement()) && !placement.equals(oldPlacement)) {
            update.placed = true;
            update.changes.add(new Change(HistoryWriter.PLACEMENT, oldPlacement, placement));
        }
        if (update.idChanged) {
            update.references.clear();
            update.references.addAll(table.manyReferences());
        }
        return update;
    }

    static String idsText(List<?> targets) {
        List<String> ids = new ArrayList<>(targets.size());
        targets.forEach(t -> ids.add(EcoreUtil.getID((EObject) t)));
        return ids.isEmpty() ? null : StringLists.join(ids);
    }

    /** Records the committed state; called only after {@link #write} succeeded. */
    public static void committed(Plan plan, Map<EObject, RowState> states, Map<EObject, Integer> versions) {
        plan.deletes.forEach(states::remove);
        plan.inserts.forEach((o, pos) -> states.put(o, RowState.of(o, pos, 1)));
        plan.updates.forEach((o, pos) -> {
            Integer version = versions.get(o);
            if (version != null) {
                states.put(o, RowState.of(o, pos, version));
            }
        });
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Prepared statements per table, batched, closed together. */
    private final class Statements {
        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>();

        Statements(Connection connection) {
            this.connection = connection;
        }

        /** One prepared statement per statement kind and table; its SQL is only built the first time. */
        private PreparedStatement get(String key, Supplier<String> sql) throws SQLException {
            PreparedStatement ps = prepared.get(key);
            if (ps == null) {
                ps = connection.prepareStatement(sql.get());
                prepared.put(key, ps);
            }
            return ps;
        }

        void insert(TableMapping table, EObject object, int pos) throws SQLException {
            PreparedStatement ps = get("INSERT " + table.table(), () -> table.insertSql(dialect));
            bindRow(ps, table, object, pos);
            ps.addBatch();
        }

        /** Writes the changed columns only, where the version is still the one read; returns reference rows written. */
        int update(RowUpdate update, int version) throws SQLException {
            TableMapping table = mapping.table(update.object.eClass());
            List<String> names = new ArrayList<>();
            if (update.idChanged) {
                names.add(TableMapping.ID);
            }
            if (update.placed || update.idChanged) {
                names.addAll(List.of(TableMapping.CONTAINER_ID, TableMapping.CONTAINER_FEATURE, TableMapping.POS));
            }
            update.columns.forEach(c -> names.add(c.column()));
            PreparedStatement ps = get("UPDATE! " + table.table() + " " + names, () -> table.updateSql(dialect, names));
            int index = 1;
            ps.setInt(index++, version);
            if (update.idChanged) {
                ps.setString(index++, EcoreUtil.getID(update.object));
            }
            if (update.placed || update.idChanged) {
                EObject container = update.object.eContainer();
                ps.setString(index++, container == null ? null : EcoreUtil.getID(container));
                ps.setString(index++, container == null ? null : update.object.eContainmentFeature().getName());
                ps.setInt(index++, update.pos);
            }
            for (ColumnMapping column : update.columns) {
                column.bind(ps, index++, update.object, EcoreUtil::getID);
            }
            ps.setString(index++, update.state.id());
            ps.setInt(index, update.row.state().version());
            ps.addBatch();
            int rows = 0;
            for (EReference reference : update.references) {
                PreparedStatement delete = get("DELETE " + SchemaMapping.REFS_TABLE + " FEATURE", () -> "DELETE FROM "
                        + dialect.quote(SchemaMapping.REFS_TABLE) + " WHERE " + dialect.quote("SRC_ID") + " = ? AND "
                        + dialect.quote("FEATURE") + " = ?");
                delete.setString(1, update.state.id());
                delete.setString(2, reference.getName());
                delete.addBatch();
            }
            if (!update.references.isEmpty()) {
                rows += insertReferences(table, update.object, update.references);
            }
            return rows;
        }

        void delete(TableMapping table, String id, int version) throws SQLException {
            PreparedStatement ps = get("DELETE! " + table.table(), () -> table.deleteSql(dialect));
            ps.setString(1, id);
            ps.setInt(2, version);
            ps.addBatch();
        }

        int deleteReferences(TableMapping table, String id) throws SQLException {
            if (table.manyReferences().isEmpty()) {
                return 0;
            }
            PreparedStatement ps = get("DELETE " + SchemaMapping.REFS_TABLE, () -> "DELETE FROM "
                    + dialect.quote(SchemaMapping.REFS_TABLE) + " WHERE " + dialect.quote("SRC_ID") + " = ?");
            ps.setString(1, id);
            ps.addBatch();
            return 0;
        }

        /** Inserts the reference rows of the given features (all of the table's when null). */
        int insertReferences(TableMapping table, EObject object, List<EReference> only) throws SQLException {
            int rows = 0;
            String id = EcoreUtil.getID(object);
            for (EReference reference : only == null ? table.manyReferences() : only) {
                List<?> targets = (List<?>) object.eGet(reference, false);
                for (int i = 0; i < targets.size(); i++) {
                    PreparedStatement ps = get("INSERT " + SchemaMapping.REFS_TABLE, () -> "INSERT INTO "
                            + dialect.quote(SchemaMapping.REFS_TABLE) + " (" + dialect.quote("SRC_ID") + ", "
                            + dialect.quote("FEATURE") + ", " + dialect.quote("POS") + ", " + dialect.quote("TGT_ID")
                            + ") VALUES (?, ?, ?, ?)");
                    ps.setString(1, id);
                    ps.setString(2, reference.getName());
                    ps.setInt(3, i);
                    ps.setString(4, EcoreUtil.getID((EObject) targets.get(i)));
                    ps.addBatch();
                    rows++;
                }
            }
            return rows;
        }

        private int bindRow(PreparedStatement ps, TableMapping table, EObject object, int pos) throws SQLException {
            EObject container = object.eContainer();
            ps.setString(1, EcoreUtil.getID(object));
            ps.setString(2, container == null ? null : EcoreUtil.getID(container));
            ps.setString(3, container == null ? null : object.eContainmentFeature().getName());
            ps.setInt(4, pos);
            ps.setInt(5, 1);
            int index = TableMapping.FIXED_COLUMNS + 1;
            for (ColumnMapping column : table.columns()) {
                column.bind(ps, index++, object, EcoreUtil::getID);
            }
            return index;
        }

        /** A statement by its key, made on first use (history adds its own to the same batches). */
        PreparedStatement get(String key, String sql) throws SQLException {
            return get(key, () -> sql);
        }

        /**
         * Deletes run first so that an id freed and reused in the same save never collides. Statements whose key
         * has a "!" are version-checked: each of their rows must have been hit, or another client got there first.
         */
        void executeBatches() throws SQLException, RowRaced {
            List<Map.Entry<String, PreparedStatement>> ordered = new ArrayList<>();
            prepared.entrySet().forEach(e -> { if (e.getKey().startsWith("DELETE")) ordered.add(e); });
            prepared.entrySet().forEach(e -> { if (!e.getKey().startsWith("DELETE")) ordered.add(e); });
            for (Map.Entry<String, PreparedStatement> e : ordered) {
                int[] counts = e.getValue().executeBatch();
                if (e.getKey().contains("!")) {
                    for (int count : counts) {
                        if (count == 0) {
                            throw new RowRaced();
                        }
                    }
                }
            }
        }

        void close() {
            for (PreparedStatement ps : prepared.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing after commit or rollback: nothing to recover
                }
            }
        }
    }
}
