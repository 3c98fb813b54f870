package org.accountatlas.app;

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
}
