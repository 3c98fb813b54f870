package org.accountatlas.analysis;

import java.util.OptionalDouble;

import org.accountatlas.model.Account;

/** Customer satisfaction C = perceived / expected: below 1 disappointed, 1 satisfied, above 1 delighted. */
public final class Satisfaction {

    public enum Level { DISAPPOINTED, SATISFIED, DELIGHTED }

    /** How close to 1 still counts as "satisfied". */
    static final double TOLERANCE = 0.05;

    private Satisfaction() {
    }

    /** Empty while the account has not been assessed (expected not positive). */
    public static OptionalDouble index(Account account) {
        double expected = account.getExpectedSatisfaction();
        return expected > 0 ? OptionalDouble.of(account.getPerceivedSatisfaction() / expected) : OptionalDouble.empty();
    }

    /** The satisfaction level of an index C = perceived / expected. */
    public static Level levelOf(double index) {
        if (index < 1 - TOLERANCE) {
            return Level.DISAPPOINTED;
        }
        return index > 1 + TOLERANCE ? Level.DELIGHTED : Level.SATISFIED;
    }
}
