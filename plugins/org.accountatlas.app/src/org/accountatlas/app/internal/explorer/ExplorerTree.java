package org.accountatlas.app.internal.explorer;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * The explorer's tree as the view and the explorer benchmark both set it up: hashed lookup, the portfolio's
 * content, the name, quick and "gone" filters, and styled labels.
 */
public final class ExplorerTree {

    private final TreeViewer viewer;
    private final NameFilter nameFilter;
    private final QuickFilter quickFilter;

    private ExplorerTree(TreeViewer viewer) {
        this.viewer = viewer;
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

    /** The most matches a name filter opens the tree to. */
    static final int MOST_OPENED = 200;

    /**
     * Filters by name as the view does: the tree keeps the matches and the paths to them and opens only to the
     * first {@value #MOST_OPENED} matches, a filter matching thousands stays quick. False when nothing changed.
     */
    public boolean filterByName(String text) {
        if (!nameFilter.setText(text)) {
            return false;
        }
        viewer.getControl().setRedraw(false);
        try {
            viewer.refresh();
            if (nameFilter.isActive()) {
                ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
                viewer.setExpandedElements(nameFilter.toOpenForFirstMatches(content.getElements(viewer.getInput()),
                        MOST_OPENED).toArray());
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
        return true;
    }
}
