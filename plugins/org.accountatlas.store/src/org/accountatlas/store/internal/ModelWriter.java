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

import org.accountatlas.store.SaveReport;
import org.accountatlas.store.internal.ChangeTracker.OrderedList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes what the tracker recorded, in one transaction: new objects are inserted, changed ones updated,
 * detached ones deleted. Nothing in memory changes until the commit succeeded, so a failed save can be retried.
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

    public SaveReport write(Connection connection, Plan plan, Map<EObject, RowState> states) throws SQLException {
        long start = System.nanoTime();
        Statements statements = new Statements(connection);
        int referenceRows = 0;
        try {
            for (EObject object : plan.deletes) {
                String id = states.get(object).id();
                statements.delete(mapping.table(object.eClass()), id);
                referenceRows += statements.deleteReferences(mapping.table(object.eClass()), id);
            }
            for (Map.Entry<EObject, Integer> e : plan.inserts.entrySet()) {
                TableMapping table = mapping.table(e.getKey().eClass());
                statements.insert(table, e.getKey(), e.getValue());
                referenceRows += statements.insertReferences(table, e.getKey());
            }
            for (Map.Entry<EObject, Integer> e : plan.updates.entrySet()) {
                TableMapping table = mapping.table(e.getKey().eClass());
                String storedId = states.get(e.getKey()).id();
                statements.update(table, e.getKey(), e.getValue(), storedId);
                referenceRows += statements.deleteReferences(table, storedId);
                referenceRows += statements.insertReferences(table, e.getKey());
            }
            statements.executeBatches();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            statements.close();
        }
        return new SaveReport(plan.inserts.size(), plan.updates.size(), plan.deletes.size(), referenceRows,
                System.nanoTime() - start);
    }

    /** Records the committed state; called only after {@link #write} succeeded. */
    public static void committed(Plan plan, Map<EObject, RowState> states) {
        plan.deletes.forEach(states::remove);
        plan.inserts.forEach((o, pos) -> states.put(o, RowState.of(o, pos)));
        plan.updates.forEach((o, pos) -> states.put(o, RowState.of(o, pos)));
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

        void update(TableMapping table, EObject object, int pos, String storedId) throws SQLException {
            PreparedStatement ps = get("UPDATE " + table.table(), () -> table.updateSql(dialect));
            int next = bindRow(ps, table, object, pos);
            ps.setString(next, storedId);
            ps.addBatch();
        }

        void delete(TableMapping table, String id) throws SQLException {
            PreparedStatement ps = get("DELETE " + table.table(), () -> table.deleteSql(dialect));
            ps.setString(1, id);
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

        int insertReferences(TableMapping table, EObject object) throws SQLException {
            int rows = 0;
            String id = EcoreUtil.getID(object);
            for (EReference reference : table.manyReferences()) {
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
            int index = TableMapping.FIXED_COLUMNS + 1;
            for (ColumnMapping column : table.columns()) {
                column.bind(ps, index++, object, EcoreUtil::getID);
            }
            return index;
        }

        /** Deletes run first so that an id freed and reused in the same save never collides. */
        void executeBatches() throws SQLException {
            List<PreparedStatement> ordered = new ArrayList<>();
            prepared.forEach((key, ps) -> { if (key.startsWith("DELETE")) ordered.add(ps); });
            prepared.forEach((key, ps) -> { if (!key.startsWith("DELETE")) ordered.add(ps); });
            for (PreparedStatement ps : ordered) {
                ps.executeBatch();
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
