package org.accountatlas.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.service.SampleDiagrams;
import org.accountatlas.edit.command.FollowUpCommandStack;
import org.accountatlas.edit.command.NamedChangesEditingDomain;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.provider.AtlasItemProviderAdapterFactory;
import org.accountatlas.sample.SamplePortfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * One portfolio opened for work, headless (Sirius's {@code Session} is the model): its database resource in a
 * resource set, the editing domain whose command stack every change goes through, and the diagram service.
 * The command line and the workbench both work through a session; the workbench adds only its UI around it.
 * <p>
 * A session is made closed, then opened once ({@link #open} or {@link #openOrCreateWithSample}), typically
 * in a background job while parts that need it wait with {@link #whenOpened}.
 */
public final class AtlasSession implements AutoCloseable {

    private final DatabaseAddress database;
    private final DiagramService diagrams;
    private final ResourceSet resourceSet = new ResourceSetImpl();
    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            List.of(new AtlasItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final FollowUpCommandStack commandStack = new FollowUpCommandStack();
    private final AdapterFactoryEditingDomain editingDomain = new NamedChangesEditingDomain(adapterFactory,
            commandStack, resourceSet);
    private final List<Consumer<AtlasSession>> openListeners = new ArrayList<>();
    private DatabaseResource resource;
    private java.time.Instant asOf;

    /** A closed session on the database in a directory, drawing diagrams with the service. */
    public AtlasSession(Path database, DiagramService diagrams) {
        this(new DatabaseAddress.Embedded(database.toAbsolutePath().normalize()), diagrams);
    }

    /** A closed session on the database (a directory or a server), drawing diagrams with the service. */
    public AtlasSession(DatabaseAddress database, DiagramService diagrams) {
        this.database = database;
        this.diagrams = diagrams;
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
    }

    /**
     * Makes this (not yet open) session show the portfolio as it was at the moment, read-only, instead of as it
     * is; returns it.
     */
    public synchronized AtlasSession asOf(java.time.Instant moment) {
        if (resource != null) {
            throw new IllegalStateException("The session on " + database + " is open already");
        }
        this.asOf = moment;
        return this;
    }

    /** Opens an existing database; fails, naming it, when there is none. */
    public synchronized AtlasSession open(IProgressMonitor monitor) throws IOException {
        if (resource == null) {
            SubMonitor.convert(monitor, "Opening " + database, 1);
            resource = asOf == null ? AtlasDatabase.open(resourceSet, database)
                    : AtlasDatabase.openAsOf(resourceSet, database, asOf);
            resource.addChangeListener(commandStack::notified);
            List.copyOf(openListeners).forEach(listener -> listener.accept(this));
            openListeners.clear();
        }
        return this;
    }

    /** Opens the database, creating it first with the sample portfolio and its diagrams when there is none. */
    public synchronized AtlasSession openOrCreateWithSample(IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        if (resource == null && !AtlasDatabase.exists(database)) {
            progress.subTask("Creating " + database + " with the sample portfolio");
            createWithSample(database, diagrams, new Date());
        }
        progress.worked(1);
        return open(progress.split(1));
    }

    /**
     * Creates a new database holding the sample portfolio and its diagrams, laid out. Returns what was
     * written; refuses a directory that already holds a portfolio.
     */
    public static Created createWithSample(Path database, DiagramService diagrams, Date today) throws IOException {
        return createWithSample(new DatabaseAddress.Embedded(database), diagrams, today);
    }

    /** Creates the sample portfolio with its diagrams at the address (a new directory, or an empty server database). */
    public static Created createWithSample(DatabaseAddress database, DiagramService diagrams, Date today)
            throws IOException {
        Portfolio sample = SamplePortfolio.build(today);
        List<Representation> representations = SampleDiagrams.of(sample);
        return create(database, sample, representations, diagrams);
    }

    /**
     * Creates a new database holding the portfolio and the diagrams (laid out first). The database appears under
     * its name only when complete: a failure or a kill leaves nothing that looks like one.
     */
    public static Created create(Path database, Portfolio portfolio, List<Representation> representations,
            DiagramService diagrams) throws IOException {
        return create(new DatabaseAddress.Embedded(database), portfolio, representations, diagrams);
    }

    /** Creates the portfolio and its diagrams at the address, whole or not at all. */
    public static Created create(DatabaseAddress database, Portfolio portfolio, List<Representation> representations,
            DiagramService diagrams) throws IOException {
        try {
            return AtlasDatabase.createWhole(database, created -> {
                created.getContents().add(portfolio);
                created.getContents().addAll(representations);
                representations.forEach(diagrams::refresh);
                created.save(null);
                return new Created(portfolio.getAccounts().size(), representations.size(),
                        created.lastSave().rowsWritten());
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** What {@link #create} wrote. */
    public record Created(int accounts, int diagrams, long rows) {
    }

    /** Runs the listener once the session is open (at once, when it already is), on the opening thread. */
    public synchronized void whenOpened(Consumer<AtlasSession> listener) {
        if (resource != null) {
            listener.accept(this);
        } else {
            openListeners.add(listener);
        }
    }

    /** Whether the session is open. */
    public synchronized boolean isOpen() {
        return resource != null;
    }

    /** Where the database is: a directory or a server. */
    public DatabaseAddress database() {
        return database;
    }

    /** The open database's resource (portfolio and diagrams are its roots); null before opening. */
    public synchronized DatabaseResource resource() {
        return resource;
    }

    /** The open portfolio. */
    public Portfolio portfolio() {
        return AtlasDatabase.portfolioOf(resource());
    }

    /** The diagrams of the open portfolio. */
    public List<Representation> representations() {
        return DiagramService.diagramsOf(resource());
    }

    /** The service creating, refreshing and laying out this session's diagrams. */
    public DiagramService diagrams() {
        return diagrams;
    }

    /** The item providers that label and describe the model's objects. */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The editing domain; every change to the model goes through its command stack, so it can be undone. */
    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    /** The command stack, on which open diagrams follow model changes up in the same undoable step. */
    public FollowUpCommandStack commandStack() {
        return commandStack;
    }

    /** Whether commands ran since the last save (undoing back to it makes the session clean again). */
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    /**
     * Writes every change in one transaction. On failure nothing is committed and every change stays in the
     * session, so the next save writes them again. Does not touch the command stack: call {@link #saved}
     * after it (in the workbench on the UI thread, since stack listeners update the UI).
     */
    public void save() throws IOException {
        resource().save(null);
    }

    /**
     * Brings in what others saved to a shared database since the last look, keeping this session's unsaved
     * edits; open parts follow (call on the thread that owns the model's views). Returns what changed.
     */
    public List<org.accountatlas.store.RemoteChange> refresh() throws IOException {
        List<org.accountatlas.store.RemoteChange> changes = resource().refresh();
        if (!changes.isEmpty()) {
            commandStack.changedOutside();
        }
        return changes;
    }

    /** Marks the current state of the command stack as the saved one. */
    public void saved() {
        commandStack.saveIsDone();
    }

    /**
     * Drops every unsaved change and reads the database again (as another process left it): the command stack
     * is emptied, objects are new, so holders of old ones must look them up again.
     */
    public synchronized void reload(IProgressMonitor monitor) throws IOException {
        SubMonitor.convert(monitor, "Reloading " + database, 1);
        commandStack.flush();
        if (resource != null) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            resource = null;
        }
        open(monitor);
    }

    /** Closes the database; unsaved changes are dropped. */
    @Override
    public synchronized void close() {
        adapterFactory.dispose();
        if (resource != null) {
            resource.unload();
            resource = null;
        }
    }

    /**
     * Model notifications of the open resource, as they happen (for views that follow changes cheaply). They
     * belong to the resource: after {@link #reload} a listener is added again, to the new one.
     */
    public void addChangeListener(Consumer<Notification> listener) {
        resource().addChangeListener(listener);
    }

    /** Stops passing notifications to the listener. */
    public void removeChangeListener(Consumer<Notification> listener) {
        DatabaseResource open = resource();
        if (open != null) {
            open.removeChangeListener(listener);
        }
    }
}
