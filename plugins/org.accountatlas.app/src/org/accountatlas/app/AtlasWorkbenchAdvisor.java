package org.accountatlas.app;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.accountatlas.ui.SessionPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Account Atlas workbench: opens in the Account Strategy perspective. */
final class AtlasWorkbenchAdvisor extends WorkbenchAdvisor {

    private final AtlasSession session;

    AtlasWorkbenchAdvisor(AtlasSession session) {
        this.session = session;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return AccountStrategyPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AtlasWindowAdvisor(configurer, session);
    }

    /**
     * Unsaved changes with no part left to show them (explorer and editors closed) are asked about here, so
     * exit never drops them silently. While parts are open the workbench asks, once, for the session's one
     * saveable. Exit Without Saving marks the session saved; a failed save keeps the workbench open.
     */
    @Override
    public boolean preShutdown() {
        if (!session.isOpen() || !session.isDirty() || anyPartShowsTheSession()) {
            return true;
        }
        var shell = getWorkbenchConfigurer().getWorkbench().getDisplay().getActiveShell();
        MessageDialog dialog = new MessageDialog(shell, AppMessages.Exit_title, null, AppMessages.Exit_prompt,
                MessageDialog.QUESTION, 0, AppMessages.Exit_save, AppMessages.Exit_discard, IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> ActiveSession.saveable().save(shell);
            case 1 -> {
                session.saved();
                yield true;
            }
            default -> false;
        };
    }

    private boolean anyPartShowsTheSession() {
        for (IWorkbenchWindow window : getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IWorkbenchPartReference reference : page.getViewReferences()) {
                    if (reference.getPart(false) instanceof SessionPart) {
                        return true;
                    }
                }
                for (IWorkbenchPartReference reference : page.getEditorReferences()) {
                    if (reference.getPart(false) instanceof SessionPart) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Account editors are not restored (the database opens afresh, so their accounts do not exist yet); the
     * workbench would otherwise show an error tab in their place from the last session's layout.
     */
    @Override
    public void postStartup() {
        for (IWorkbenchWindow window : getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                page.closeEditors(page.getEditorReferences(), false);
            }
        }
    }
}
