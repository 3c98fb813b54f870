package org.accountatlas.app.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.review.AccountReview;
import org.accountatlas.review.ReviewPage;
import org.accountatlas.review.ReviewWriter;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * File › Export › Account Review Pack…: the selected account's review pack (or one chosen from a list when none is
 * selected) as a PDF with bookmarks or a PowerPoint deck with native text, tables and maps. The pages are taken
 * from the model on the UI thread, where edits happen; the file is written in a Job.
 */
public final class ReviewPackAction extends Action {

    private final IWorkbenchWindow window;

    /** The action of the window's File › Export menu. */
    public ReviewPackAction(IWorkbenchWindow window) {
        super(Messages.ReviewPack_action);
        this.window = window;
        setId("org.accountatlas.app.reviewPack");
        setToolTipText(Messages.ReviewPack_tooltip);
    }

    @Override
    public void run() {
        AtlasSession session = ActiveSession.get();
        if (session == null || session.resource() == null) {
            return;
        }
        Account account = selectedAccount();
        if (account == null) {
            account = chooseAccount(session);
            if (account == null) {
                return;
            }
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        dialog.setText(LegacyActionTools.removeMnemonics(Messages.ReviewPack_action));
        dialog.setFilterExtensions(new String[] { "*.pdf", "*.pptx" });
        dialog.setFileName(DiagramService.fileNameOf(account.getName()) + "-review.pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            write(session, account, Path.of(chosen));
        }
    }

    /** Writes the account's pack to the file (PDF, or PowerPoint for .pptx) in a Job; answers the Job. */
    public Job write(AtlasSession session, Account account, Path file) {
        List<ReviewPage> pages = AccountReview.pages(account, session.diagrams(), LocalDate.now());
        boolean deck = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx");
        var status = window.getActivePage() != null && window.getActivePage().getActivePart() != null
                && window.getActivePage().getActivePart().getSite() instanceof org.eclipse.ui.IViewSite view
                ? view.getActionBars().getStatusLineManager() : null;
        Job job = Job.create(NLS.bind(Messages.ReviewPack_job, account.getName()), (IProgressMonitor monitor) -> {
            try {
                if (deck) {
                    ReviewWriter.pptx(pages, file);
                } else {
                    ReviewWriter.pdf(pages, file);
                }
                say(status, NLS.bind(Messages.ReviewPack_done, file), false);
                return Status.OK_STATUS;
            } catch (java.io.IOException e) {
                say(status, NLS.bind(Messages.ReviewPack_failed, e.getMessage()), true);
                return Status.info(e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void say(org.eclipse.jface.action.IStatusLineManager status, String message, boolean error) {
        if (status == null || window.getShell().isDisposed()) {
            return;
        }
        window.getShell().getDisplay().asyncExec(() -> {
            if (error) {
                status.setErrorMessage(message);
            } else {
                status.setMessage(message);
            }
        });
    }

    /** The account of what is selected (an account, or anything inside one), or null. */
    private Account selectedAccount() {
        if (window.getSelectionService().getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof EObject element) {
            return ModelQueries.accountOf(element);
        }
        return null;
    }

    private Account chooseAccount(AtlasSession session) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Account) element).getName();
            }
        });
        dialog.setTitle(LegacyActionTools.removeMnemonics(Messages.ReviewPack_action));
        dialog.setMessage(Messages.ReviewPack_choose);
        dialog.setElements(session.portfolio().getAccounts().toArray());
        return dialog.open() == org.eclipse.jface.window.Window.OK ? (Account) dialog.getFirstResult() : null;
    }
}
