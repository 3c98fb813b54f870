package org.accountatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.accountatlas.analysis.PortfolioFigures.ChurnPeriod;
import org.accountatlas.analysis.PortfolioFigures.ParetoPoint;
import org.accountatlas.analysis.PortfolioFigures.PeriodLength;
import org.accountatlas.analysis.PortfolioFigures.SatisfactionBand;
import org.accountatlas.analysis.ServiceMatrix.Quadrant;
import org.accountatlas.analysis.TargetClassifier.TargetClass;
import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.ChurnReason;
import org.accountatlas.model.LifecycleStage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.RelationshipType;
import org.junit.jupiter.api.Test;

/** The dashboard's figures on worked examples from the course, each checked by hand. */
class PortfolioFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();

    /** Five accounts making 50, 30, 10, 6 and 4 of a profit of 100. */
    private Account account(String name, double profit, PyramidTier tier, String region) {
        Account account = AtlasFactory.eINSTANCE.createAccount();
        account.setName(name);
        account.setProfit(profit);
        account.setAnnualRevenue(profit * 10);
        account.setTier(tier);
        account.setRegion(region);
        account.setStatus(AccountStatus.ACTIVE);
        account.setCustomerSince(date(LocalDate.of(2020, 1, 1)));
        portfolio.getAccounts().add(account);
        return account;
    }

    private void fiveAccounts() {
        account("A", 50, PyramidTier.KEY_STRATEGIC, "North");
        account("B", 30, PyramidTier.KEY_STRATEGIC, "North");
        account("C", 10, PyramidTier.ORDINARY, "South");
        account("D", 6, PyramidTier.ORDINARY, "South");
        account("E", 4, PyramidTier.ORDINARY, "South");
    }

    @Test
    void theParetoCurveAndSuggestedTiersFollowTheFiftyEightyNinetyFiveRule() {
        fiveAccounts();
        List<ParetoPoint> pareto = figures(PortfolioFilter.ALL).pareto();
        assertEquals(List.of(0.5, 0.8, 0.9, 0.96, 1.0), pareto.stream().map(p -> round(p.cumulativeShare())).toList());
        assertEquals(List.of(PyramidTier.KEY_STRATEGIC, PyramidTier.KEY, PyramidTier.ORDINARY, PyramidTier.ORDINARY,
                PyramidTier.SMALL), pareto.stream().map(ParetoPoint::suggested).toList());
        assertEquals(List.of("B", "E"), pareto.stream().filter(ParetoPoint::disagrees).map(p -> p.account().getName())
                .toList(), "set key-strategic but suggested key; set ordinary but suggested small");
    }

    @Test
    void thePyramidCountsAndSharesProfitPerTier() {
        fiveAccounts();
        var pyramid = figures(PortfolioFilter.ALL).pyramid();
        assertEquals(PyramidTier.KEY_STRATEGIC, pyramid.get(0).tier());
        assertEquals(2, pyramid.get(0).accounts());
        assertEquals(800, pyramid.get(0).revenue());
        assertEquals(0.8, pyramid.get(0).profitShare(), 1e-9, "40 % of the accounts make 80 % of the profit");
        assertEquals(0, pyramid.get(1).accounts());
        assertEquals(3, pyramid.get(2).accounts());
        assertEquals(0.2, pyramid.get(2).profitShare(), 1e-9);
    }

    @Test
    void quadrantsAndTargetClassesSplitAtThePortfolioMedians() {
        double[] potentials = { 1, 2, 3, 4, 5 };
        double[] costs = { 5, 1, 3, 2, 4 };
        RelationshipType[] types = { RelationshipType.PARTNERSHIP, RelationshipType.TRANSACTIONAL,
            RelationshipType.STRATEGIC_ALLIANCE, RelationshipType.PREFERRED_SUPPLIER, RelationshipType.TRANSACTIONAL };
        for (int i = 0; i < 5; i++) {
            Account a = account("P" + i, 1, PyramidTier.SMALL, "North");
            a.setPotentialVolume(potentials[i]);
            a.setCostToServe(costs[i]);
            a.setRelationshipType(types[i]);
        }
        PortfolioFigures figures = figures(PortfolioFilter.ALL);
        assertEquals(3, figures.potentialSplit());
        assertEquals(3, figures.costSplit());
        assertEquals(List.of(Quadrant.CASH_COW, Quadrant.DOG, Quadrant.STAR, Quadrant.QUESTION_MARK,
                Quadrant.QUESTION_MARK), figures.service().stream().map(p -> p.quadrant()).toList());
        // demand >= 3 and cost <= 3 is a key target; demand < 3 and cost > 3 is none
        assertEquals(List.of(TargetClass.NON_TARGET, TargetClass.TARGET, TargetClass.KEY_TARGET, TargetClass.KEY_TARGET,
                TargetClass.TARGET), figures.targets().stream().map(p -> p.targetClass()).toList());
    }

    @Test
    void churnIsLostInThePeriodOverCustomersAtItsStart() {
        for (int i = 0; i < 10; i++) {
            account("Customer " + i, 1, PyramidTier.SMALL, "North");
        }
        lose(portfolio.getAccounts().get(0), LocalDate.of(2025, 3, 1), ChurnReason.LURED_BY_COMPETITOR);
        lose(portfolio.getAccounts().get(1), LocalDate.of(2025, 11, 30), ChurnReason.DISAPPOINTED);
        lose(portfolio.getAccounts().get(2), LocalDate.of(2026, 6, 1), ChurnReason.LURED_BY_COMPETITOR);

        List<ChurnPeriod> years = PortfolioFigures.of(portfolio, PortfolioFilter.ALL, TODAY, PeriodLength.YEAR, 2).churn();
        assertEquals(List.of("2025", "2026"), years.stream().map(ChurnPeriod::label).toList());
        assertEquals(10, years.get(0).rates().customersAtStart());
        assertEquals(2, years.get(0).rates().lost());
        assertEquals(0.2, years.get(0).rates().churnRate(), 1e-9);
        assertEquals(0.8, years.get(0).rates().retentionRate(), 1e-9);
        assertEquals(8, years.get(1).rates().customersAtStart());
        assertEquals(0.125, years.get(1).rates().churnRate(), 1e-9);
        var reasons = PortfolioFigures.of(portfolio, PortfolioFilter.ALL, TODAY, PeriodLength.YEAR, 2).churnByReason();
        assertEquals(2, reasons.get(ChurnReason.LURED_BY_COMPETITOR));
        assertEquals(1, reasons.get(ChurnReason.DISAPPOINTED));

        List<ChurnPeriod> quarters = PortfolioFigures.of(portfolio, PortfolioFilter.ALL, TODAY, PeriodLength.QUARTER, 8)
                .churn();
        assertEquals("2025 Q1", quarters.get(0).label());
        assertEquals("2026 Q4", quarters.get(7).label());
        assertEquals(1, quarters.get(0).rates().lost());
    }

    @Test
    void satisfactionIsPerceivedOverExpectedInBands() {
        double[][] ratings = { { 10, 7 }, { 10, 9 }, { 10, 10 }, { 8, 9 }, { 5, 8 }, { 0, 0 } };
        for (double[] rating : ratings) {
            Account a = account("S" + rating[1], 1, PyramidTier.SMALL, "North");
            a.setExpectedSatisfaction(rating[0]);
            a.setPerceivedSatisfaction(rating[1]);
        }
        var bands = figures(PortfolioFilter.ALL).satisfaction();
        assertEquals(1, bands.get(SatisfactionBand.BELOW_0_8), "C = 0.7");
        assertEquals(1, bands.get(SatisfactionBand.FROM_0_8), "C = 0.9");
        assertEquals(1, bands.get(SatisfactionBand.AROUND_1), "C = 1");
        assertEquals(1, bands.get(SatisfactionBand.ABOVE_1_05), "C = 1.125");
        assertEquals(1, bands.get(SatisfactionBand.ABOVE_1_2), "C = 1.6");
        assertEquals(1, bands.get(SatisfactionBand.UNASSESSED));
    }

    @Test
    void aFilterNarrowsEveryChartButMovesNoAccount() {
        fiveAccounts();
        portfolio.getAccounts().forEach(a -> a.setLifecycleStage(LifecycleStage.STABILITY));
        PortfolioFigures south = figures(new PortfolioFilter("South", null, null));
        assertEquals(List.of("C", "D", "E"), south.accounts().stream().map(Account::getName).toList());
        assertEquals(3, south.typeByStage().get(RelationshipType.TRANSACTIONAL).get(LifecycleStage.STABILITY));
        assertEquals(PyramidTier.ORDINARY, south.pareto().get(0).suggested(), "the portfolio's suggestion, not the region's");
        assertEquals(List.of("C", "D", "E"), south.lifetimeValue().stream().map(v -> v.account().getName()).toList());
        assertTrue(south.mapHealth().isEmpty(), "no key accounts in the south");
        assertEquals(2, figures(new PortfolioFilter(null, null, PyramidTier.KEY_STRATEGIC)).mapHealth().size());
    }

    private PortfolioFigures figures(PortfolioFilter filter) {
        return PortfolioFigures.of(portfolio, filter, TODAY, PeriodLength.YEAR, 3);
    }

    private static void lose(Account account, LocalDate day, ChurnReason reason) {
        account.setStatus(AccountStatus.LOST);
        account.setLostDate(date(day));
        account.setChurnReason(reason);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
