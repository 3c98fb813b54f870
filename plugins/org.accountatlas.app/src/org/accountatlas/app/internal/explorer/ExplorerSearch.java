package org.accountatlas.app.internal.explorer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.accountatlas.model.Account;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * What the explorer's filters keep, worked out over the model rather than the tree's widgets, so it can run
 * off the UI thread and be cancelled by the next keystroke: for each active filter, the matches and every
 * element above them; and the elements to open so the first matches show. The walk reads the model only.
 */
public final class ExplorerSearch {

    /** How many elements are walked between two looks at the monitor. */
    private static final int CHECK_EVERY = 512;

    /** What the search found; applied to the tree on the UI thread. */
    public record Result(String name, QuickCriteria quick, Set<Object> nameVisible, Set<Object> quickVisible,
            List<Object> toOpen) {
    }

    private final Object[] roots;
    private final ITreeContentProvider content;
    private final String name;
    private final QuickCriteria quick;
    private final int mostOpened;
    private IProgressMonitor monitor;
    private int walked;

    /** Takes the roots and the criteria as they are now (on the UI thread); {@link #run} may go anywhere. */
    ExplorerSearch(Object[] roots, ITreeContentProvider content, String name, QuickCriteria quick, int mostOpened) {
        this.roots = roots;
        this.content = content;
        this.name = NameFilter.normalize(name);
        this.quick = quick;
        this.mostOpened = mostOpened;
    }

    /** True when no filter is on: the search keeps everything. */
    boolean isEmpty() {
        return name.isEmpty() && !quick.isActive();
    }

    String name() {
        return name;
    }

    QuickCriteria quick() {
        return quick;
    }

    /** Throws OperationCanceledException when the monitor is cancelled (a newer search supersedes this one). */
    public Result run(IProgressMonitor progress) {
        this.monitor = progress;
        Set<Object> nameVisible = name.isEmpty() ? null : new HashSet<>();
        Set<Object> quickVisible = quick.isActive() ? new HashSet<>() : null;
        if (nameVisible != null || quickVisible != null) {
            for (Object root : roots) {
                mark(root, false, nameVisible, quickVisible);
            }
        }
        List<Object> toOpen = new ArrayList<>();
        if (nameVisible != null || quickVisible != null) {
            Set<Object> open = new LinkedHashSet<>();
            int[] left = { mostOpened };
            for (Object root : roots) {
                collectOpen(root, new ArrayList<>(), open, left, nameVisible, quickVisible);
            }
            toOpen.addAll(open);
        }
        return new Result(name, quick, nameVisible, quickVisible, toOpen);
    }

    /**
     * Marks the element when it or anything under it matches; answers, per filter, whether it did. Inside an
     * account a tier filter matched, departments and people show with it.
     */
    private int mark(Object element, boolean insideQuickMatch, Set<Object> nameVisible, Set<Object> quickVisible) {
        if (++walked % CHECK_EVERY == 0 && monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        boolean byName = nameVisible != null && NameFilter.matches(element, name);
        boolean quickMatch = quickVisible != null && quick.matches(element);
        boolean inside = insideQuickMatch && !(element instanceof Account);
        boolean byQuick = quickMatch || inside;
        boolean childrenInside = quick.showsInsideMatches() && (quickMatch || inside);
        for (Object child : content.getChildren(element)) {
            int below = mark(child, childrenInside, nameVisible, quickVisible);
            byName |= (below & 1) != 0;
            byQuick |= (below & 2) != 0;
        }
        if (byName) {
            nameVisible.add(element);
        }
        if (byQuick) {
            quickVisible.add(element);
        }
        return (byName ? 1 : 0) | (byQuick ? 2 : 0);
    }

    /** In tree order: opens the path to each element that matches every active filter, up to the limit. */
    private void collectOpen(Object element, List<Object> path, Set<Object> open, int[] left, Set<Object> nameVisible,
            Set<Object> quickVisible) {
        if (left[0] <= 0 || nameVisible != null && !nameVisible.contains(element)
                || quickVisible != null && !quickVisible.contains(element)) {
            return;
        }
        boolean match = nameVisible != null ? NameFilter.matches(element, name) : quick.matches(element);
        if (match) {
            left[0]--;
            open.addAll(path);
        }
        path.add(element);
        for (Object child : content.getChildren(element)) {
            collectOpen(child, path, open, left, nameVisible, quickVisible);
        }
        path.remove(path.size() - 1);
    }
}
