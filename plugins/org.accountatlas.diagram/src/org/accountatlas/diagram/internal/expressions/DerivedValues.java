package org.accountatlas.diagram.internal.expressions;

import java.util.Map;
import java.util.function.Function;

import org.accountatlas.analysis.Rollup;
import org.accountatlas.model.Account;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.InfluenceLevel;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.ecore.EObject;

/**
 * Values a description can use that the model does not store, by name with an {@code @}: roll-ups from the
 * analysis bundle, short badges, and the flags a strategist must act on. Null when the value does not apply.
 */
public final class DerivedValues {

    private static final Map<String, Function<EObject, Object>> VALUES = Map.of(
            "rolledUpRevenue", e -> e instanceof Account a ? Rollup.revenue(a) : null,
            "relationshipBadge", e -> e instanceof Account a ? relationshipBadge(a) : null,
            "buyingRoleBadge", e -> e instanceof Contact c ? buyingRoleBadge(c.getBuyingRole()) : null,
            "uncoveredDecisionMaker", e -> e instanceof Contact c ? isUncoveredDecisionMaker(c) : null,
            "uncoveredHighInfluenceOpponent", e -> e instanceof Contact c ? isUncoveredHighInfluenceOpponent(c) : null,
            "inReportsToCycle", e -> e instanceof Contact c ? isInReportsToCycle(c) : null);

    private DerivedValues() {
    }

    public static boolean exists(String name) {
        return VALUES.containsKey(name);
    }

    public static Object of(String name, EObject element) {
        Function<EObject, Object> value = VALUES.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No derived value @" + name + "; known: " + VALUES.keySet());
        }
        return value.apply(element);
    }

    private static String relationshipBadge(Account account) {
        return switch (account.getRelationshipType()) {
            case TRANSACTIONAL -> "T";
            case PREFERRED_SUPPLIER -> "PS";
            case PARTNERSHIP -> "P";
            case STRATEGIC_ALLIANCE -> "SA";
        };
    }

    public static String buyingRoleBadge(BuyingRole role) {
        return switch (role) {
            case NONE -> null;
            case ECONOMIC_BUYER -> "EB";
            case TECHNICAL_BUYER -> "TB";
            case USER_BUYER -> "UB";
            case INFLUENCER -> "I";
            case GATEKEEPER -> "G";
            case COACH -> "C";
        };
    }

    /** The economic buyer decides; nobody on our team covering them is the first thing to fix. */
    public static boolean isUncoveredDecisionMaker(Contact contact) {
        return contact.getBuyingRole() == BuyingRole.ECONOMIC_BUYER && contact.getStatus() != ContactStatus.LEFT
                && !isCovered(contact);
    }

    public static boolean isUncoveredHighInfluenceOpponent(Contact contact) {
        return contact.getAttitude() == Attitude.OPPONENT && contact.getInfluence() == InfluenceLevel.HIGH
                && contact.getStatus() != ContactStatus.LEFT && !isCovered(contact);
    }

    /** Following reports-to from this person comes back to them: the org chart is wrong somewhere. */
    public static boolean isInReportsToCycle(Contact contact) {
        java.util.Set<Contact> seen = new java.util.HashSet<>();
        for (Contact c = contact.getReportsTo(); c != null && seen.add(c); c = c.getReportsTo()) {
            if (c == contact) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCovered(Contact contact) {
        Account account = ModelQueries.accountOf(contact);
        return account != null && account.getCoverages().stream().anyMatch(c -> c.getContact() == contact);
    }
}
