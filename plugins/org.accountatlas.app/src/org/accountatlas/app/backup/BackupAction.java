package org.accountatlas.app.backup;

import java.nio.file.Path;
import java.time.LocalDate;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.DatabaseBackup;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File › Back Up…: the open database backed up with Derby's online backup into one archive, as a Job, while
 * the workbench keeps it open. What is not saved yet is not in the backup, and the dialog says so first.
 */
public final class BackupAction extends Action {

    private final IWorkbenchWindow window;

    public BackupAction(IWorkbenchWindow window) {
        super(Messages.Backup_action);
        this.window = window;
        setId("org.accountatlas.app.backup");
    }

    @Override
    public void run() {
        AtlasSession session = ActiveSession.get();
        if (session == null || session.resource() == null) {
            return;
        }
        if (!(session.database() instanceof DatabaseAddress.Embedded embedded)) {
            MessageDialog.openInformation(window.getShell(), Messages.Backup_title, Messages.Backup_onServer);
            return;
        }
        if (session.isDirty() && !MessageDialog.openConfirm(window.getShell(), Messages.Backup_title,
                Messages.Backup_unsaved)) {
            return;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        dialog.setText(Messages.Backup_title);
        dialog.setFilterExtensions(new String[] { "*.zip" });
        dialog.setFileName(embedded.directory().getFileName() + "-" + LocalDate.now() + ".zip");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            backUp(session, Path.of(chosen));
        }
    }

    /** Backs up in a Job; the status line says where the archive went, or why there is none. */
    public Job backUp(AtlasSession session, Path archive) {
        Job job = Job.create(NLS.bind(Messages.Backup_job, archive.getFileName()), (IProgressMonitor monitor) -> {
            try {
                long size = DatabaseBackup.backUp(((DatabaseAddress.Embedded) session.database()).directory(), archive, true);
                say(NLS.bind(Messages.Backup_done, archive, size >> 10), false);
                return Status.OK_STATUS;
            } catch (Exception e) {
                say(NLS.bind(Messages.Backup_failed, e.getMessage()), true);
                return Status.info(e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void say(String message, boolean error) {
        window.getShell().getDisplay().asyncExec(() -> {
            if (window.getActivePage() == null || window.getActivePage().getActivePart() == null) {
                return;
            }
            var site = window.getActivePage().getActivePart().getSite();
            var status = site instanceof org.eclipse.ui.IViewSite view ? view.getActionBars().getStatusLineManager()
                    : site instanceof org.eclipse.ui.IEditorSite editor ? editor.getActionBars().getStatusLineManager()
                    : null;
            if (status != null) {
                if (error) {
                    status.setErrorMessage(message);
                } else {
                    status.setMessage(message);
                }
            }
        });
    }
}
