package org.accountatlas.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.accountatlas.analysis.PortfolioFigures;
import org.accountatlas.analysis.PortfolioFigures.PeriodLength;
import org.accountatlas.analysis.PortfolioFilter;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The dashboard's charts show the analysis figures, and every mark leads to the accounts it stands for. */
class PortfolioChartsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final Portfolio sample = SamplePortfolio.build(Date.from(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    private final PortfolioFigures figures = PortfolioFigures.of(sample, PortfolioFilter.ALL, TODAY, PeriodLength.YEAR, 3);
    private final List<AccountChart> charts = PortfolioCharts.of(figures, PeriodLength.YEAR);

    @Test
    void everyFigureHasItsChartAndEachDraws() {
        assertEquals(List.of("pyramid", "pareto", "service-matrix", "targets", "type-by-stage", "churn", "churn-reasons",
                "satisfaction", "lifetime-value", "map-health", "failed-checks", "coverage-gaps"),
                charts.stream().map(AccountChart::key).toList());
        for (AccountChart chart : charts) {
            ChartRenderingInfo info = draw(chart);
            assertFalse(chart.title().isBlank(), chart.key());
            assertTrue(info.getEntityCollection().getEntityCount() > 0, chart.key() + " has marks");
        }
    }

    @Test
    void eachBarHoldsTheAccountsItCounts() {
        for (AccountChart chart : charts) {
            if (!(chart.chart().getPlot() instanceof CategoryPlot plot)) {
                continue;
            }
            for (Object entity : draw(chart).getEntityCollection().getEntities()) {
                if (entity instanceof CategoryItemEntity bar && !chart.key().equals("lifetime-value")
                        && !chart.key().equals("coverage-gaps") && !chart.key().equals("churn")) {
                    Number value = plot.getDataset().getValue(bar.getRowKey(), bar.getColumnKey());
                    assertEquals(value.intValue(), chart.accountsAt(bar).size(), chart.key() + " " + bar.getColumnKey());
                }
            }
        }
    }

    @Test
    void thePyramidCountsTheTiersOfTheFigures() {
        CategoryPlot plot = (CategoryPlot) charts.get(0).chart().getPlot();
        for (int i = 0; i < figures.pyramid().size(); i++) {
            assertEquals(figures.pyramid().get(i).accounts(), plot.getDataset().getValue(0, i).intValue());
        }
        assertEquals(sample.getAccounts().size(), figures.pyramid().stream().mapToInt(r -> r.accounts()).sum());
    }

    @Test
    void aPointOfTheServiceMatrixIsItsAccount() {
        AccountChart matrix = charts.get(2);
        XYDataset data = matrix.chart().getXYPlot().getDataset();
        int points = 0;
        for (Object entity : draw(matrix).getEntityCollection().getEntities()) {
            if (entity instanceof XYItemEntity point) {
                List<Account> accounts = matrix.accountsAt(point);
                assertEquals(1, accounts.size());
                assertEquals(accounts.get(0).getPotentialVolume(),
                        data.getYValue(point.getSeriesIndex(), point.getItem()), 1e-9);
                points++;
            }
        }
        assertEquals(sample.getAccounts().size(), points, "every account is a bubble");
    }

    @Test
    void theParetoCurveMarksTheDisagreeingAccountsApart() {
        AccountChart pareto = charts.get(1);
        long disagreeing = figures.pareto().stream().filter(PortfolioFigures.ParetoPoint::disagrees).count();
        assertEquals(disagreeing, pareto.points().get(2).size());
        assertTrue(pareto.detail().contains(Long.toString(disagreeing)), pareto.detail());
    }

    @Test
    void withoutPotentialsTheMatricesSaySoInsteadOfDrawingALine() {
        Portfolio bare = org.accountatlas.model.AtlasFactory.eINSTANCE.createPortfolio();
        for (int i = 0; i < 5; i++) {
            Account account = org.accountatlas.model.AtlasFactory.eINSTANCE.createAccount();
            account.setName("Bare " + i);
            account.setProfit(10 + i);
            bare.getAccounts().add(account);
        }
        List<AccountChart> bareCharts = PortfolioCharts.of(PortfolioFigures.of(bare, PortfolioFilter.ALL, TODAY,
                PeriodLength.YEAR, 3), PeriodLength.YEAR);
        for (AccountChart matrix : List.of(bareCharts.get(2), bareCharts.get(3))) {
            assertEquals(0, org.jfree.data.general.DatasetUtils.findDomainBounds(matrix.chart().getXYPlot().getDataset())
                    == null ? 0 : 1, matrix.key() + " draws no points");
            assertTrue(matrix.chart().getXYPlot().getNoDataMessage().contains("recorded"), matrix.key());
        }
    }

    private static ChartRenderingInfo draw(AccountChart chart) {
        BufferedImage image = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, 900, 560), info);
        g.dispose();
        return info;
    }
}
