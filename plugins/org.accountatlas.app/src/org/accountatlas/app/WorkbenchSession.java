package org.accountatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.accountatlas.diagram.mapping.SampleDiagrams;
import org.accountatlas.edit.command.FollowUpCommandStack;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.accountatlas.model.provider.AtlasItemProviderAdapterFactory;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The database the workbench works on. On first use the default database is created with the sample
 * portfolio, so a new user opens something to explore.
 */
public final class WorkbenchSession {

    private static volatile WorkbenchSession current;

    private final Path database;
    private final ResourceSet resourceSet = new ResourceSetImpl();
    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            List.of(new AtlasItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    /** Every change to the model goes through this domain's command stack, so it can be undone. */
    private final FollowUpCommandStack commandStack = new FollowUpCommandStack();
    private final AdapterFactoryEditingDomain editingDomain = new AdapterFactoryEditingDomain(adapterFactory,
            commandStack, resourceSet);
    private DatabaseResource resource;
    private final List<Consumer<DatabaseResource>> openListeners = new ArrayList<>();

    WorkbenchSession(Path database) {
        this.database = database;
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
        current = this;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    /** The session's command stack, on which open diagrams follow model changes up in the same step. */
    public FollowUpCommandStack commandStack() {
        return commandStack;
    }

    /** The session of the running workbench, or null outside it. */
    public static WorkbenchSession current() {
        return current;
    }

    public Path database() {
        return database;
    }

    /** Opens the database, creating it with the sample first when it does not exist. Runs outside the UI thread. */
    public synchronized DatabaseResource open(IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        if (resource != null) {
            return resource;
        }
        if (!AtlasDatabase.exists(database)) {
            progress.subTask("Creating " + database + " with the sample portfolio");
            DatabaseResource created = AtlasDatabase.create(resourceSet, database);
            Portfolio sample = SamplePortfolio.build(new Date());
            created.getContents().add(sample);
            created.getContents().addAll(SampleDiagrams.of(sample));
            created.save(null);
            created.unload();
            resourceSet.getResources().remove(created);
        }
        progress.worked(1);
        progress.subTask("Opening " + database);
        resource = AtlasDatabase.open(resourceSet, database);
        progress.worked(1);
        openListeners.forEach(listener -> listener.accept(resource));
        openListeners.clear();
        return resource;
    }

    /** Runs the listener, on the opening thread, once the database is open (at once when it already is). */
    public synchronized void whenOpened(Consumer<DatabaseResource> listener) {
        if (resource != null) {
            listener.accept(resource);
        } else {
            openListeners.add(listener);
        }
    }

    /** Whether there are changes the database does not have yet. */
    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    /**
     * Writes the changes in one transaction. Safe off the UI thread while the user cannot edit (the save dialog
     * is modal); on failure nothing is committed and every change stays, so the next save writes them again.
     */
    public void save() throws IOException {
        resource().save(null);
    }

    /** Marks the current state as saved; on the UI thread, since command stack listeners update the UI. */
    public void saved() {
        ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
    }

    public synchronized DatabaseResource resource() {
        return resource;
    }

    synchronized void close() {
        adapterFactory.dispose();
        if (resource != null) {
            resource.unload();
            resource = null;
        }
    }
}
