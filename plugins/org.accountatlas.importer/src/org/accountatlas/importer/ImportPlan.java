package org.accountatlas.importer;

/**
 * An import checked against a portfolio and ready to apply: everything that can go wrong has been found
 * before the first change. Applying changes only the portfolio in memory; the caller saves it (in one
 * transaction, for a database) or, for a dry run, does not.
 */
public final class ImportPlan {

    /** The changes, replayed against the portfolio the plan was made for. */
    @FunctionalInterface
    interface Changes {
        void apply();
    }

    private final ImportSummary summary;
    private final Changes changes;
    private boolean applied;

    ImportPlan(ImportSummary summary, Changes changes) {
        this.summary = summary;
        this.changes = changes;
    }

    public ImportSummary summary() {
        return summary;
    }

    /** Makes the changes; a plan applies once, to the portfolio it was made for, unchanged since. */
    public void apply() {
        if (applied) {
            throw new IllegalStateException("An import plan applies only once");
        }
        applied = true;
        changes.apply();
    }
}
