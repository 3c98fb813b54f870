package org.accountatlas.app.internal.explorer;

import java.util.HashSet;
import java.util.Set;

import org.accountatlas.model.Account;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.Contact;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Quick filters: accounts of the chosen pyramid tiers, people of the chosen attitudes and buying roles. With
 * only tiers chosen, a matching account shows whole; with people's criteria chosen, the matching people show
 * with the path down to them. Values of one kind are alternatives; kinds combine.
 */
final class QuickFilter extends ViewerFilter {

    private final ITreeContentProvider content;
    private final Set<Enumerator> tiers = new HashSet<>();
    private final Set<Enumerator> attitudes = new HashSet<>();
    private final Set<Enumerator> roles = new HashSet<>();

    QuickFilter(ITreeContentProvider content) {
        this.content = content;
    }

    /** Switches one value on or off. */
    void toggle(Enumerator value) {
        Set<Enumerator> set = setOf(value);
        if (!set.remove(value)) {
            set.add(value);
        }
    }

    boolean isOn(Enumerator value) {
        return setOf(value).contains(value);
    }

    void clear() {
        tiers.clear();
        attitudes.clear();
        roles.clear();
    }

    boolean isActive() {
        return !tiers.isEmpty() || !attitudes.isEmpty() || !roles.isEmpty();
    }

    private Set<Enumerator> setOf(Enumerator value) {
        if (value instanceof PyramidTier) {
            return tiers;
        }
        return value instanceof Attitude ? attitudes : roles;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (!isActive()) {
            return true;
        }
        Object parentElement = parent instanceof TreePath path ? path.getLastSegment() : parent;
        return matches(element) || leadsToMatch(element)
                || !peopleCriteria() && !(element instanceof Account) && withinMatch(parentElement);
    }

    private boolean peopleCriteria() {
        return !attitudes.isEmpty() || !roles.isEmpty();
    }

    private boolean matches(Object element) {
        if (peopleCriteria()) {
            return element instanceof Contact contact
                    && (attitudes.isEmpty() || attitudes.contains(contact.getAttitude()))
                    && (roles.isEmpty() || roles.contains(contact.getBuyingRole()))
                    && tierOk(ModelQueries.accountOf(contact));
        }
        return element instanceof Account account && tierOk(account);
    }

    private boolean tierOk(Account account) {
        return tiers.isEmpty() || account != null && tiers.contains(account.getTier());
    }

    private boolean leadsToMatch(Object element) {
        for (Object child : content.getChildren(element)) {
            if (matches(child) || leadsToMatch(child)) {
                return true;
            }
        }
        return false;
    }

    /** Inside a matching account: its departments and people show with it. */
    private boolean withinMatch(Object parent) {
        for (Object p = parent; p != null; p = content.getParent(p)) {
            if (matches(p)) {
                return true;
            }
        }
        return false;
    }
}
