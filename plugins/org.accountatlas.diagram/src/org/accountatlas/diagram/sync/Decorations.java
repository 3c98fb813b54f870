package org.accountatlas.diagram.sync;

import org.accountatlas.diagram.internal.expressions.DerivedValues;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.Contact;
import org.eclipse.emf.ecore.EObject;

/**
 * What a strategist must act on, per element, in words: what is wrong and what to do. The diagram marks the
 * element; the editor's tooltip reads these. The same flags drive the export's red borders.
 */
public final class Decorations {

    private Decorations() {
    }

    /**
     * What a strategist must act on about the element, one sentence each (what is wrong, what to do); empty when
     * nothing.
     */
    public static List<String> of(EObject element) {
        List<String> problems = new ArrayList<>();
        if (element instanceof Contact contact) {
            if (DerivedValues.isUncoveredDecisionMaker(contact)) {
                problems.add("A decision maker nobody on our team covers: draw a coverage line from a team member.");
            }
            if (DerivedValues.isUncoveredHighInfluenceOpponent(contact)) {
                problems.add("A high-influence opponent nobody on our team covers: assign someone to win them over "
                        + "or to contain them.");
            }
            if (DerivedValues.isInReportsToCycle(contact)) {
                problems.add("Reports to someone who reports back to them: correct the reports-to line.");
            }
        } else if (element instanceof Account account && peopleKnownAt(account) == 1) {
            problems.add("We know only one person here: map the other decision makers before relying on them.");
        }
        return problems;
    }

    private static int peopleKnownAt(Account account) {
        int people = 0;
        for (var it = account.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Contact) {
                people++;
            }
        }
        return people;
    }
}
