package org.accountatlas.diagram.sync;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.internal.expressions.DerivedValues;
import org.accountatlas.diagram.service.MapWords;
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
                problems.add(MapWords.get("problem.uncoveredDecisionMaker"));
            }
            if (DerivedValues.isUncoveredHighInfluenceOpponent(contact)) {
                problems.add(MapWords.get("problem.uncoveredOpponent"));
            }
            if (DerivedValues.isInReportsToCycle(contact)) {
                problems.add(MapWords.get("problem.cycle"));
            }
        } else if (element instanceof Account account && peopleKnownAt(account) == 1) {
            problems.add(MapWords.get("problem.onlyOne"));
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
