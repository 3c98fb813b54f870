package org.accountatlas.analysis;

import java.util.Collection;
import java.util.Date;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;

/**
 * Churn and retention over a period: of the customers we had when it began, how many we lost before it
 * ended. Prospects never were customers and do not count.
 */
public final class Retention {

    public record Rates(int customersAtStart, int lost, double churnRate, double retentionRate) {
    }

    private Retention() {
    }

    /** Churn and retention over the period: lost in the period / customers at its start. */
    public static Rates over(Collection<Account> accounts, Date from, Date to) {
        int atStart = 0;
        int lost = 0;
        for (Account account : accounts) {
            if (wasCustomerAt(account, from)) {
                atStart++;
                Date lostDate = account.getLostDate();
                if (lostDate != null && !lostDate.before(from) && lostDate.before(to)) {
                    lost++;
                }
            }
        }
        double churn = atStart == 0 ? 0 : (double) lost / atStart;
        return new Rates(atStart, lost, churn, atStart == 0 ? 0 : 1 - churn);
    }

    private static boolean wasCustomerAt(Account account, Date when) {
        if (account.getStatus() == AccountStatus.PROSPECT || account.getCustomerSince() == null) {
            return false;
        }
        Date lost = account.getLostDate();
        return account.getCustomerSince().before(when) && (lost == null || !lost.before(when));
    }
}
