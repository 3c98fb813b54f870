package org.accountatlas.app.imports;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportPlan;
import org.accountatlas.importer.ImportSummary;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Runs an import: the file is checked against the portfolio away from the UI thread, then the changes are made
 * on it as one command, so Undo takes the whole import back and Save writes it in one transaction. If the
 * portfolio was edited in between, the plan is made again first.
 */
final class ImportJob extends Job {

    private static final String PLUGIN_ID = "org.accountatlas.app";

    private final ImportRequest request;
    private final AtlasSession session;
    private final Display display;
    private final Consumer<IStatus> done;

    ImportJob(ImportRequest request, AtlasSession session, Display display, Consumer<IStatus> done) {
        super(NLS.bind(Messages.Import_jobName, request.file.getFileName()));
        this.request = request;
        this.session = session;
        this.display = display;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), 2);
        Portfolio portfolio = AtlasDatabase.portfolioOf(session.resource());
        CommandStack stack = session.editingDomain().getCommandStack();
        AtomicReference<Command> lastCommand = new AtomicReference<>();
        display.syncExec(() -> lastCommand.set(stack.getMostRecentCommand()));
        try {
            monitor.subTask(Messages.Import_checking);
            ImportPlan plan = planOffUiThread(portfolio);
            monitor.worked(1);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            monitor.subTask(Messages.Import_applying);
            AtomicReference<IStatus> status = new AtomicReference<>();
            display.syncExec(() -> status.set(apply(portfolio, stack,
                    plan != null && stack.getMostRecentCommand() == lastCommand.get() ? plan : null)));
            monitor.worked(1);
            done.accept(status.get());
            return Status.OK_STATUS;
        } catch (ImportFailedException e) {
            IStatus failed = new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage());
            done.accept(failed);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** Null when the portfolio changed under the planner; the plan is then made on the UI thread. */
    private ImportPlan planOffUiThread(Portfolio portfolio) throws ImportFailedException {
        try {
            return request.planFirst(portfolio);
        } catch (java.util.ConcurrentModificationException edited) {
            return null;
        }
    }

    /** On the UI thread: one command for the whole import; a failure half-way is undone at once. */
    private IStatus apply(Portfolio portfolio, CommandStack stack, ImportPlan fresh) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Runnable changes = () -> {
            try {
                outcome.set(fresh != null ? request.applyAll(portfolio, fresh) : request.importInto(portfolio));
            } catch (ImportFailedException e) {
                outcome.set(e);
            }
        };
        String label = NLS.bind(Messages.Import_commandLabel, request.file.getFileName());
        ChangeCommand command = new ChangeCommand(session.resource()) {
            @Override
            protected void doExecute() {
                changes.run();
            }
        };
        command.setLabel(label);
        stack.execute(command);
        if (outcome.get() instanceof ImportFailedException e) {
            stack.undo();
            return new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage());
        }
        @SuppressWarnings("unchecked")
        List<ImportSummary> summaries = (List<ImportSummary>) outcome.get();
        StringBuilder text = new StringBuilder();
        summaries.forEach(s -> text.append(text.isEmpty() ? "" : "; ").append(s.counts()));
        return new Status(IStatus.OK, PLUGIN_ID, text.toString());
    }
}
