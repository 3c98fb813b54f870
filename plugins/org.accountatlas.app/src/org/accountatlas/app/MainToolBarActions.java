package org.accountatlas.app;

import java.util.function.Consumer;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.app.problems.ProblemsView;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The tool bar's own buttons beside Save, Undo and Redo: New account (made in the explorer, its name open for
 * typing), Export all diagrams, and Validate (the Problems view, checked again). Import is the File menu's
 * action with an icon.
 */
final class MainToolBarActions {

    private static final String EXPORT_ALL = "org.accountatlas.diagram.ui.exportAll";

    private MainToolBarActions() {
    }

    static ImageDescriptor icon(String name) {
        return ImageDescriptor.createFromURL(MainToolBarActions.class.getResource("/icons/" + name + ".png"));
    }

    /** Brings the view forward (opening it when it was closed) and gives it to the work. */
    private static <V> void inView(IWorkbenchWindow window, String id, Class<V> type, Consumer<V> work) {
        try {
            work.accept(type.cast(window.getActivePage().showView(id)));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    static Action newAccount(IWorkbenchWindow window) {
        Action action = new Action(AppMessages.Action_newAccount, icon("new_account")) {
            @Override
            public void run() {
                inView(window, AtlasExplorerView.ID, AtlasExplorerView.class, AtlasExplorerView::newTopLevelAccount);
            }
        };
        action.setId("org.accountatlas.app.newAccount");
        action.setToolTipText(AppMessages.Action_newAccountTip);
        return action;
    }

    static Action exportAll(IWorkbenchWindow window) {
        Action action = new Action(AppMessages.Action_export, icon("export")) {
            @Override
            public void run() {
                try {
                    window.getService(IHandlerService.class).executeCommand(EXPORT_ALL, null);
                } catch (NotDefinedException | NotHandledException notInstalled) {
                    // Without the diagram bundle there is nothing to export; other failures are the handler's to say.
                } catch (ExecutionException | NotEnabledException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        action.setId("org.accountatlas.app.exportAll");
        action.setToolTipText(AppMessages.Action_exportTip);
        return action;
    }

    static Action validate(IWorkbenchWindow window) {
        Action action = new Action(AppMessages.Action_validate, icon("validate")) {
            @Override
            public void run() {
                inView(window, ProblemsView.ID, ProblemsView.class, ProblemsView::validate);
            }
        };
        action.setId("org.accountatlas.app.validate");
        action.setToolTipText(AppMessages.Action_validateTip);
        return action;
    }

    static Action dashboard(IWorkbenchWindow window) {
        Action action = new Action(AppMessages.Action_dashboard, icon("dashboard")) {
            @Override
            public void run() {
                org.accountatlas.app.dashboard.DashboardEditor.open(window.getActivePage());
            }
        };
        action.setId("org.accountatlas.app.dashboard");
        action.setToolTipText(AppMessages.Action_dashboardTip);
        return action;
    }
}
