package org.accountatlas.store;

import java.time.Instant;
import java.util.Set;

/**
 * Which history entries to read: of some elements, or of one account (its own and its people's changes, and
 * accounts that joined or left it as subsidiaries), within a time range. Null means no restriction.
 *
 * @param elementIds the elements, or null for all
 * @param accountId  the account, or null
 * @param since      changes after this moment (exclusive), or null
 * @param until      changes up to this moment (inclusive), or null
 */
public record HistoryQuery(Set<String> elementIds, String accountId, Instant since, Instant until) {

    /** Every change. */
    public static HistoryQuery all() {
        return new HistoryQuery(null, null, null, null);
    }
}
