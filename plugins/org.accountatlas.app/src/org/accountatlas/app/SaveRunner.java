package org.accountatlas.app;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressService;

/**
 * Saves the session off the UI thread behind the workbench's modal progress dialog, which shows itself when
 * the save takes more than a moment (a large import writes hundreds of thousands of rows) and keeps the
 * window painting meanwhile. Every part that saves (explorer, account editors) saves through here.
 */
public final class SaveRunner {

    private SaveRunner() {
    }

    /** True when saved; a failure says why in a dialog and keeps every edit. */
    public static boolean save(Shell shell, WorkbenchSession session) {
        IProgressService progress = PlatformUI.getWorkbench().getProgressService();
        try {
            progress.run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(NLS.bind(AppMessages.Save_progress, session.database()), IProgressMonitor.UNKNOWN);
                try {
                    session.save();
                } catch (java.io.IOException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            session.saved();
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            ILog.of(SaveRunner.class).error("Saving to " + session.database() + " failed", cause);
            MessageDialog.openError(shell, AppMessages.Save_failed, cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
