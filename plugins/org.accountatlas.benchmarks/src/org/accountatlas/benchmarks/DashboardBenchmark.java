package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.millis;
import static org.accountatlas.benchmarks.Measure.timed;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.analysis.PortfolioFigures;
import org.accountatlas.analysis.PortfolioFigures.PeriodLength;
import org.accountatlas.analysis.PortfolioFilter;
import org.accountatlas.charts.AccountChart;
import org.accountatlas.charts.PortfolioCharts;
import org.accountatlas.model.Portfolio;
import org.accountatlas.review.PortfolioReview;
import org.accountatlas.review.ReviewPage;
import org.accountatlas.review.ReviewWriter;
import org.accountatlas.sample.GeneratedPortfolio;
import org.junit.jupiter.api.Test;

/**
 * What a strategist waits for on the 10,000-account portfolio: the dashboard built (its figures, its twelve charts,
 * each drawn at its size on screen) against computing the same figures alone, the baseline; a filter change
 * (the same work on fewer accounts); and the portfolio review pack written as PDF and PowerPoint.
 */
class DashboardBenchmark {

    private static final int ROUNDS = 5;

    private final Measure.Report report = new Measure.Report();

    @Test
    void dashboardAgainstItsFiguresAlone() throws Exception {
        int accounts = Integer.getInteger("benchmark.accounts", 10_000);
        Portfolio portfolio = GeneratedPortfolio.generate(accounts, 10, 8, 100, 42, new Date());
        String region = portfolio.getAccounts().get(0).getRegion();
        List<Long> figuresAlone = new ArrayList<>();
        List<Long> dashboard = new ArrayList<>();
        List<Long> filtered = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            long figures = timed(() -> figures(portfolio, PortfolioFilter.ALL));
            long built = timed(() -> drawn(figures(portfolio, PortfolioFilter.ALL)));
            long narrowed = timed(() -> drawn(figures(portfolio, new PortfolioFilter(region, null, null))));
            if (round > 0) { // the first round warms up
                figuresAlone.add(figures);
                dashboard.add(built);
                filtered.add(narrowed);
            }
        }
        long baseline = median(figuresAlone);
        report.line("dashboard: %,d accounts, %,d contacts", accounts, portfolio.getAccounts().stream()
                .mapToInt(a -> org.accountatlas.model.query.ModelQueries.contactsOf(a).size()).sum());
        report.line("figures alone (baseline)      %,6d ms", millis(baseline));
        report.line("dashboard built and drawn     %,6d ms = %.1f× the figures alone", millis(median(dashboard)),
                (double) median(dashboard) / baseline);
        report.line("filter by region %-10s  %,6d ms = %.1f× the figures alone", region, millis(median(filtered)),
                (double) median(filtered) / baseline);

        Path work = Files.createTempDirectory("atlas-dashboard-benchmark");
        List<AccountChart> charts = PortfolioCharts.of(figures(portfolio, PortfolioFilter.ALL), PeriodLength.YEAR);
        List<ReviewPage> pages = PortfolioReview.pages(new ReviewPage.Cover("Portfolio review", List.of(accounts
                + " accounts")), charts);
        long pdf = timed(() -> ReviewWriter.pdf(pages, work.resolve("pack.pdf")));
        long pptx = timed(() -> ReviewWriter.pptx(pages, work.resolve("pack.pptx")));
        report.line("review pack: PDF %,6d ms (%,d KB), PowerPoint %,6d ms (%,d KB)", millis(pdf),
                Files.size(work.resolve("pack.pdf")) >> 10, millis(pptx), Files.size(work.resolve("pack.pptx")) >> 10);
        accountPack(work);
        report.write(Measure.reportFile("dashboard"));
    }

    /** The account review pack of the sample's largest account (most people): built, then written both ways. */
    private void accountPack(Path work) throws Exception {
        Portfolio sample = org.accountatlas.sample.SamplePortfolio.build(new Date());
        new org.eclipse.emf.ecore.resource.impl.ResourceImpl().getContents().add(sample);
        org.accountatlas.model.Account largest = sample.getAccounts().stream().max(java.util.Comparator.comparingInt(
                a -> org.accountatlas.model.query.ModelQueries.contactsOf(a).size())).orElseThrow();
        var diagrams = new org.accountatlas.diagram.service.DiagramService(
                new org.accountatlas.diagram.export.Java2DMeasurer());
        List<Long> builds = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        List<List<ReviewPage>> built = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            long build = timed(() -> built.add(org.accountatlas.review.AccountReview.pages(largest, diagrams,
                    LocalDate.now())));
            List<ReviewPage> pages = built.get(built.size() - 1);
            long write = timed(() -> {
                ReviewWriter.pdf(pages, work.resolve("account.pdf"));
                ReviewWriter.pptx(pages, work.resolve("account.pptx"));
            });
            if (round > 0) {
                builds.add(build);
                writes.add(write);
            }
        }
        report.line("account pack of %s (%d people, %d pages): built %,d ms, written as PDF and PowerPoint %,d ms",
                largest.getName(), org.accountatlas.model.query.ModelQueries.contactsOf(largest).size(),
                built.get(0).size(), millis(median(builds)), millis(median(writes)));
    }

    private static PortfolioFigures figures(Portfolio portfolio, PortfolioFilter filter) {
        return PortfolioFigures.of(portfolio, filter, LocalDate.now(), PeriodLength.YEAR, 5);
    }

    /** The twelve charts as the dashboard shows them: built, then each drawn at its size on screen. */
    private static void drawn(PortfolioFigures figures) {
        for (AccountChart chart : PortfolioCharts.of(figures, PeriodLength.YEAR)) {
            BufferedImage image = new BufferedImage(620, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            chart.chart().draw(g, new Rectangle2D.Double(0, 0, 620, 400));
            g.dispose();
        }
    }
}
