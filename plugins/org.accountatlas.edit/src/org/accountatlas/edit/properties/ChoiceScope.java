package org.accountatlas.edit.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Contact;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Narrows the values EMF.Edit offers for a reference to those the model's rules allow: a contact reports to,
 * influences or is covered as someone at the same account, and an account's parent is never inside its own
 * group. EMF.Edit offers every object of the type in the resource set, which in a large portfolio is
 * thousands of people from other customers.
 */
public final class ChoiceScope {

    private static final AtlasPackage ATLAS = AtlasPackage.eINSTANCE;
    private static final Set<EStructuralFeature> SAME_ACCOUNT_CONTACTS = Set.of(ATLAS.getContact_ReportsTo(),
            ATLAS.getInfluence_Source(), ATLAS.getInfluence_Target(), ATLAS.getCoverage_Contact(),
            ATLAS.getOpportunity_Contacts(), ATLAS.getInteraction_Participants());

    private ChoiceScope() {
    }

    /** The offered values this object may take for the feature, in the offered order; null stays when offered. */
    public static List<Object> narrow(EObject object, EStructuralFeature feature, Collection<?> offered) {
        Predicate<Object> allowed = allowedFor(object, feature);
        List<Object> narrowed = new ArrayList<>(offered.size());
        for (Object value : offered) {
            if (value == null || allowed.test(value)) {
                narrowed.add(value);
            }
        }
        return narrowed;
    }

    private static Predicate<Object> allowedFor(EObject object, EStructuralFeature feature) {
        if (SAME_ACCOUNT_CONTACTS.contains(feature)) {
            Account account = ModelQueries.accountOf(object);
            return value -> value != object && value instanceof Contact contact
                    && (account == null || ModelQueries.accountOf(contact) == account);
        }
        if (feature == ATLAS.getAccount_Parent() && object instanceof Account account) {
            return value -> value instanceof Account candidate && !isInGroupOf(candidate, account);
        }
        return value -> true;
    }

    /** Whether the candidate is the account itself or one of its subsidiaries at any depth (cycle-safe). */
    private static boolean isInGroupOf(Account candidate, Account account) {
        return candidate == account || ModelQueries.ancestorsOf(candidate).contains(account);
    }
}
