package org.accountatlas.app;

import org.accountatlas.ui.ActiveSession;
import org.accountatlas.session.AtlasSession;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.eclipse.ui.PlatformUI;

/** Waits, from a test thread, until the workbench has opened its database and the explorer shows it. */
public final class OpenedSession {

    private OpenedSession() {
    }

    public static AtlasSession await() throws InterruptedException {
        AtlasSession session = ActiveSession.get();
        if (session == null) {
            throw new AssertionError("the workbench was not started by the Account Atlas application");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (session.resource() != null && explorerHasInput()) {
                return session;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the database was not opened and shown within a minute");
    }

    private static boolean explorerHasInput() {
        AtomicBoolean shown = new AtomicBoolean();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            var view = (AtlasExplorerView) window.getActivePage().findView(AtlasExplorerView.ID);
            shown.set(view != null && view.viewer().getInput() != null);
        });
        return shown.get();
    }
}
