package org.accountatlas.analysis;

import java.util.Collection;
import java.util.function.ToDoubleFunction;

import org.accountatlas.model.Account;

/** The portfolio medians the matrices split on, so "high" and "low" are relative to the portfolio itself. */
public final class Medians {

    private Medians() {
    }

    /** The median of the value over the accounts; 0 for none. */
    public static double of(Collection<Account> accounts, ToDoubleFunction<Account> value) {
        double[] values = accounts.stream().mapToDouble(value).sorted().toArray();
        if (values.length == 0) {
            return 0;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
