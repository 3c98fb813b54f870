package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads a whole model: one query per class table and one for the reference table, then links objects by id.
 * Lists are filled with addUnique, in stored order, so loading stays linear in the number of objects.
 */
public final class ModelReader {

    /** The roots, every object's committed state, objects by id, and what could not be linked. */
    public record Result(List<EObject> roots, Map<EObject, RowState> states, Map<String, EObject> byId,
            List<String> problems) {
    }

    private record Placement(EObject object, String containerId, String feature, int pos) {
    }

    private record PendingReference(EObject source, EStructuralFeature feature, String targetId, int pos) {
    }

    private final SqlDialect dialect;
    private final SchemaMapping mapping;

    public ModelReader(SqlDialect dialect, SchemaMapping mapping) {
        this.dialect = dialect;
        this.mapping = mapping;
    }

    /**
     * Changes the rows read before they are assembled (an earlier state rebuilt from the history): objects by
     * id with their attributes, placements, and each object's references as target ids.
     */
    @FunctionalInterface
    public interface Rewind {
        void apply(Map<String, EObject> byId, Map<EObject, RowState> placements,
                Map<EObject, Map<EStructuralFeature, List<String>>> references) throws SQLException;
    }

    public Result read(Connection connection) throws SQLException {
        return read(connection, null);
    }

    /** Reads everything, lets the rewind change it, then links objects into the model. */
    public Result read(Connection connection, Rewind rewind) throws SQLException {
        Map<String, EObject> byId = new HashMap<>(1 << 18);
        Map<EObject, RowState> states = new IdentityHashMap<>(1 << 18);
        List<Placement> placements = new ArrayList<>(1 << 18);
        List<PendingReference> references = new ArrayList<>(1 << 18);
        List<String> problems = new ArrayList<>();
        for (TableMapping table : mapping.tables()) {
            readTable(connection, table, byId, states, placements, references, problems);
        }
        readManyReferences(connection, byId, references);
        if (rewind != null) {
            rewound(rewind, byId, states, placements, references);
        }

        List<EObject> roots = place(placements, byId, problems);
        link(references, byId, problems);
        return new Result(roots, states, byId, problems);
    }

    private void readTable(Connection connection, TableMapping table, Map<String, EObject> byId,
            Map<EObject, RowState> states, List<Placement> placements, List<PendingReference> references,
            List<String> problems) throws SQLException {
        List<ColumnMapping> columns = table.columns();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(table.selectSql(dialect))) {
            while (row.next()) {
                EObject object = EcoreUtil.create(table.eClass());
                String id = row.getString(1);
                object.eSet(table.idAttribute(), id);
                int pos = row.getInt(4);
                String containerId = row.getString(2);
                String feature = row.getString(3);
                placements.add(new Placement(object, containerId, feature, pos));
                for (int i = 0; i < columns.size(); i++) {
                    ColumnMapping column = columns.get(i);
                    String targetId;
                    try {
                        targetId = column.read(row, TableMapping.FIXED_COLUMNS + 1 + i, object);
                    } catch (ColumnMapping.UnknownValue unknown) {
                        // One value a newer version wrote must not lock the whole database away.
                        problems.add(table.eClass().getName() + " " + id + ": " + unknown.getMessage() + "; left unset");
                        continue;
                    }
                    if (targetId != null) {
                        references.add(new PendingReference(object, column.feature(), targetId, 0));
                    }
                }
                byId.put(id, object);
                states.put(object, new RowState(id, containerId, feature, pos, row.getInt(5)));
            }
        }
    }

    private void readManyReferences(Connection connection, Map<String, EObject> byId,
            List<PendingReference> references) throws SQLException {
        String sql = "SELECT " + dialect.quote("SRC_ID") + ", " + dialect.quote("FEATURE") + ", " + dialect.quote("POS")
                + ", " + dialect.quote("TGT_ID") + " FROM " + dialect.quote(SchemaMapping.REFS_TABLE);
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                EObject source = byId.get(row.getString(1));
                if (source != null) {
                    EStructuralFeature feature = source.eClass().getEStructuralFeature(row.getString(2));
                    if (feature != null) {
                        references.add(new PendingReference(source, feature, row.getString(4), row.getInt(3)));
                    }
                }
            }
        }
    }

    private static void rewound(Rewind rewind, Map<String, EObject> byId, Map<EObject, RowState> states,
            List<Placement> placements, List<PendingReference> references) throws SQLException {
        references.sort(Comparator.comparingInt(PendingReference::pos));
        Map<EObject, Map<EStructuralFeature, List<String>>> byObject = new IdentityHashMap<>();
        for (PendingReference r : references) {
            byObject.computeIfAbsent(r.source(), o -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(r.feature(), f -> new ArrayList<>()).add(r.targetId());
        }
        rewind.apply(byId, states, byObject);
        placements.clear();
        states.forEach((object, state) -> placements.add(new Placement(object, state.containerId(), state.feature(),
                state.pos())));
        references.clear();
        byObject.forEach((object, features) -> features.forEach((feature, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                references.add(new PendingReference(object, feature, ids.get(i), i));
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> place(List<Placement> placements, Map<String, EObject> byId, List<String> problems) {
        placements.sort(Comparator.comparingInt(Placement::pos));
        List<EObject> roots = new ArrayList<>();
        for (Placement p : placements) {
            if (p.containerId() == null) {
                roots.add(p.object());
                continue;
            }
            EObject container = byId.get(p.containerId());
            EStructuralFeature feature = container == null ? null : container.eClass().getEStructuralFeature(p.feature());
            if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                problems.add(p.object().eClass().getName() + " " + EcoreUtil.getID(p.object()) + " names a container "
                        + p.containerId() + "." + p.feature() + " that does not exist; it was left out");
            } else if (reference.isMany()) {
                ((InternalEList<EObject>) container.eGet(reference)).addUnique(p.object());
            } else {
                container.eSet(reference, p.object());
            }
        }
        return roots;
    }

    @SuppressWarnings("unchecked")
    private static void link(List<PendingReference> references, Map<String, EObject> byId, List<String> problems) {
        references.sort(Comparator.comparingInt(PendingReference::pos));
        for (PendingReference r : references) {
            EObject target = r.targetId() == null ? null : byId.get(r.targetId());
            if (target == null) {
                problems.add(r.source().eClass().getName() + " " + EcoreUtil.getID(r.source()) + "." + r.feature().getName()
                        + " points to " + r.targetId() + ", which no longer exists; the link was dropped");
            } else if (r.feature().isMany()) {
                ((InternalEList<EObject>) r.source().eGet(r.feature())).addUnique(target);
            } else {
                r.source().eSet(r.feature(), target);
            }
        }
    }
}
