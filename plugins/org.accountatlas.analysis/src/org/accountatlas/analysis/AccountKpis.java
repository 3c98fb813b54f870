package org.accountatlas.analysis;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.OptionalDouble;

import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;

/**
 * The values derived for one account, as the account editor shows them: each is recomputed from the model, so
 * the figures follow every edit. Splits and tiers are relative to the account's portfolio.
 *
 * @param rolledUpRevenue revenue of the account and all its subsidiaries
 * @param satisfaction C = perceived / expected, empty while not assessed
 * @param quadrant the service-matrix quadrant (potential split at the portfolio median)
 * @param targetClass the target class (demand and cost split at the portfolio medians)
 * @param suggestedTier the pyramid tier the 80/20 rule suggests from profit
 * @param lifetimeValue profit kept at the portfolio's retention of the last year, discounted at its rate
 * @param retention the portfolio's retention over the last year, which the lifetime value assumes
 * @param mapHealth how well we know who decides
 */
public record AccountKpis(double rolledUpRevenue, OptionalDouble satisfaction, ServiceMatrix.Quadrant quadrant,
        TargetClassifier.TargetClass targetClass, PyramidTier suggestedTier, double lifetimeValue,
        Retention.Rates retention, MapHealth.Result mapHealth) {

    private static final Duration YEAR = Duration.ofDays(365);

    /** Computes the values at {@code now}; an account outside a portfolio is compared with itself alone. */
    public static AccountKpis of(Account account, Date now) {
        List<Account> peers = account.eContainer() instanceof Portfolio portfolio ? portfolio.getAccounts() : List.of(account);
        double discountRate = account.eContainer() instanceof Portfolio portfolio ? portfolio.getDiscountRate() : 0;
        double potentialSplit = Medians.of(peers, Account::getPotentialVolume);
        double costSplit = Medians.of(peers, Account::getCostToServe);
        Retention.Rates retention = Retention.over(peers, Date.from(now.toInstant().minus(YEAR)), now);
        return new AccountKpis(Rollup.revenue(account), Satisfaction.index(account),
                ServiceMatrix.of(account, potentialSplit), TargetClassifier.of(account, potentialSplit, costSplit),
                ParetoTiering.suggest(peers).getOrDefault(account, PyramidTier.SMALL),
                LifetimeValue.of(account, retention.retentionRate(), discountRate), retention, MapHealth.of(account));
    }
}
