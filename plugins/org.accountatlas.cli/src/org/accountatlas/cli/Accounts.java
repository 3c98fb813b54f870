package org.accountatlas.cli;

import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;

/** Finds the account a command line names, by id or by name, and says so when there is none or several. */
final class Accounts {

    private Accounts() {
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
            throw new IllegalArgumentException("No account named '" + nameOrId + "'");
        }
        throw new IllegalArgumentException(named.size() + " accounts are named '" + nameOrId + "'; give the id: "
                + named.stream().map(Account::getId).toList());
    }
}
