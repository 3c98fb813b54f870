package org.accountatlas.store;

/** What one save wrote: rows of the class tables and of the reference table, in one transaction. */
public record SaveReport(int inserted, int updated, int deleted, int referenceRows, long nanos) {

    public static final SaveReport NOTHING = new SaveReport(0, 0, 0, 0, 0);

    /** Every row the save inserted, updated or deleted. */
    public int rowsWritten() {
        return inserted + updated + deleted + referenceRows;
    }
}
