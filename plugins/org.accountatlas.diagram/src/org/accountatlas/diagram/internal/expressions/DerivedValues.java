package org.accountatlas.diagram.internal.expressions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.accountatlas.analysis.Rollup;
import org.accountatlas.diagram.service.MapWords;
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
            "rolledUpRevenue", e -> e instanceof Account a && anyRevenueKnown(a) ? Rollup.revenue(a) : null,
            "relationshipBadge", e -> e instanceof Account a ? relationshipBadge(a) : null,
            "buyingRoleBadge", e -> e instanceof Contact c ? buyingRoleBadge(c.getBuyingRole()) : null,
            "uncoveredDecisionMaker", e -> e instanceof Contact c ? isUncoveredDecisionMaker(c) : null,
            "uncoveredHighInfluenceOpponent", e -> e instanceof Contact c ? isUncoveredHighInfluenceOpponent(c) : null,
            "inReportsToCycle", e -> e instanceof Contact c ? isInReportsToCycle(c) : null,
            "vacant", e -> e instanceof Contact c ? isVacant(c) : null,
            "unit", e -> e instanceof Contact c && c.eContainer() instanceof org.accountatlas.model.OrgUnit unit
                    ? unit.getName() : null);

    private DerivedValues() {
    }

    /** What a true derived condition means, for legends. */
    private static final Map<String, String> LABELS = Map.of(
            "uncoveredDecisionMaker", "Decision maker nobody on our team covers",
            "uncoveredHighInfluenceOpponent", "Influential opponent nobody on our team covers",
            "inReportsToCycle", "Reports-to lines run in a circle",
            "vacant", "Vacant or unnamed post");

    /** The words for a derived value in a legend; its name when it has none. */
    public static String label(String name) {
        return LABELS.containsKey(name) ? MapWords.get("derived." + name) : name;
    }

    /** What a badge's letters stand for (a buying role or a relationship type), or null for letters of neither. */
    public static String badgeMeaning(String badge, Function<Enum<?>, String> enumNames) {
        for (BuyingRole role : BuyingRole.values()) {
            if (badge.equals(buyingRoleBadge(role))) {
                return enumNames.apply(role);
            }
        }
        for (org.accountatlas.model.RelationshipType type : org.accountatlas.model.RelationshipType.values()) {
            if (badge.equals(relationshipBadge(type))) {
                return enumNames.apply(type);
            }
        }
        return null;
    }

    /** Whether the post has nobody named in it: no name, or a placeholder such as "Vacant", "N/D", "TBC". */
    public static boolean isVacant(Contact contact) {
        String name = contact.getName() == null ? "" : contact.getName().replaceAll("[\\s'\"‘’“”()\\[\\]]", "")
                .toLowerCase(java.util.Locale.ROOT);
        return name.isEmpty() || VACANCY_WORDS.contains(name);
    }

    private static final java.util.Set<String> VACANCY_WORDS = java.util.Set.of("vacant", "vacancy", "n/d", "nd",
            "n/a", "na", "eliminated", "tbc", "tbd", "tba", "unknown", "-", "?", "空缺", "待定", "空岗", "待招", "无");

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

    /** Whether the account or any of its subsidiaries has a revenue set: else there is nothing to add up. */
    private static boolean anyRevenueKnown(Account account) {
        java.util.Deque<Account> todo = new java.util.ArrayDeque<>(List.of(account));
        java.util.Set<Account> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Account next = todo.pop();
            if (!seen.add(next)) {
                continue; // a group structure that loops (refused by validation) must not hang a drawing
            }
            if (next.eIsSet(org.accountatlas.model.AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE)) {
                return true;
            }
            todo.addAll(next.getSubsidiaries());
        }
        return false;
    }

    /** The badge of the relationship type the planner chose; none before they choose. */
    public static String relationshipBadge(Account account) {
        return account.isSetRelationshipType() ? relationshipBadge(account.getRelationshipType()) : null;
    }

    private static String relationshipBadge(org.accountatlas.model.RelationshipType type) {
        return switch (type) {
            case TRANSACTIONAL -> MapWords.get("badge.TRANSACTIONAL");
            case PREFERRED_SUPPLIER -> MapWords.get("badge.PREFERRED_SUPPLIER");
            case PARTNERSHIP -> MapWords.get("badge.PARTNERSHIP");
            case STRATEGIC_ALLIANCE -> MapWords.get("badge.STRATEGIC_ALLIANCE");
        };
    }

    public static String buyingRoleBadge(BuyingRole role) {
        return switch (role) {
            case NONE -> null;
            case ECONOMIC_BUYER -> MapWords.get("badge.ECONOMIC_BUYER");
            case TECHNICAL_BUYER -> MapWords.get("badge.TECHNICAL_BUYER");
            case USER_BUYER -> MapWords.get("badge.USER_BUYER");
            case INFLUENCER -> MapWords.get("badge.INFLUENCER");
            case GATEKEEPER -> MapWords.get("badge.GATEKEEPER");
            case COACH -> MapWords.get("badge.COACH");
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
