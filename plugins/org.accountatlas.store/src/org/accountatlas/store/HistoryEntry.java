package org.accountatlas.store;

import java.time.Instant;

/**
 * One changed feature of one element in one save, as the history shows it. Values are shown as a user reads
 * them (dates as days, references by the target's name); {@code feature} is the feature's name, or
 * "(created)", "(deleted)", "(position)".
 *
 * @param changeSet   the save's number, increasing
 * @param author      who saved
 * @param at          when
 * @param note        the save's note, or null
 * @param elementId   the element's id
 * @param elementType the element's class name (Contact, Account, ...)
 * @param element     the element's name (as it was, when it is gone)
 * @param accountId   the account it belongs to, or null
 * @param feature     what changed
 * @param oldValue    the value before ("" when none)
 * @param newValue    the value after ("" when none)
 */
public record HistoryEntry(long changeSet, String author, Instant at, String note, String elementId, String elementType,
        String element, String accountId, String feature, String oldValue, String newValue) {
}
