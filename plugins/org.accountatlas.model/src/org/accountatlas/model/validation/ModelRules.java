package org.accountatlas.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.ChurnReason;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.CreditAssessment;
import org.accountatlas.model.Identified;
import org.accountatlas.model.Influence;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The model's constraints. Each rule returns null when the element is fine, otherwise the detail that
 * AtlasValidator puts into the message (see plugin.properties, {@code _UI_<constraint>_diagnostic}).
 */
public final class ModelRules {

    private static final String IDS_KEY = ModelRules.class.getName() + ".ids";

    private ModelRules() {
    }

    /** The id and how often it occurs, when another object under the same root has the same id; null otherwise. */
    public static String duplicateId(Identified element, Map<Object, Object> context) {
        if (element.getId() == null) {
            return null;
        }
        Map<String, Integer> counts = idCounts(EcoreUtil.getRootContainer(element), context);
        int count = counts.getOrDefault(element.getId(), 0);
        return count > 1 ? element.getId() + " (" + count + "×)" : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> idCounts(EObject root, Map<Object, Object> context) {
        Map<EObject, Map<String, Integer>> cache = context == null ? new HashMap<>()
                : (Map<EObject, Map<String, Integer>>) context.computeIfAbsent(IDS_KEY, k -> new HashMap<>());
        return cache.computeIfAbsent(root, r -> {
            Map<String, Integer> counts = new HashMap<>();
            count(r, counts);
            for (TreeIterator<EObject> it = r.eAllContents(); it.hasNext();) {
                count(it.next(), counts);
            }
            return counts;
        });
    }

    private static void count(EObject e, Map<String, Integer> counts) {
        if (e instanceof Identified identified && identified.getId() != null) {
            counts.merge(identified.getId(), 1, Integer::sum);
        }
    }

    /** The kind of element, when its name is empty or blank; null otherwise. */
    public static String missingName(NamedElement element) {
        String name = element.getName();
        return StoredText.isBlank(name) ? element.eClass().getName() : null;
    }

    /** The accounts along the cycle ("A → B → A") when the group structure loops back to this account. */
    public static String parentCycle(Account account) {
        return cycle(account, Account::getParent, Account::getName);
    }

    /** The people along the cycle when following reports-to comes back to this person. */
    public static String reportsToCycle(Contact contact) {
        return cycle(contact, Contact::getReportsTo, Contact::getName);
    }

    /** The names along the cycle through start ("A → B → A"), or null if following next never returns to start. */
    static <T> String cycle(T start, Function<T, T> next, Function<T, String> name) {
        Set<T> seen = new LinkedHashSet<>();
        for (T t = next.apply(start); t != null && seen.add(t); t = next.apply(t)) {
            if (t == start) {
                List<String> names = new ArrayList<>();
                names.add(name.apply(start));
                seen.forEach(s -> names.add(name.apply(s)));
                return String.join(" → ", names);
            }
        }
        return null;
    }

    /** The value, when it is not a percentage between 0 and 100. */
    public static String percentOutOfRange(double value) {
        return value < 0 || value > 100 ? format(value) : null;
    }

    /**
     * "perceived / expected" when satisfaction is assessed but cannot give an index (expected not above 0, or
     * perceived below 0).
     */
    public static String satisfactionNotPositive(Account account) {
        double expected = account.getExpectedSatisfaction();
        double perceived = account.getPerceivedSatisfaction();
        if (expected == 0 && perceived == 0) {
            return null; // not assessed yet
        }
        return expected <= 0 || perceived < 0 ? format(perceived) + " / " + format(expected) : null;
    }

    /** The account's name when it is lost and no churn reason says why. */
    public static String lostWithoutReason(Account account) {
        boolean lost = account.getStatus() == AccountStatus.LOST;
        return lost && account.getChurnReason() == ChurnReason.NONE ? account.getName() : null;
    }

    /** The first of the six C scores that lies outside 0 to 5. */
    public static String scoresOutOfRange(CreditAssessment assessment) {
        int[] scores = { assessment.getCapital(), assessment.getConditions(), assessment.getCapacity(),
                assessment.getCharacter(), assessment.getCollateral(), assessment.getContinuity() };
        for (int score : scores) {
            if (score < 0 || score > 5) {
                return Integer.toString(score);
            }
        }
        return null;
    }

    /** The manager (and their account) when a person reports to someone at another account. */
    public static String reportsToOtherAccount(Contact contact) {
        Contact manager = contact.getReportsTo();
        if (manager == null) {
            return null;
        }
        Account own = ModelQueries.accountOf(contact);
        Account theirs = ModelQueries.accountOf(manager);
        return own != theirs ? nameOf(manager) + " (" + nameOf(theirs) + ")" : null;
    }

    /** The person's name when they left and no date says when. */
    public static String leftWithoutDate(Contact contact) {
        return contact.getStatus() == ContactStatus.LEFT && contact.getStatusDate() == null ? contact.getName() : null;
    }

    /** The strength, when it is not from 1 to 5. */
    public static String strengthOutOfRange(Influence influence) {
        int strength = influence.getStrength();
        return strength < 1 || strength > 5 ? Integer.toString(strength) : null;
    }

    /** The people of an influence line who are not at the account holding it. */
    public static String influenceLeavesAccount(Influence influence) {
        Account account = ModelQueries.accountOf(influence);
        List<String> outside = java.util.stream.Stream.of(influence.getSource(), influence.getTarget())
                .filter(c -> c != null && ModelQueries.accountOf(c) != account)
                .map(ModelRules::nameOf).collect(Collectors.toList());
        return outside.isEmpty() ? null : String.join(", ", outside);
    }

    /** The person's name when an influence line runs from them to themselves. */
    public static String influenceOnSelf(Influence influence) {
        Contact source = influence.getSource();
        return source != null && source == influence.getTarget() ? source.getName() : null;
    }

    /** The person (and their account) when a coverage names someone of another account. */
    public static String coveredContactElsewhere(Coverage coverage) {
        Contact contact = coverage.getContact();
        if (contact == null || ModelQueries.accountOf(contact) == ModelQueries.accountOf(coverage)) {
            return null;
        }
        return nameOf(contact) + " (" + nameOf(ModelQueries.accountOf(contact)) + ")";
    }

    /** "current → desired" when the desired coverage level is below the current one. */
    public static String desiredBelowCurrent(Coverage coverage) {
        return coverage.getDesiredLevel().compareTo(coverage.getCurrentLevel()) < 0
                ? coverage.getCurrentLevel().getLiteral() + " → " + coverage.getDesiredLevel().getLiteral()
                : null;
    }

    private static String nameOf(NamedElement element) {
        return element == null ? "?" : element.getName();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
