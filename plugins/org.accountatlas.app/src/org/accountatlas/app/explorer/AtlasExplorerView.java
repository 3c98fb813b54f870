package org.accountatlas.app.explorer;

import org.accountatlas.app.WorkbenchSession;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The Atlas Explorer: the portfolio's accounts, their groups, departments and people. */
public final class AtlasExplorerView extends ViewPart {

    public static final String ID = "org.accountatlas.app.explorer";

    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ExplorerContentProvider());
        viewer.setLabelProvider(new ExplorerLabelProvider());
        getSite().setSelectionProvider(viewer);
        WorkbenchSession session = WorkbenchSession.current();
        if (session != null) {
            session.whenOpened(resource -> parent.getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.setInput(AtlasDatabase.portfolioOf(resource));
                }
            }));
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
