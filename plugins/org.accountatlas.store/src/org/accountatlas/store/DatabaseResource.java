package org.accountatlas.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.accountatlas.store.internal.AsOf;
import org.accountatlas.store.internal.ChangeFeed;
import org.accountatlas.store.internal.ConflictResolution;
import org.accountatlas.store.internal.HistoryReader;
import org.accountatlas.store.internal.ChangeTracker;
import org.accountatlas.store.internal.ModelReader;
import org.accountatlas.store.internal.ModelWriter;
import org.accountatlas.store.internal.OpenModel;
import org.accountatlas.store.internal.RowState;
import org.accountatlas.store.internal.SchemaManager;
import org.accountatlas.store.internal.SchemaMapping;
import org.accountatlas.store.internal.SqlDialect;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * A model kept in a database, reached through the ordinary Resource API ({@code atlasdb:/path/to/db}).
 * Loading reads everything; saving writes only the objects changed since the last commit, in one
 * transaction. A failed save changes nothing on disk and leaves the resource modified, so it can be retried.
 * The database stays open, and locked against other processes, until the resource is unloaded.
 */
public class DatabaseResource extends ResourceImpl {

    /** Load option: create the database when it does not exist yet (Boolean). */
    public static final String OPTION_CREATE = "org.accountatlas.store.create";
    /** Load option: read the portfolio as it was at this moment (an {@link Instant}); the resource is then read-only. */
    public static final String OPTION_AS_OF = "org.accountatlas.store.asOf";
    /** Save option: a note kept with the save's change set in the history (String). */
    public static final String OPTION_NOTE = "org.accountatlas.store.note";

    private final SqlDialect dialect;
    private final SchemaMapping mapping;
    private final Map<EObject, RowState> states = new IdentityHashMap<>();
    private Connection connection;
    private ChangeTracker tracker;
    private final List<Consumer<Notification>> changeListeners = new CopyOnWriteArrayList<>();
    private SaveReport lastSave = SaveReport.NOTHING;
    private UnaryOperator<Connection> connectionDecorator = UnaryOperator.identity();
    private final DatabaseAddress address;
    private boolean writable = true;
    private final Set<Long> ownChangeSets = new HashSet<>();
    private long seenChangeSet;
    private Instant asOf;
    /** One JDBC conversation at a time: a refresh from the UI thread never runs inside a save in a job. */
    private final java.util.concurrent.locks.ReentrantLock conversation = new java.util.concurrent.locks.ReentrantLock();

    /** A resource for the database at the URI, speaking the dialect, storing the model as the mapping says. */
    public DatabaseResource(URI uri, SqlDialect dialect, SchemaMapping mapping) {
        super(uri);
        this.dialect = dialect;
        this.mapping = mapping;
        this.address = DatabaseAddress.of(uri);
    }

    /** Where the database is: a directory or a server. */
    public DatabaseAddress address() {
        return address;
    }

    /** The database directory this resource is kept in; only embedded databases have one. */
    public Path location() {
        if (address instanceof DatabaseAddress.Embedded embedded) {
            return embedded.directory();
        }
        throw new IllegalStateException(address + " is on a server and has no directory on this machine");
    }

    /** False when the user may only read (a viewer on a server): a save is refused before anything is sent. */
    public boolean isWritable() {
        return writable;
    }

    /** What the last save wrote ({@link SaveReport#NOTHING} before any). */
    public SaveReport lastSave() {
        return lastSave;
    }

    /**
     * Hears every change to the resource's objects (not touches), as it happens, from the tracker that already
     * follows the whole content: views that must react to model changes need no content adapter of their own.
     */
    public void addChangeListener(Consumer<Notification> listener) {
        changeListeners.add(listener);
    }

    /** Stops passing changes to the listener. */
    public void removeChangeListener(Consumer<Notification> listener) {
        changeListeners.remove(listener);
    }

    /** True when edits wait to be saved. */
    public boolean hasUnsavedChanges() {
        return tracker != null && !tracker.isEmpty();
    }

    @Override
    public void load(Map<?, ?> options) throws IOException {
        if (isLoaded) {
            return;
        }
        boolean create = options != null && Boolean.TRUE.equals(options.get(OPTION_CREATE));
        isLoading = true;
        try {
            openConnection(create);
            Instant asOf = options == null ? null : (Instant) options.get(OPTION_AS_OF);
            ModelReader.Rewind rewind = null;
            if (asOf != null) {
                AsOf history = new AsOf(connection, dialect, mapping, asOf);
                history.checkRecorded(address.toString());
                rewind = history;
                this.asOf = asOf;
                writable = false;
            }
            ModelReader.Result result = new ModelReader(dialect, mapping).read(connection, rewind);
            connection.commit();
            getContents().addAll(result.roots());
            // Set after attaching: the reader already knows every id, so attaching need not walk the tree for them.
            setIntrinsicIDToEObjectMap(result.byId());
            states.putAll(result.states());
            result.problems().forEach(p -> getWarnings().add(new StoreDiagnostic(p, address)));
            startTracking();
        } catch (SQLException e) {
            closeConnection();
            throw failure("read", e);
        } catch (IOException | RuntimeException e) {
            closeConnection();
            throw e;
        } finally {
            isLoading = false;
        }
        Notification notification = setLoaded(true);
        if (notification != null) {
            eNotify(notification);
        }
        setModified(false);
    }

    /** Opens (creating if asked) and brings the schema up to date. */
    private void openConnection(boolean create) throws SQLException, StoreException {
        if (connection != null) {
            return;
        }
        connection = connectionDecorator.apply(dialect.open(address, create));
        writable = dialect.canWrite(connection);
        if (writable) {
            new SchemaManager(dialect, mapping).prepare(connection);
        }
        if (tracker == null) { // a reconnection keeps its place in the others' changes
            seenChangeSet = ChangeFeed.latest(connection, dialect);
        }
    }

    private void startTracking() {
        tracker = new ChangeTracker(this, notification -> changeListeners.forEach(l -> l.accept(notification)));
        eAdapters().add(tracker);
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        conversation.lock();
        try {
            saveLocked(options);
        } finally {
            conversation.unlock();
        }
    }

    private void saveLocked(Map<?, ?> options) throws IOException {
        boolean creation = tracker == null;
        if (creation) {
            createDatabaseForNewContents();
        } else if (connection == null) {
            reconnect(); // the server went away during an earlier save
        }
        if (asOf != null) {
            throw new StoreException("This is " + address + " as it was at " + asOf + ", which cannot be changed;"
                    + " open the database itself to edit it.");
        }
        if (!writable) {
            throw new StoreException(readOnlyMessage());
        }
        ModelWriter writer = new ModelWriter(dialect, mapping);
        ModelWriter.Plan plan = writer.plan(this, tracker, states);
        String note = options == null ? null : (String) options.get(OPTION_NOTE);
        ModelWriter.ChangeSetInfo info = new ModelWriter.ChangeSetInfo(author(), Instant.now(), note, creation);
        ModelWriter.Outcome outcome;
        try {
            outcome = writeReconnecting(writer, plan, info);
        } catch (SQLException e) {
            throw failure("save", e);
        }
        lastSave = outcome.report();
        if (outcome.changeSet() != 0) {
            ownChangeSets.add(outcome.changeSet());
        }
        ModelWriter.committed(plan, states, outcome.versions());
        tracker.committed(plan.objects(), plan.lists());
        if (tracker.isEmpty()) {
            setModified(false);
        }
    }

    /**
     * Writes the plan; when the server went away under this client (restarted, network lost), connects again
     * once and writes it there, since nothing of a lost transaction was committed.
     */
    private ModelWriter.Outcome writeReconnecting(ModelWriter writer, ModelWriter.Plan plan, ModelWriter.ChangeSetInfo info)
            throws SQLException, SaveConflictException {
        try {
            return writer.write(connection, plan, states, tracker, this, info);
        } catch (SQLException e) {
            if (!dialect.isConnectionLost(e)) {
                throw e;
            }
            closeConnectionQuietly();
            try {
                openConnection(false);
            } catch (StoreException reopen) {
                throw new SQLException(reopen.getMessage(), e.getSQLState(), reopen);
            }
            return writer.write(connection, plan, states, tracker, this, info);
        }
    }

    private void reconnect() throws StoreException {
        try {
            openConnection(false);
        } catch (SQLException e) {
            connection = null;
            throw failure("save", e);
        }
    }

    private void closeConnectionQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
        connection = null;
    }

    /** Who a change set names: the server's login, or this machine's user for an embedded database. */
    private String author() {
        return address instanceof DatabaseAddress.Server server ? server.effectiveUser() : System.getProperty("user.name");
    }

    private String readOnlyMessage() {
        String who = address instanceof DatabaseAddress.Server server ? server.effectiveUser() : "This user";
        return who + " may only read " + address + " (role atlas_viewer): nothing was sent. Ask the administrator"
                + " for the atlas_planner role to edit.";
    }

    /**
     * Brings in what other clients committed since this one last looked, keeping this client's unsaved edits;
     * returns what changed (empty when nothing did). Listeners hear the changes; nothing is marked to save.
     */
    public List<RemoteChange> refresh() throws StoreException {
        requireOpen();
        if (asOf != null || !conversation.tryLock()) {
            return List.of(); // a save is running: its end is a better moment to look
        }
        try {
            long latest = ChangeFeed.latest(connection, dialect);
            if (latest <= seenChangeSet) {
                return List.of();
            }
            List<RemoteChange> changes = new ChangeFeed(openModel())
                    .apply(connection, seenChangeSet, ownChangeSets);
            seenChangeSet = latest;
            return changes;
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("refresh", e);
        } finally {
            conversation.unlock();
        }
    }

    /** The history entries the query asks for, oldest first. */
    public List<HistoryEntry> history(HistoryQuery query) throws StoreException {
        requireOpen();
        conversation.lock();
        try {
            return new HistoryReader(dialect, mapping, this).read(connection, query);
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("read the history of", e);
        } finally {
            conversation.unlock();
        }
    }

    /**
     * Settles the conflicts of a refused save: for each, keep this client's edit (written over theirs by the next
     * save) or take theirs (this client's edit is dropped and the committed state brought in). Then save again.
     */
    public void resolve(Map<SaveConflict, Boolean> keepMine) throws StoreException {
        requireOpen();
        try {
            new ConflictResolution(openModel()).resolve(connection, keepMine);
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("resolve conflicts in", e);
        }
    }

    private OpenModel openModel() {
        return new OpenModel(dialect, mapping, this, states, tracker);
    }

    private void requireOpen() throws StoreException {
        if (connection == null) {
            throw new StoreException("The database " + address + " is not open.");
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure being reported says more
        }
    }

    /** A resource made in memory and saved for the first time: its database must be new and empty. */
    private void createDatabaseForNewContents() throws IOException {
        try {
            openConnection(true);
            ModelReader.Result existing = new ModelReader(dialect, mapping).read(connection);
            if (!existing.roots().isEmpty()) {
                throw new StoreException("The database " + address + " already holds a portfolio; open it instead of"
                        + " saving a new one over it.");
            }
        } catch (SQLException e) {
            closeConnection();
            throw failure("create", e);
        } catch (StoreException e) {
            closeConnection();
            throw e;
        }
        startTracking();
        // Everything already in memory is new to the database.
        getContents().forEach(tracker::markSubtree);
        tracker.reordered().add(new ChangeTracker.OrderedList(null, null));
    }

    @Override
    protected void doUnload() {
        if (tracker != null) {
            eAdapters().remove(tracker);
            tracker = null;
        }
        super.doUnload();
        states.clear();
        closeConnection();
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException ignored) {
            // the connection is going away either way
        }
        connection = null;
        dialect.close(address);
    }

    private StoreException failure(String action, SQLException e) {
        String explained = dialect.explain(e, address);
        if (explained != null) {
            return dialect.isBusy(e) ? new DatabaseBusyException(explained, e) : new StoreException(explained, e);
        }
        // Derby often says only "see the next exception": the chain holds the reason.
        StringBuilder reasons = new StringBuilder(String.valueOf(e.getMessage()));
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            reasons.append(" — ").append(next.getMessage());
        }
        return new StoreException("Could not " + action + " the database " + address + ": " + reasons, e);
    }

    /** Test seam: wraps the connection (to inject failures) before it is first used. */
    void decorateConnection(UnaryOperator<Connection> decorator) {
        this.connectionDecorator = decorator;
    }
}
