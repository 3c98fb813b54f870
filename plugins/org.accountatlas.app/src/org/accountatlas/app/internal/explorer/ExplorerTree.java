package org.accountatlas.app.internal.explorer;

import java.util.Objects;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * The explorer's tree as the view and the explorer benchmark both set it up: hashed lookup, the portfolio's
 * content, the name, quick and "gone" filters, and styled labels. Filtering is two steps: a search over the
 * model ({@link #search}, any thread) and applying its result to the tree ({@link #apply}, UI thread).
 */
public final class ExplorerTree {

    /** The most matches a filter opens the tree to. */
    static final int MOST_OPENED = 200;

    private final TreeViewer viewer;
    private final ExplorerContentProvider content;
    private final NameFilter nameFilter;
    private final QuickFilter quickFilter;

    private ExplorerTree(TreeViewer viewer) {
        this.viewer = viewer;
        viewer.setUseHashlookup(true);
        content = new ExplorerContentProvider();
        viewer.setContentProvider(content);
        nameFilter = new NameFilter();
        viewer.addFilter(nameFilter);
        quickFilter = new QuickFilter();
        viewer.addFilter(quickFilter);
        viewer.addFilter(new GoneFilter());
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ExplorerLabelProvider()));
    }

    public static ExplorerTree configure(TreeViewer viewer) {
        return new ExplorerTree(viewer);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    QuickFilter quickFilter() {
        return quickFilter;
    }

    ITreeContentProvider content() {
        return content;
    }

    /** A search for the text and the quick filters as chosen now; taken on the UI thread, run on any. */
    public ExplorerSearch search(String text) {
        Object[] roots = viewer.getInput() == null ? new Object[0] : content.getElements(viewer.getInput());
        return new ExplorerSearch(roots, content, text, quickFilter.chosen(), MOST_OPENED);
    }

    /** Whether a filter is applied now. */
    boolean filtering() {
        return nameFilter.isActive() || quickFilter.applied().isActive();
    }

    /** Whether the tree shows something other than what the search would give. */
    public boolean differsFrom(ExplorerSearch search) {
        return !search.name().equals(nameFilter.text()) || !Objects.equals(search.quick(), quickFilter.applied());
    }

    /**
     * Shows what the search found: the matches and the paths to them, opened to the first
     * {@value #MOST_OPENED} matches only, so a filter matching thousands stays quick.
     */
    public void apply(ExplorerSearch.Result result) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        nameFilter.apply(result.name(), result.nameVisible());
        quickFilter.apply(result.quick(), result.quickVisible());
        viewer.getControl().setRedraw(false);
        try {
            viewer.refresh();
            if (result.nameVisible() != null || result.quickVisible() != null) {
                viewer.setExpandedElements(result.toOpen().toArray());
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    /** Filters by name at once, on this thread (the view searches in the background). False when nothing changed. */
    public boolean filterByName(String text) {
        ExplorerSearch search = search(text);
        if (!differsFrom(search)) {
            return false;
        }
        apply(search.run(null));
        return true;
    }

    /** Applies the quick filters as chosen now, at once. */
    void refreshFilters(String text) {
        apply(search(text).run(null));
    }
}
