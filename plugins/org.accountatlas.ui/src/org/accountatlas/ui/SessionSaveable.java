package org.accountatlas.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.SaveConflictException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.IShellProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.progress.IJobRunnable;
import org.eclipse.ui.progress.IProgressService;

/**
 * The portfolio as the workbench saves it (Sirius's {@code SessionSaveable} is the model): one saveable for
 * every part, dirty while the session has unsaved changes. Saving runs off the UI thread behind the modal
 * progress dialog, which shows itself when the save takes more than a moment; a failure says why and keeps
 * every edit.
 */
public final class SessionSaveable extends Saveable {

    private final AtlasSession session;

    /** The saveable of a session; the workbench has one for its active session ({@link ActiveSession#saveable()}). */
    public SessionSaveable(AtlasSession session) {
        this.session = session;
    }

    @Override
    public String getName() {
        return NLS.bind(UiMessages.Saveable_name, session.database().shortName());
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(UiMessages.Saveable_tooltip, session.database());
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public boolean isDirty() {
        return session.isOpen() && session.isDirty();
    }

    /** A failed save cancels the monitor, so the workbench does not go on closing as if it had saved. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        doSave(monitor, null);
    }

    /** Saves now (no background job is returned); a failure cancels the monitor. */
    @Override
    public IJobRunnable doSave(IProgressMonitor monitor, IShellProvider shellProvider) {
        if (!save(shellProvider == null ? activeShell() : shellProvider.getShell()) && monitor != null) {
            monitor.setCanceled(true);
        }
        return null;
    }

    /** Saves behind a progress dialog; true when saved, false (after saying why) when not. */
    public boolean save(Shell shell) {
        IProgressService progress = PlatformUI.getWorkbench().getProgressService();
        try {
            progress.run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(NLS.bind(UiMessages.Save_progress, session.database()), IProgressMonitor.UNKNOWN);
                try {
                    session.save();
                } catch (IOException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            session.saved();
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SaveConflictException conflict) {
                return settle(shell, conflict);
            }
            ILog.of(SessionSaveable.class).error("Saving to " + session.database() + " failed", cause);
            MessageDialog.openError(shell, UiMessages.Save_failed, cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lets the user choose, line by line, whose edit stays; then saves again (it may meet new conflicts). */
    private boolean settle(Shell shell, SaveConflictException refused) {
        ConflictDialog dialog = new ConflictDialog(shell, refused.conflicts());
        if (dialog.open() != org.eclipse.jface.window.Window.OK) {
            return false;
        }
        try {
            session.resource().resolve(dialog.choices());
        } catch (IOException e) {
            MessageDialog.openError(shell, UiMessages.Save_failed, e.getMessage());
            return false;
        }
        return save(shell);
    }

    private static Shell activeShell() {
        return Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionSaveable saveable && saveable.session == session;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(session);
    }
}
