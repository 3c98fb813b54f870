package org.accountatlas.app.internal.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accountatlas.model.NamedElement;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Keeps elements whose name contains the text (ignoring case), and the path down to them. What lies under an
 * element is looked at once per text (remembered), so filtering a large portfolio walks it once, not once per
 * level.
 */
final class NameFilter extends ViewerFilter {

    private final ITreeContentProvider content;
    private String text = "";
    private final Map<Object, Boolean> leadsToMatch = new HashMap<>();

    NameFilter(ITreeContentProvider content) {
        this.content = content;
    }

    /** Returns true when the text changed. */
    boolean setText(String text) {
        String normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        boolean changed = !normalized.equals(this.text);
        this.text = normalized;
        if (changed) {
            leadsToMatch.clear();
        }
        return changed;
    }

    boolean isActive() {
        return !text.isEmpty();
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return !isActive() || matchesOrLeadsToMatch(element);
    }

    private boolean matchesOrLeadsToMatch(Object element) {
        Boolean known = leadsToMatch.get(element);
        if (known != null) {
            return known;
        }
        boolean found = matches(element);
        for (Object child : found ? new Object[0] : content.getChildren(element)) {
            if (matchesOrLeadsToMatch(child)) {
                found = true;
                break;
            }
        }
        leadsToMatch.put(element, found);
        return found;
    }

    private boolean matches(Object element) {
        return element instanceof NamedElement named && named.getName() != null
                && named.getName().toLowerCase(Locale.ROOT).contains(text);
    }

    /**
     * The elements to open so the first {@code most} matches (in tree order) show: a filter matching thousands
     * opens no more of the tree than a user can read, and stays quick.
     */
    List<Object> toOpenForFirstMatches(Object[] roots, int most) {
        List<Object> open = new ArrayList<>();
        int[] left = { most };
        for (Object root : roots) {
            collect(root, new ArrayList<>(), open, left);
        }
        return open;
    }

    private void collect(Object element, List<Object> path, List<Object> open, int[] left) {
        if (left[0] <= 0 || !matchesOrLeadsToMatch(element)) {
            return;
        }
        if (matches(element)) {
            left[0]--;
            path.stream().filter(p -> !open.contains(p)).forEach(open::add);
        }
        path.add(element);
        for (Object child : content.getChildren(element)) {
            collect(child, path, open, left);
        }
        path.remove(path.size() - 1);
    }
}
