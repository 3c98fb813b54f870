package org.accountatlas.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.accountatlas.store.internal.ChangeTracker;
import org.accountatlas.store.internal.ModelReader;
import org.accountatlas.store.internal.ModelWriter;
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

    private final SqlDialect dialect;
    private final SchemaMapping mapping;
    private final Map<EObject, RowState> states = new IdentityHashMap<>();
    private Connection connection;
    private ChangeTracker tracker;
    private final List<Consumer<Notification>> changeListeners = new CopyOnWriteArrayList<>();
    private SaveReport lastSave = SaveReport.NOTHING;
    private UnaryOperator<Connection> connectionDecorator = UnaryOperator.identity();

    /** A resource for the database at the URI, speaking the dialect, storing the model as the mapping says. */
    public DatabaseResource(URI uri, SqlDialect dialect, SchemaMapping mapping) {
        super(uri);
        this.dialect = dialect;
        this.mapping = mapping;
    }

    /** The database directory this resource is kept in. */
    public Path location() {
        return Path.of(URI.decode(getURI().path()));
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
            ModelReader.Result result = new ModelReader(dialect, mapping).read(connection);
            getContents().addAll(result.roots());
            // Set after attaching: the reader already knows every id, so attaching need not walk the tree for them.
            setIntrinsicIDToEObjectMap(result.byId());
            states.putAll(result.states());
            result.problems().forEach(p -> getWarnings().add(new StoreDiagnostic(p, location())));
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
        connection = connectionDecorator.apply(dialect.open(location(), create));
        new SchemaManager(dialect, mapping).prepare(connection);
    }

    private void startTracking() {
        tracker = new ChangeTracker(this, notification -> changeListeners.forEach(l -> l.accept(notification)));
        eAdapters().add(tracker);
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        if (connection == null) {
            createDatabaseForNewContents();
        }
        ModelWriter writer = new ModelWriter(dialect, mapping);
        ModelWriter.Plan plan = writer.plan(this, tracker, states);
        try {
            lastSave = writer.write(connection, plan, states);
        } catch (SQLException e) {
            throw failure("save", e);
        }
        ModelWriter.committed(plan, states);
        tracker.committed(plan.objects(), plan.lists());
        if (tracker.isEmpty()) {
            setModified(false);
        }
    }

    /** A resource made in memory and saved for the first time: its database must be new and empty. */
    private void createDatabaseForNewContents() throws IOException {
        try {
            openConnection(true);
            ModelReader.Result existing = new ModelReader(dialect, mapping).read(connection);
            if (!existing.roots().isEmpty()) {
                throw new StoreException("The database " + location() + " already holds a portfolio; open it instead of"
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
        dialect.close(location());
    }

    private StoreException failure(String action, SQLException e) {
        String explained = dialect.explain(e, location());
        if (explained != null) {
            return dialect.isBusy(e) ? new DatabaseBusyException(explained, e) : new StoreException(explained, e);
        }
        // Derby often says only "see the next exception": the chain holds the reason.
        StringBuilder reasons = new StringBuilder(String.valueOf(e.getMessage()));
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            reasons.append(" — ").append(next.getMessage());
        }
        return new StoreException("Could not " + action + " the database " + location() + ": " + reasons, e);
    }

    /** Test seam: wraps the connection (to inject failures) before it is first used. */
    void decorateConnection(UnaryOperator<Connection> decorator) {
        this.connectionDecorator = decorator;
    }
}
