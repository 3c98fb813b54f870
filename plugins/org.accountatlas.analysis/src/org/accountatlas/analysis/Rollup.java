package org.accountatlas.analysis;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.accountatlas.model.Account;
import org.accountatlas.model.Opportunity;
import org.accountatlas.model.OpportunityStage;
import org.accountatlas.model.query.ModelQueries;

/** Values summed over an account and all its subsidiaries, at any depth; safe on a (invalid) parent cycle. */
public final class Rollup {

    private Rollup() {
    }

    /** The account's annual revenue with that of all its subsidiaries, at any depth. */
    public static double revenue(Account account) {
        return sum(account, Account::getAnnualRevenue);
    }

    /** Value of opportunities not yet won or lost. */
    public static double openPipeline(Account account) {
        return sum(account, Rollup::ownOpenPipeline);
    }

    /** The people known at the account and all its subsidiaries. */
    public static int contacts(Account account) {
        return (int) sum(account, a -> ModelQueries.contactsOf(a).size());
    }

    /** The number of accounts in the subtree, the account itself included. */
    public static int accounts(Account account) {
        return (int) sum(account, a -> 1);
    }

    static double ownOpenPipeline(Account account) {
        double open = 0;
        for (Opportunity opportunity : account.getOpportunities()) {
            if (isOpen(opportunity.getStage())) {
                open += opportunity.getValue();
            }
        }
        return open;
    }

    static boolean isOpen(OpportunityStage stage) {
        return stage != OpportunityStage.WON && stage != OpportunityStage.LOST;
    }

    private static double sum(Account root, ToDoubleFunction<Account> value) {
        Set<Account> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return sum(root, value, seen);
    }

    private static double sum(Account account, ToDoubleFunction<Account> value, Set<Account> seen) {
        if (!seen.add(account)) {
            return 0;
        }
        double total = value.applyAsDouble(account);
        for (Account subsidiary : account.getSubsidiaries()) {
            total += sum(subsidiary, value, seen);
        }
        return total;
    }
}
