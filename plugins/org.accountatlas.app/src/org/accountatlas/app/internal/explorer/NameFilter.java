package org.accountatlas.app.internal.explorer;

import java.util.Locale;
import java.util.Set;

import org.accountatlas.model.NamedElement;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Keeps elements whose name contains the text (ignoring case), and the path down to them. Which elements those
 * are is worked out by an {@link ExplorerSearch} over the model, in the background; the filter only looks them
 * up, so refreshing the tree costs no more than drawing what it shows.
 */
final class NameFilter extends ViewerFilter {

    private String text = "";
    private Set<Object> visible;

    /** The text as the filter compares it. */
    static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    static boolean matches(Object element, String normalized) {
        return element instanceof NamedElement named && named.getName() != null
                && named.getName().toLowerCase(Locale.ROOT).contains(normalized);
    }

    String text() {
        return text;
    }

    boolean isActive() {
        return !text.isEmpty();
    }

    /** The search's answer for the text: the matches and everything above them. */
    void apply(String normalized, Set<Object> matchesAndPaths) {
        this.text = normalized;
        this.visible = normalized.isEmpty() ? null : matchesAndPaths;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return visible == null || visible.contains(element);
    }
}
