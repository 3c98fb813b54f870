package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.store.SaveConflict;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Records a save as one change set (author, time, note) with a row per changed feature: the committed value
 * before and the value written. A deleted element keeps every value it had, so the history can give back any
 * earlier state; a created one is recorded with its placement. Also answers who changed what since a version,
 * which is what a conflict names.
 */
final class HistoryWriter {

    static final String CHANGESET_TABLE = "ATLAS_CHANGESET";
    static final String CHANGE_TABLE = "ATLAS_CHANGE";
    /** History's name for where an element is: container id, containment feature and position. */
    static final String PLACEMENT = "@";
    static final String CREATED = "+";
    static final String DELETED = "-";

    /** Gives a batched statement by key, shared with the save's own statements. */
    @FunctionalInterface
    interface StatementSource {
        PreparedStatement get(String key, String sql) throws SQLException;
    }

    private record Entry(String elementId, String elementClass, String accountId, int version, String feature,
            String old, String now) {
    }

    /** Who last changed a feature, and when. */
    record Author(String who, Instant when) {
    }

    private final SqlDialect dialect;
    private final SchemaMapping mapping;
    private final Resource resource;
    private final Map<EObject, RowState> states;
    private final List<Entry> entries = new ArrayList<>();

    HistoryWriter(SqlDialect dialect, SchemaMapping mapping, Resource resource, Map<EObject, RowState> states) {
        this.dialect = dialect;
        this.mapping = mapping;
        this.resource = resource;
        this.states = states;
    }

    /**
     * A change set's kind: an ordinary save, or the point where the history begins (the database was created
     * whole, or the history tables were added to an older one): nothing before it can be given back.
     */
    static final String SAVE = "save";
    static final String BEGINNING = "begin";

    /** Records where the history begins. */
    static long recordBeginning(Connection connection, SqlDialect dialect, String author, String note) throws SQLException {
        return insertChangeSet(connection, dialect, author, Instant.now(), note, BEGINNING);
    }

    /** Opens the change set; returns its number. */
    long begin(Connection connection, ModelWriter.ChangeSetInfo info) throws SQLException {
        return insertChangeSet(connection, dialect, info.author(), info.at(), info.note(),
                info.creation() ? BEGINNING : SAVE);
    }

    private static long insertChangeSet(Connection connection, SqlDialect dialect, String author, Instant at, String note,
            String kind) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + dialect.quote(CHANGESET_TABLE) + " ("
                + dialect.quote("AUTHOR") + ", " + dialect.quote("CHANGED_AT") + ", " + dialect.quote("NOTE") + ", "
                + dialect.quote("KIND") + ") VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, author);
            ps.setTimestamp(2, Timestamp.from(at), Utc.calendar());
            ps.setString(3, note);
            ps.setString(4, kind);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void created(EObject object, RowState state) {
        add(object, state.id(), 1, CREATED, null, HistoryText.label(object));
        add(object, state.id(), 1, PLACEMENT, null, state.placement());
    }

    void deleted(EObject object, StoredRows.Row row) {
        int version = row.state().version() + 1;
        String id = row.state().id();
        add(object, id, version, DELETED, HistoryText.label(object), null);
        add(object, id, version, PLACEMENT, row.state().placement(), null);
        row.texts().forEach((column, text) -> {
            if (text != null) {
                add(object, id, version, column.feature().getName(), text, null);
            }
        });
        row.refs().forEach((feature, ids) -> add(object, id, version, feature, StringLists.join(ids), null));
    }

    void updated(ModelWriter.RowUpdate update, int version) {
        for (ModelWriter.Change change : update.changes) {
            add(update.object, EcoreUtil.getID(update.object), version, change.feature(), change.old(), change.now());
        }
    }

    private void add(EObject object, String id, int version, String feature, String old, String now) {
        entries.add(new Entry(id, object.eClass().getName(), accountOf(object), version, feature, old, now));
    }

    /** Adds the recorded rows to the save's batches. */
    void addBatches(StatementSource statements, long changeSet) throws SQLException {
        String sql = "INSERT INTO " + dialect.quote(CHANGE_TABLE) + " (" + dialect.quote("CHANGESET") + ", "
                + dialect.quote("SEQ") + ", " + dialect.quote("ELEMENT_ID") + ", " + dialect.quote("ELEMENT_CLASS") + ", "
                + dialect.quote("ACCOUNT_ID") + ", " + dialect.quote("VERSION") + ", " + dialect.quote("FEATURE") + ", "
                + dialect.quote("OLD_VALUE") + ", " + dialect.quote("NEW_VALUE") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        int seq = 0;
        for (Entry entry : entries) {
            PreparedStatement ps = statements.get("INSERT " + CHANGE_TABLE, sql);
            ps.setLong(1, changeSet);
            ps.setInt(2, seq++);
            ps.setString(3, entry.elementId());
            ps.setString(4, entry.elementClass());
            ps.setString(5, entry.accountId());
            ps.setInt(6, entry.version());
            ps.setString(7, entry.feature());
            ps.setString(8, entry.old());
            ps.setString(9, entry.now());
            ps.addBatch();
        }
    }

    /** This client edited an element another deleted. */
    SaveConflict editedWhatTheyDeleted(Connection connection, ModelWriter.RowUpdate update) throws SQLException {
        Map<String, Author> theirs = changesSince(connection, update.state.id(), update.state.version());
        Author deletion = theirs.getOrDefault(DELETED, new Author("another user", null));
        ModelWriter.Change first = update.changes.isEmpty() ? null : update.changes.get(0);
        String mine = first == null ? "edited" : HistoryText.displayName(first.feature()) + " = "
                + HistoryText.display(resource, update.object.eClass(), first.feature(), first.now());
        return new SaveConflict(update.state.id(), HistoryText.label(update.object), "(deleted)", mine, "deleted",
                deletion.who(),
                deletion.when(), SaveConflict.Kind.EDITED_WHAT_THEY_DELETED);
    }

    /** This client put a new element into one another deleted. */
    SaveConflict addedToWhatTheyDeleted(Connection connection, EObject container, RowState state, EObject added)
            throws SQLException {
        Author deletion = changesSince(connection, state.id(), state.version()).getOrDefault(DELETED,
                new Author("another user", null));
        return new SaveConflict(state.id(), HistoryText.label(container), "(deleted)",
                "added " + HistoryText.label(added), "deleted",
                deletion.who(), deletion.when(), SaveConflict.Kind.EDITED_WHAT_THEY_DELETED);
    }

    /** The features this client and another both changed, to different values. */
    List<SaveConflict> sameFeature(Connection connection, ModelWriter.RowUpdate update) throws SQLException {
        Map<String, Author> theirs = changesSince(connection, update.state.id(), update.state.version());
        List<SaveConflict> conflicts = new ArrayList<>();
        for (ModelWriter.Change change : update.changes) {
            Author author = theirs.get(change.feature());
            if (author != null) {
                EClass eClass = update.object.eClass();
                conflicts.add(new SaveConflict(update.state.id(), HistoryText.label(update.object),
                        HistoryText.displayName(change.feature()),
                        HistoryText.display(resource, eClass, change.feature(), change.now()),
                        HistoryText.display(resource, eClass, change.feature(), change.old()),
                        author.who(), author.when(), SaveConflict.Kind.SAME_FEATURE));
            }
        }
        return conflicts;
    }

    /** This client deleted an element another edited. */
    SaveConflict deletedWhatTheyEdited(Connection connection, EObject object, RowState state) throws SQLException {
        Map<String, Author> theirs = changesSince(connection, state.id(), state.version());
        Author last = theirs.values().stream().reduce((a, b) -> b).orElse(new Author("another user", null));
        List<String> features = theirs.keySet().stream().map(HistoryText::displayName).toList();
        return new SaveConflict(state.id(), HistoryText.label(object), "(deleted)", "deleted",
                "edited: " + String.join(", ", features), last.who(), last.when(),
                SaveConflict.Kind.DELETED_WHAT_THEY_EDITED);
    }

    /** The features others changed on the element after the version, each with its last author. */
    private Map<String, Author> changesSince(Connection connection, String elementId, int version) throws SQLException {
        Map<String, Author> authors = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT c." + dialect.quote("FEATURE") + ", s."
                + dialect.quote("AUTHOR") + ", s." + dialect.quote("CHANGED_AT") + " FROM " + dialect.quote(CHANGE_TABLE)
                + " c JOIN " + dialect.quote(CHANGESET_TABLE) + " s ON s." + dialect.quote("ID") + " = c."
                + dialect.quote("CHANGESET") + " WHERE c." + dialect.quote("ELEMENT_ID") + " = ? AND c."
                + dialect.quote("VERSION") + " > ? ORDER BY s." + dialect.quote("ID"))) {
            ps.setString(1, elementId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(3, Utc.calendar());
                    authors.put(rs.getString(1), new Author(rs.getString(2), at == null ? null : at.toInstant()));
                }
            }
        }
        return authors;
    }

    /** The nearest element of the history's scope (an account) that holds the object, or null. */
    private String accountOf(EObject object) {
        EClass scope = mapping.historyScope();
        if (scope == null) {
            return null;
        }
        EObject current = object;
        for (int depth = 0; current != null && depth < 1000; depth++) {
            if (scope.isInstance(current)) {
                return states.containsKey(current) ? states.get(current).id() : EcoreUtil.getID(current);
            }
            EObject parent = current.eContainer();
            if (parent == null) {
                RowState state = states.get(current); // a deleted subtree: its root's stored container
                parent = state == null || state.containerId() == null ? null : resource.getEObject(state.containerId());
            }
            current = parent;
        }
        return null;
    }
}
