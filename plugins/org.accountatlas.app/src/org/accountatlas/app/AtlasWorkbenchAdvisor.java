package org.accountatlas.app;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Account Atlas workbench: opens in the Account Strategy perspective. */
final class AtlasWorkbenchAdvisor extends WorkbenchAdvisor {

    private final WorkbenchSession session;

    AtlasWorkbenchAdvisor(WorkbenchSession session) {
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
