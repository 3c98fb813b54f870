package org.accountatlas.app.internal.explorer;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * The explorer's tree as the view and the explorer benchmark both set it up: hashed lookup, the portfolio's
 * content, the name, quick and "gone" filters, and styled labels.
 */
public final class ExplorerTree {

    private final NameFilter nameFilter;
    private final QuickFilter quickFilter;

    private ExplorerTree(TreeViewer viewer) {
        viewer.setUseHashlookup(true);
        ExplorerContentProvider content = new ExplorerContentProvider();
        viewer.setContentProvider(content);
        nameFilter = new NameFilter(content);
        viewer.addFilter(nameFilter);
        quickFilter = new QuickFilter(content);
        viewer.addFilter(quickFilter);
        viewer.addFilter(new GoneFilter());
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ExplorerLabelProvider()));
    }

    public static ExplorerTree configure(TreeViewer viewer) {
        return new ExplorerTree(viewer);
    }

    NameFilter nameFilter() {
        return nameFilter;
    }

    QuickFilter quickFilter() {
        return quickFilter;
    }

    /** Sets the name filter; true when it changed. Callers refresh and expand, as the view does. */
    public boolean filterByName(String text) {
        return nameFilter.setText(text);
    }
}
