package org.accountatlas.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.model.Account;
import org.accountatlas.model.PyramidTier;

/**
 * Suggests a pyramid tier from profit contribution (Pareto): ranked by profit, the accounts that bring the
 * first 50% of total profit are key-strategic, up to 80% key, up to 95% ordinary, the rest small.
 * An account without positive profit is small.
 */
public final class ParetoTiering {

    static final double KEY_STRATEGIC_SHARE = 0.50;
    static final double KEY_SHARE = 0.80;
    static final double ORDINARY_SHARE = 0.95;

    private ParetoTiering() {
    }

    /** The tier each account would get from its share of the portfolio's profit (the 80/20 rule). */
    public static Map<Account, PyramidTier> suggest(Collection<Account> accounts) {
        List<Account> ranked = new ArrayList<>(accounts);
        ranked.sort(Comparator.comparingDouble(Account::getProfit).reversed());
        double total = ranked.stream().mapToDouble(Account::getProfit).filter(p -> p > 0).sum();
        Map<Account, PyramidTier> tiers = new LinkedHashMap<>();
        double before = 0;
        for (Account account : ranked) {
            double profit = account.getProfit();
            tiers.put(account, profit > 0 ? tierAt(before / total) : PyramidTier.SMALL);
            before += Math.max(profit, 0);
        }
        return tiers;
    }

    /** The tier of an account whose better-ranked peers already bring this share of profit. */
    private static PyramidTier tierAt(double shareBefore) {
        if (shareBefore < KEY_STRATEGIC_SHARE) {
            return PyramidTier.KEY_STRATEGIC;
        } else if (shareBefore < KEY_SHARE) {
            return PyramidTier.KEY;
        }
        return shareBefore < ORDINARY_SHARE ? PyramidTier.ORDINARY : PyramidTier.SMALL;
    }
}
