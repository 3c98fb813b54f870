package org.accountatlas.app;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The planners' and strategists' perspective: explorer, editors, Properties, Model Problems and History; Outline on demand. */
public final class AccountStrategyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.accountatlas.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(AtlasExplorerView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.6f, layout.getEditorArea());
        org.eclipse.ui.IFolderLayout checks = layout.createFolder("org.accountatlas.app.checks", IPageLayout.RIGHT, 0.55f,
                IPageLayout.ID_PROP_SHEET);
        checks.addView(org.accountatlas.app.problems.ProblemsView.ID);
        checks.addView(org.accountatlas.app.team.HistoryView.ID);
        // Window › Show View offers these, so a view closed by mistake comes back.
        layout.addShowViewShortcut(AtlasExplorerView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(org.accountatlas.app.problems.ProblemsView.ID);
        layout.addShowViewShortcut(org.accountatlas.app.team.HistoryView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
    }
}
