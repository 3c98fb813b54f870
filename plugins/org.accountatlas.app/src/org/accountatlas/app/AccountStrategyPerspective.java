package org.accountatlas.app;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The planners' and strategists' perspective; its views come with the workbench issues. */
public final class AccountStrategyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.accountatlas.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(AtlasExplorerView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.6f, layout.getEditorArea());
        layout.addView(org.accountatlas.app.problems.ProblemsView.ID, IPageLayout.RIGHT, 0.55f, IPageLayout.ID_PROP_SHEET);
    }
}
