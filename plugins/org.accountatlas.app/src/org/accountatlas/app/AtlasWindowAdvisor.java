package org.accountatlas.app;

import org.accountatlas.session.AtlasSession;
import java.io.IOException;

import org.accountatlas.model.Portfolio;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Titles the window after the database and opens it in a job, so the window never waits for Derby. */
final class AtlasWindowAdvisor extends WorkbenchWindowAdvisor {

    static final String TITLE = "Account Atlas";

    private final AtlasSession session;

    AtlasWindowAdvisor(IWorkbenchWindowConfigurer configurer, AtlasSession session) {
        super(configurer);
        this.session = session;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new AtlasActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowStatusLine(true);
        configurer.setShowCoolBar(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(TITLE + " — " + session.database());
    }

    @Override
    public void postWindowOpen() {
        Job open = Job.create("Opening " + session.database(), (IProgressMonitor monitor) -> {
            try {
                Portfolio portfolio = session.openOrCreateWithSample(monitor).portfolio();
                showSummary(portfolio);
                org.accountatlas.app.backup.BackupOnOpen.scheduleIfWanted(session);
                asyncInWindow(() -> org.accountatlas.app.team.TeamRefresh.startIfShared(
                        getWindowConfigurer().getWindow().getShell().getDisplay(), session,
                        getWindowConfigurer().getActionBarConfigurer().getStatusLineManager()::setMessage));
                asyncInWindow(this::showStartPage);
                // Imports, new accounts, deletions and their undo change the count: the summary follows.
                session.commandStack().addCommandStackListener(event -> showSummary(session.portfolio()));
                return Status.OK_STATUS;
            } catch (IOException e) {
                showFailure(e.getMessage());
                return Status.CANCEL_STATUS;
            }
        });
        open.setUser(true);
        open.schedule();
    }

    private void showSummary(Portfolio portfolio) {
        String summary = org.eclipse.osgi.util.NLS.bind(AppMessages.Status_summary,
                new Object[] { portfolio.getName(), portfolio.getAccounts().size(), session.database() });
        asyncInWindow(() -> {
            var statusLine = getWindowConfigurer().getActionBarConfigurer().getStatusLineManager();
            if (statusLine.find(SummaryField.ID) instanceof SummaryField field) {
                field.setText(summary);
            }
        });
    }

    /** The start page fills the editor area when nothing else is open there. */
    private void showStartPage() {
        org.eclipse.ui.IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        if (page != null && page.getEditorReferences().length == 0) {
            try {
                page.openEditor(org.accountatlas.app.start.StartInput.INSTANCE, org.accountatlas.app.start.StartEditor.ID,
                        false);
            } catch (org.eclipse.ui.PartInitException e) {
                org.eclipse.core.runtime.ILog.of(getClass()).error("The start page did not open", e);
            }
        }
    }

    private void showFailure(String message) {
        asyncInWindow(() -> MessageDialog.openError(getWindowConfigurer().getWindow().getShell(), TITLE, message));
    }

    private void asyncInWindow(Runnable runnable) {
        var display = getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

}
