package org.accountatlas.app.imports;

import java.nio.file.Path;
import java.util.List;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.importer.ImportKind;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * File › Import › Accounts or Contacts from CSV: choose and preview the file, correct the column mapping, see
 * the dry run, then import as a Job. The import becomes one undoable change of the open portfolio.
 */
public final class ImportWizard extends Wizard implements IImportWizard {

    private final ImportRequest request = new ImportRequest();
    private ImportSourcePage sourcePage;
    private ImportMappingPage mappingPage;
    private ImportReviewPage reviewPage;
    private ImportJob job;

    /** For the workbench's Import dialog: the kind is chosen on the first page. */
    public ImportWizard() {
        this(null, null);
    }

    /** For the File › Import menu: the kind is preset; a file, if given, is read at once (tests use it). */
    public ImportWizard(ImportKind kind, Path file) {
        request.kind = kind;
        request.file = file;
        setWindowTitle(Messages.Import_windowTitle);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // The open portfolio is the target; the selection does not matter.
    }

    @Override
    public void addPages() {
        sourcePage = new ImportSourcePage(request, accountNames());
        mappingPage = new ImportMappingPage(request);
        reviewPage = new ImportReviewPage(request, this::portfolio, mappingPage::mapping);
        addPage(sourcePage);
        addPage(mappingPage);
        addPage(reviewPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == reviewPage && reviewPage.isReady();
    }

    @Override
    public boolean performFinish() {
        AtlasSession session = ActiveSession.get();
        Display display = getShell().getDisplay();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        job = new ImportJob(request, session, display, status -> display.asyncExec(() -> report(window, status)));
        job.schedule();
        return true;
    }

    /** The job of the last Finish, for tests and for whoever wants to wait for it. */
    public Job job() {
        return job;
    }

    ImportMappingPage mappingPage() {
        return mappingPage;
    }

    private static void report(IWorkbenchWindow window, IStatus status) {
        if (window == null || window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        if (status.matches(IStatus.ERROR)) {
            MessageDialog.openError(window.getShell(), Messages.Import_failedTitle, status.getMessage());
        } else if (window.getActivePage() != null && window.getActivePage().getActivePart() != null
                && window.getActivePage().getActivePart().getSite() instanceof IViewSite site) {
            site.getActionBars().getStatusLineManager().setMessage(status.getMessage());
        }
    }

    private Portfolio portfolio() {
        return AtlasDatabase.portfolioOf(ActiveSession.get().resource());
    }

    private List<String> accountNames() {
        AtlasSession session = ActiveSession.get();
        if (session == null || session.resource() == null) {
            return List.of();
        }
        return portfolio().getAccounts().stream().map(Account::getName).filter(n -> n != null).sorted().toList();
    }
}
