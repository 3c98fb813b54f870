package org.accountatlas.app.internal.explorer;

import java.util.HashSet;
import java.util.Set;

import org.accountatlas.model.Account;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.Contact;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.common.util.Enumerator;

/**
 * The quick filters' choices, immutable so a search in the background works on the choices made when it
 * started while the menu changes them.
 */
record QuickCriteria(Set<Enumerator> tiers, Set<Enumerator> attitudes, Set<Enumerator> roles) {

    static final QuickCriteria NONE = new QuickCriteria(Set.of(), Set.of(), Set.of());

    QuickCriteria toggle(Enumerator value) {
        Set<Enumerator> tiersNow = new HashSet<>(tiers);
        Set<Enumerator> attitudesNow = new HashSet<>(attitudes);
        Set<Enumerator> rolesNow = new HashSet<>(roles);
        Set<Enumerator> set = value instanceof PyramidTier ? tiersNow : value instanceof Attitude ? attitudesNow : rolesNow;
        if (!set.remove(value)) {
            set.add(value);
        }
        return new QuickCriteria(Set.copyOf(tiersNow), Set.copyOf(attitudesNow), Set.copyOf(rolesNow));
    }

    boolean isOn(Enumerator value) {
        return tiers.contains(value) || attitudes.contains(value) || roles.contains(value);
    }

    boolean isActive() {
        return !tiers.isEmpty() || !attitudes.isEmpty() || !roles.isEmpty();
    }

    /** With only tiers chosen a matching account shows with all that is in it. */
    boolean showsInsideMatches() {
        return attitudes.isEmpty() && roles.isEmpty();
    }

    boolean matches(Object element) {
        if (!showsInsideMatches()) {
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
}
