package org.accountatlas.analysis;

import org.accountatlas.model.Account;

/**
 * A simple customer lifetime value: the yearly profit m, kept with retention rate r and discounted at d,
 * over an unlimited horizon: CLV = m · r / (1 + d − r).
 */
public final class LifetimeValue {

    private LifetimeValue() {
    }

    /** The account's lifetime value from its yearly profit (see below). */
    public static double of(Account account, double retentionRate, double discountRate) {
        return of(account.getProfit(), retentionRate, discountRate);
    }

    /** CLV = m · r / (1 + d − r) for yearly profit m, retention rate r (0 to 1) and discount rate d (above −1). */
    public static double of(double yearlyProfit, double retentionRate, double discountRate) {
        if (retentionRate < 0 || retentionRate > 1) {
            throw new IllegalArgumentException("Retention rate must lie between 0 and 1, not " + retentionRate);
        }
        if (discountRate <= -1) {
            throw new IllegalArgumentException("Discount rate must be above -1, not " + discountRate);
        }
        return yearlyProfit * retentionRate / (1 + discountRate - retentionRate);
    }
}
