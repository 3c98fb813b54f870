package org.accountatlas.importer;

/**
 * An import checked against a portfolio and ready to apply: everything that can go wrong has been found
 * before the first change. Applying changes only the portfolio in memory; the caller saves it (in one
 * transaction, for a database) or, for a dry run, does not.
 */
public final class ImportPlan {

    private final ImportSummary summary;
    /** The changes, replayed against the portfolio the plan was made for. */
    private final Runnable changes;
    private boolean applied;

    ImportPlan(ImportSummary summary, Runnable changes) {
        this.summary = summary;
        this.changes = changes;
    }

    /** What applying the plan will do, counted. */
    public ImportSummary summary() {
        return summary;
    }

    /** Makes the changes; a plan applies once, to the portfolio it was made for, unchanged since. */
    public void apply() {
        if (applied) {
            throw new IllegalStateException("An import plan applies only once");
        }
        applied = true;
        changes.run();
    }
}
