package org.accountatlas.analysis;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.ChurnReason;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.LifecycleStage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.RelationshipType;
import org.accountatlas.model.query.ModelQueries;

/**
 * The portfolio at a glance, as the key-account course draws it: the customer pyramid, the Pareto curve of
 * profit, the service and target matrices, relationship type by lifecycle stage, churn and retention by period,
 * satisfaction, lifetime value and map health. Computed from the model with the same rules as the account
 * editor's figures: splits (medians), suggested tiers and retention are the whole portfolio's, so filtering
 * shows fewer accounts without moving any of them to another quadrant.
 *
 * @param accounts     the accounts shown (the filter's), in the portfolio's order
 * @param pyramid      one row per tier, key-strategic first
 * @param pareto       the accounts by profit, largest first, with the cumulative share of profit
 * @param service      the service matrix: potential against relationship strength, sized by revenue
 * @param potentialSplit the potential volume splitting high from low (the portfolio median)
 * @param targets      the target-selection matrix: demand against cost to serve
 * @param costSplit    the cost to serve splitting high from low (the portfolio median)
 * @param typeByStage  accounts by relationship type and lifecycle stage
 * @param churn        churn and retention for each period, oldest first
 * @param churnByReason accounts lost within the periods, by reason
 * @param satisfaction accounts by satisfaction band; unassessed ones apart
 * @param lifetimeValue the accounts by lifetime value, largest first
 * @param mapHealth    map health of the key-strategic and key accounts, worst first
 * @param coverageGaps decision makers (economic and technical buyers) nobody on our team covers
 */
public record PortfolioFigures(List<Account> accounts, List<TierRow> pyramid, List<ParetoPoint> pareto,
        List<ServicePoint> service, double potentialSplit, List<TargetPoint> targets, double costSplit,
        Map<RelationshipType, Map<LifecycleStage, Integer>> typeByStage, List<ChurnPeriod> churn,
        Map<ChurnReason, Integer> churnByReason, Map<SatisfactionBand, Integer> satisfaction,
        List<Valued> lifetimeValue, List<Health> mapHealth, List<Contact> coverageGaps) {

    /** The course's Pareto thresholds: key-strategic up to 50 % of profit, key to 80 %, ordinary to 95 %. */
    public static final double[] PARETO_THRESHOLDS = { ParetoTiering.KEY_STRATEGIC_SHARE, ParetoTiering.KEY_SHARE,
        ParetoTiering.ORDINARY_SHARE };

    /**
     * One tier of the pyramid.
     *
     * @param tier        the tier the planner set
     * @param accounts    how many accounts have it
     * @param revenue     their revenue
     * @param profit      their profit
     * @param profitShare their share of the shown accounts' positive profit (0 to 1)
     */
    public record TierRow(PyramidTier tier, int accounts, double revenue, double profit, double profitShare) {
    }

    /**
     * One account on the Pareto curve.
     *
     * @param account         the account
     * @param cumulativeShare the share of profit it and every larger account bring (0 to 1)
     * @param suggested       the tier its profit suggests
     * @param set             the tier the planner set
     */
    public record ParetoPoint(Account account, double cumulativeShare, PyramidTier suggested, PyramidTier set) {
        /** Whether the planner's tier differs from the suggested one. */
        public boolean disagrees() {
            return suggested != set;
        }
    }

    /**
     * One account in the service matrix.
     *
     * @param account  the account
     * @param strong   whether the relationship is strong (partnership or closer)
     * @param quadrant its quadrant
     */
    public record ServicePoint(Account account, boolean strong, ServiceMatrix.Quadrant quadrant) {
    }

    /**
     * One account in the target-selection matrix.
     *
     * @param account     the account
     * @param targetClass its class
     */
    public record TargetPoint(Account account, TargetClassifier.TargetClass targetClass) {
    }

    /**
     * Churn over one period.
     *
     * @param label the period as people say it ("2026", "2026 Q3")
     * @param from  its first day
     * @param to    the day after its last
     * @param rates lost in the period / customers at its start
     */
    public record ChurnPeriod(String label, Date from, Date to, Retention.Rates rates) {
    }

    /** Bands of C = perceived / expected. */
    public enum SatisfactionBand {
        /** C below 0.8. */
        BELOW_0_8,
        /** C from 0.8 to below 0.95. */
        FROM_0_8,
        /** C from 0.95 to 1.05: satisfied. */
        AROUND_1,
        /** C above 1.05 to 1.2. */
        ABOVE_1_05,
        /** C above 1.2. */
        ABOVE_1_2,
        /** Not assessed (no expectation recorded). */
        UNASSESSED
    }

    /**
     * An account and a value of it.
     *
     * @param account the account
     * @param value   the value
     */
    public record Valued(Account account, double value) {
    }

    /**
     * An account's map health.
     *
     * @param account the account
     * @param result  its status and failed checks
     */
    public record Health(Account account, MapHealth.Result result) {
    }

    /** Length of the periods churn is shown for. */
    public enum PeriodLength {
        /** Calendar years. */
        YEAR,
        /** Calendar quarters. */
        QUARTER
    }

    /**
     * The figures of the accounts the filter lets through, with churn for the last {@code periods} periods of the
     * given length up to {@code today}.
     */
    public static PortfolioFigures of(Portfolio portfolio, PortfolioFilter filter, LocalDate today,
            PeriodLength length, int periods) {
        List<Account> all = portfolio.getAccounts();
        List<Account> shown = all.stream().filter(filter).toList();
        double potentialSplit = Medians.of(all, Account::getPotentialVolume);
        double costSplit = Medians.of(all, Account::getCostToServe);
        Map<Account, PyramidTier> suggested = ParetoTiering.suggest(all);
        Date now = date(today);
        Retention.Rates lastYear = Retention.over(all, date(today.minusYears(1)), now);
        List<ChurnPeriod> churn = churn(shown, today, length, periods);
        return new PortfolioFigures(shown, pyramid(shown), pareto(shown, suggested),
                shown.stream().map(a -> new ServicePoint(a, ServiceMatrix.isStrong(a.getRelationshipType()),
                        ServiceMatrix.of(a, potentialSplit))).toList(), potentialSplit,
                shown.stream().map(a -> new TargetPoint(a, TargetClassifier.of(a, potentialSplit, costSplit))).toList(),
                costSplit, typeByStage(shown), churn, churnByReason(shown, churn), satisfaction(shown),
                shown.stream().map(a -> new Valued(a, LifetimeValue.of(a, lastYear.retentionRate(),
                        portfolio.getDiscountRate()))).sorted(Comparator.comparingDouble(Valued::value).reversed())
                        .toList(),
                mapHealth(shown), coverageGaps(shown));
    }

    private static List<TierRow> pyramid(List<Account> accounts) {
        double total = accounts.stream().mapToDouble(Account::getProfit).filter(p -> p > 0).sum();
        List<TierRow> rows = new ArrayList<>();
        for (PyramidTier tier : PyramidTier.VALUES) {
            List<Account> of = accounts.stream().filter(a -> a.getTier() == tier).toList();
            double profit = of.stream().mapToDouble(Account::getProfit).sum();
            double positive = of.stream().mapToDouble(Account::getProfit).filter(p -> p > 0).sum();
            rows.add(new TierRow(tier, of.size(), of.stream().mapToDouble(Account::getAnnualRevenue).sum(), profit,
                    total == 0 ? 0 : positive / total));
        }
        return rows;
    }

    private static List<ParetoPoint> pareto(List<Account> accounts, Map<Account, PyramidTier> suggested) {
        List<Account> ranked = new ArrayList<>(accounts);
        ranked.sort(Comparator.comparingDouble(Account::getProfit).reversed());
        double total = ranked.stream().mapToDouble(Account::getProfit).filter(p -> p > 0).sum();
        List<ParetoPoint> points = new ArrayList<>();
        double cumulative = 0;
        for (Account account : ranked) {
            cumulative += Math.max(0, account.getProfit());
            points.add(new ParetoPoint(account, total == 0 ? 0 : cumulative / total,
                    suggested.getOrDefault(account, PyramidTier.SMALL), account.getTier()));
        }
        return points;
    }

    private static Map<RelationshipType, Map<LifecycleStage, Integer>> typeByStage(List<Account> accounts) {
        Map<RelationshipType, Map<LifecycleStage, Integer>> grid = new EnumMap<>(RelationshipType.class);
        for (RelationshipType type : RelationshipType.VALUES) {
            Map<LifecycleStage, Integer> row = new EnumMap<>(LifecycleStage.class);
            LifecycleStage.VALUES.forEach(stage -> row.put(stage, 0));
            grid.put(type, row);
        }
        accounts.forEach(a -> grid.get(a.getRelationshipType()).merge(a.getLifecycleStage(), 1, Integer::sum));
        return grid;
    }

    private static List<ChurnPeriod> churn(List<Account> accounts, LocalDate today, PeriodLength length, int periods) {
        LocalDate end = length == PeriodLength.YEAR ? LocalDate.of(today.getYear() + 1, 1, 1)
                : LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1).plusMonths(3);
        List<ChurnPeriod> rows = new ArrayList<>();
        for (int i = periods; i >= 1; i--) {
            LocalDate from = length == PeriodLength.YEAR ? end.minusYears(i) : end.minusMonths(3L * i);
            LocalDate to = length == PeriodLength.YEAR ? from.plusYears(1) : from.plusMonths(3);
            String label = length == PeriodLength.YEAR ? Integer.toString(from.getYear())
                    : from.getYear() + " Q" + ((from.getMonthValue() - 1) / 3 + 1);
            rows.add(new ChurnPeriod(label, date(from), date(to), Retention.over(accounts, date(from), date(to))));
        }
        return rows;
    }

    private static Map<ChurnReason, Integer> churnByReason(List<Account> accounts, List<ChurnPeriod> periods) {
        Map<ChurnReason, Integer> reasons = new EnumMap<>(ChurnReason.class);
        if (periods.isEmpty()) {
            return reasons;
        }
        Date from = periods.get(0).from();
        Date to = periods.get(periods.size() - 1).to();
        for (Account account : accounts) {
            Date lost = account.getLostDate();
            if (account.getStatus() == AccountStatus.LOST && lost != null && !lost.before(from) && lost.before(to)) {
                reasons.merge(account.getChurnReason(), 1, Integer::sum);
            }
        }
        return reasons;
    }

    private static Map<SatisfactionBand, Integer> satisfaction(List<Account> accounts) {
        Map<SatisfactionBand, Integer> bands = new EnumMap<>(SatisfactionBand.class);
        for (SatisfactionBand band : SatisfactionBand.values()) {
            bands.put(band, 0);
        }
        for (Account account : accounts) {
            bands.merge(bandOf(account), 1, Integer::sum);
        }
        return bands;
    }

    /** The band of the account's satisfaction index C. */
    public static SatisfactionBand bandOf(Account account) {
        var index = Satisfaction.index(account);
        if (index.isEmpty()) {
            return SatisfactionBand.UNASSESSED;
        }
        double c = index.getAsDouble();
        if (c < 0.8) {
            return SatisfactionBand.BELOW_0_8;
        } else if (c < 1 - Satisfaction.TOLERANCE) {
            return SatisfactionBand.FROM_0_8;
        } else if (c <= 1 + Satisfaction.TOLERANCE) {
            return SatisfactionBand.AROUND_1;
        }
        return c <= 1.2 ? SatisfactionBand.ABOVE_1_05 : SatisfactionBand.ABOVE_1_2;
    }

    private static List<Health> mapHealth(List<Account> accounts) {
        return accounts.stream()
                .filter(a -> a.getTier() == PyramidTier.KEY_STRATEGIC || a.getTier() == PyramidTier.KEY)
                .filter(a -> a.getStatus() != AccountStatus.LOST)
                .map(a -> new Health(a, MapHealth.of(a)))
                .sorted(Comparator.comparing((Health h) -> h.result().status()).reversed()
                        .thenComparing(h -> -h.result().failed().size()))
                .toList();
    }

    private static List<Contact> coverageGaps(List<Account> accounts) {
        List<Contact> gaps = new ArrayList<>();
        for (Account account : accounts) {
            if (account.getStatus() == AccountStatus.LOST) {
                continue;
            }
            for (Contact contact : ModelQueries.contactsOf(account)) {
                boolean decides = contact.getBuyingRole() == BuyingRole.ECONOMIC_BUYER
                        || contact.getBuyingRole() == BuyingRole.TECHNICAL_BUYER;
                if (decides && contact.getStatus() != ContactStatus.LEFT && !MapHealth.covered(account, contact)) {
                    gaps.add(contact);
                }
            }
        }
        return gaps;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
