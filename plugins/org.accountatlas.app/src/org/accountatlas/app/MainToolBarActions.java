package org.accountatlas.app;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.app.problems.ProblemsView;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
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

    static Action newAccount(IWorkbenchWindow window) {
        Action action = new Action(AppMessages.Action_newAccount, icon("new_account")) {
            @Override
            public void run() {
                try {
                    AtlasExplorerView explorer = (AtlasExplorerView) window.getActivePage().showView(AtlasExplorerView.ID);
                    explorer.newTopLevelAccount();
                } catch (PartInitException e) {
                    throw new IllegalStateException(e);
                }
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
                IHandlerService handlers = window.getService(IHandlerService.class);
                Command command = window.getService(ICommandService.class).getCommand(EXPORT_ALL);
                try {
                    handlers.executeCommand(command.getId(), null);
                } catch (Exception notAvailable) {
                    // The diagram bundle is not installed: nothing to export from here.
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
                try {
                    ((ProblemsView) window.getActivePage().showView(ProblemsView.ID)).validate();
                } catch (PartInitException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        action.setId("org.accountatlas.app.validate");
        action.setToolTipText(AppMessages.Action_validateTip);
        return action;
    }
}
