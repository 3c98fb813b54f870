package org.accountatlas.analysis;

import org.accountatlas.model.Account;
import org.accountatlas.model.RelationshipType;

/**
 * The service matrix: potential volume against relationship strength. Strength is strong from a
 * partnership upwards; potential is high at or above the split (usually the portfolio median).
 */
public final class ServiceMatrix {

    public enum Quadrant {
        /** High potential, strong relationship: invest and grow. */
        STAR,
        /** High potential, weak relationship: build the relationship. */
        QUESTION_MARK,
        /** Low potential, strong relationship: serve efficiently, keep. */
        CASH_COW,
        /** Low potential, weak relationship: serve at least cost. */
        DOG
    }

    private ServiceMatrix() {
    }

    /**
     * The service-matrix quadrant of the account: potential volume (split at the given value) against relationship
     * strength.
     */
    public static Quadrant of(Account account, double potentialSplit) {
        boolean high = account.getPotentialVolume() >= potentialSplit;
        boolean strong = isStrong(account.getRelationshipType());
        if (high) {
            return strong ? Quadrant.STAR : Quadrant.QUESTION_MARK;
        }
        return strong ? Quadrant.CASH_COW : Quadrant.DOG;
    }

    static boolean isStrong(RelationshipType type) {
        return type.compareTo(RelationshipType.PARTNERSHIP) >= 0;
    }
}
