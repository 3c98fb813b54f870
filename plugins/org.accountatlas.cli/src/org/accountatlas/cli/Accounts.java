package org.accountatlas.cli;

import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;

/**
 * Finds the account a command line names, by id or by name, and says so when there is none (suggesting the
 * closest names) or several.
 */
final class Accounts {

    private Accounts() {
    }

    /** Up to three names nearest the text: those containing it first, then by edit distance, ignoring case. */
    static List<String> closest(Portfolio portfolio, String text) {
        String wanted = text.toLowerCase(java.util.Locale.ROOT).strip();
        return portfolio.getAccounts().stream().map(Account::getName).filter(java.util.Objects::nonNull).distinct()
                .sorted(java.util.Comparator.<String>comparingInt(n -> n.toLowerCase(java.util.Locale.ROOT)
                        .contains(wanted) ? 0 : 1).thenComparingInt(n -> distance(n.toLowerCase(java.util.Locale.ROOT),
                                wanted)))
                .limit(3).filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(wanted)
                        || distance(n.toLowerCase(java.util.Locale.ROOT), wanted) <= Math.max(2, wanted.length() / 3))
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static Account find(Portfolio portfolio, String nameOrId) {
        for (Account account : portfolio.getAccounts()) {
            if (nameOrId.equals(account.getId())) {
                return account;
            }
        }
        List<Account> named = portfolio.getAccounts().stream().filter(a -> nameOrId.equals(a.getName())).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            List<String> close = closest(portfolio, nameOrId);
            throw new IllegalArgumentException("No account named '" + nameOrId + "'" + (close.isEmpty() ? ""
                    : "; did you mean " + String.join(", ", close.stream().map(n -> "'" + n + "'").toList()) + "?")
                    + " (atlas accounts --match TEXT lists them)");
        }
        throw new IllegalArgumentException(named.size() + " accounts are named '" + nameOrId + "'; give the id: "
                + named.stream().map(Account::getId).toList());
    }
}
