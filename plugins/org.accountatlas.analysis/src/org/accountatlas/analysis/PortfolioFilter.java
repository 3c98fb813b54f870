package org.accountatlas.analysis;

import java.util.function.Predicate;

import org.accountatlas.model.Account;
import org.accountatlas.model.PyramidTier;

/**
 * What the dashboard looks at: accounts of one region, industry and tier, each null for all.
 *
 * @param region   the region, or null for every region
 * @param industry the industry, or null for every industry
 * @param tier     the tier the planner set, or null for every tier
 */
public record PortfolioFilter(String region, String industry, PyramidTier tier) implements Predicate<Account> {

    /** Every account. */
    public static final PortfolioFilter ALL = new PortfolioFilter(null, null, null);

    @Override
    public boolean test(Account account) {
        return (region == null || region.equals(account.getRegion()))
                && (industry == null || industry.equals(account.getIndustry()))
                && (tier == null || tier == account.getTier());
    }
}
