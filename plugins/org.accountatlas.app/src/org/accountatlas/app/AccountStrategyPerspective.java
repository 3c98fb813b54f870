package org.accountatlas.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The planners' and strategists' perspective; its views come with the workbench issues. */
public final class AccountStrategyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.accountatlas.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(org.accountatlas.app.explorer.AtlasExplorerView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.6f, layout.getEditorArea());
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(org.accountatlas.app.problems.ProblemsView.ID);
    }
}
