package org.accountatlas.app.internal.explorer;

import java.util.Locale;

import org.accountatlas.model.NamedElement;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Keeps elements whose name contains the text (ignoring case), and the path down to them. */
final class NameFilter extends ViewerFilter {

    private final ITreeContentProvider content;
    private String text = "";

    NameFilter(ITreeContentProvider content) {
        this.content = content;
    }

    /** Returns true when the text changed. */
    boolean setText(String text) {
        String normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        boolean changed = !normalized.equals(this.text);
        this.text = normalized;
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
        if (element instanceof NamedElement named && named.getName() != null
                && named.getName().toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        for (Object child : content.getChildren(element)) {
            if (matchesOrLeadsToMatch(child)) {
                return true;
            }
        }
        return false;
    }
}
