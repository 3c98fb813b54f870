package org.accountatlas.app.internal.explorer;

import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Quick filters: accounts of the chosen pyramid tiers, people of the chosen attitudes and buying roles. With
 * only tiers chosen, a matching account shows whole; with people's criteria chosen, the matching people show
 * with the path down to them. Values of one kind are alternatives; kinds combine. What the menu switches on
 * takes effect when an {@link ExplorerSearch} has worked out what matches.
 */
final class QuickFilter extends ViewerFilter {

    private QuickCriteria chosen = QuickCriteria.NONE;
    private QuickCriteria applied = QuickCriteria.NONE;
    private Set<Object> visible;

    /** Switches one value on or off. */
    void toggle(Enumerator value) {
        chosen = chosen.toggle(value);
    }

    boolean isOn(Enumerator value) {
        return chosen.isOn(value);
    }

    void clear() {
        chosen = QuickCriteria.NONE;
    }

    boolean isActive() {
        return chosen.isActive();
    }

    /** What is switched on now, for a search to work with. */
    QuickCriteria chosen() {
        return chosen;
    }

    QuickCriteria applied() {
        return applied;
    }

    void apply(QuickCriteria criteria, Set<Object> matchesAndPaths) {
        this.applied = criteria;
        this.visible = criteria.isActive() ? matchesAndPaths : null;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return visible == null || visible.contains(element);
    }
}
