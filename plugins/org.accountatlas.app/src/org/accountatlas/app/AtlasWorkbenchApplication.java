package org.accountatlas.app;

import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.app.team.WorkbenchPasswords;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.StoreException;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.accountatlas.session.AtlasSession;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the workbench on the database given by {@code --db DIR} or {@code --db postgresql://…} (with
 * {@code --user}), or on the per-user default.
 */
public final class AtlasWorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Display display = PlatformUI.createDisplay();
        DatabaseAddress database;
        try {
            database = LaunchArguments.databaseOf(args);
        } catch (StoreException e) {
            MessageDialog.openError(null, AtlasWindowAdvisor.TITLE, e.getMessage());
            display.dispose();
            return IApplication.EXIT_OK;
        }
        WorkbenchPasswords.install(display);
        WorkbenchPasswords.askFirst(database);
        AtlasPreferences.opened(database.toString());
        AtlasSession session = new AtlasSession(database, new DiagramService(new Java2DMeasurer()));
        ActiveSession.start(session);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new AtlasWorkbenchAdvisor(session));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            ActiveSession.stop();
            session.close();
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
