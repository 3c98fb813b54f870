package org.accountatlas.charts;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.accountatlas.analysis.MapHealth;
import org.accountatlas.analysis.PortfolioFigures;
import org.accountatlas.analysis.PortfolioFigures.ChurnPeriod;
import org.accountatlas.analysis.PortfolioFigures.ParetoPoint;
import org.accountatlas.analysis.PortfolioFigures.PeriodLength;
import org.accountatlas.analysis.PortfolioFigures.SatisfactionBand;
import org.accountatlas.analysis.ServiceMatrix;
import org.accountatlas.analysis.TargetClassifier;
import org.accountatlas.edit.properties.LiteralLabels;
import org.accountatlas.model.Account;
import org.accountatlas.model.AccountStatus;
import org.accountatlas.model.ChurnReason;
import org.accountatlas.model.Contact;
import org.accountatlas.model.LifecycleStage;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.RelationshipType;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The dashboard's charts, one per figure of {@link PortfolioFigures}, in the user's language: each knows the
 * accounts behind its marks. Charts draw through Java2D, so the same chart goes on screen (as an image), into
 * PNG, SVG and PDF.
 */
public final class PortfolioCharts {

    /** Rankings show at most this many accounts. */
    public static final int RANKED = 15;

    private final PortfolioFigures figures;
    private final PeriodLength periodLength;
    private final NumberFormat percent = NumberFormat.getPercentInstance();
    private final NumberFormat number = NumberFormat.getNumberInstance();

    private PortfolioCharts(PortfolioFigures figures, PeriodLength periodLength) {
        this.figures = figures;
        this.periodLength = periodLength;
        number.setMaximumFractionDigits(0); // medians of money: whole units
    }

    /** Every chart of the dashboard for the figures, in reading order. */
    public static List<AccountChart> of(PortfolioFigures figures, PeriodLength periodLength) {
        PortfolioCharts charts = new PortfolioCharts(figures, periodLength);
        return List.of(charts.pyramid(), charts.pareto(), charts.serviceMatrix(), charts.targets(), charts.typeByStage(),
                charts.churn(), charts.churnReasons(), charts.satisfaction(), charts.lifetimeValue(), charts.mapHealth(),
                charts.failedChecks(), charts.coverageGaps());
    }

    private AccountChart pyramid() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        String series = Messages.Pyramid_axis;
        Map<String, String> labels = new HashMap<>();
        for (PortfolioFigures.TierRow row : figures.pyramid()) {
            String tier = LiteralLabels.of(row.tier());
            data.addValue(row.accounts(), series, tier);
            bars.put(AccountChart.cell(series, tier), accountsWhere(a -> a.getTier() == row.tier()));
            labels.put(tier, NLS.bind(Messages.Pyramid_label, row.accounts(), percent.format(row.profitShare())));
        }
        double top = figures.pyramid().stream().filter(r -> r.tier() == PyramidTier.KEY_STRATEGIC || r.tier() == PyramidTier.KEY)
                .mapToDouble(PortfolioFigures.TierRow::profitShare).sum();
        JFreeChart chart = ChartFactory.createBarChart(Messages.Pyramid_title, null,
                Messages.Pyramid_axis, data, PlotOrientation.HORIZONTAL, false, true, false);
        BarRenderer renderer = bars(chart, ChartLook.BLUE);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return labels.get(String.valueOf(dataset.getColumnKey(column)));
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        ((CategoryPlot) chart.getPlot()).getRangeAxis().setUpperMargin(0.75); // room for the labels
        return new AccountChart("pyramid", ChartLook.styled(chart, NLS.bind(Messages.Pyramid_detail, percent.format(top))),
                List.of(), bars);
    }

    private AccountChart pareto() {
        List<ParetoPoint> points = figures.pareto();
        XYSeries curve = new XYSeries(Messages.Pareto_y, false, true);
        XYSeries agree = new XYSeries(Messages.Pareto_agrees, false, true);
        XYSeries disagree = new XYSeries(Messages.Pareto_disagrees, false, true);
        List<Account> curveAccounts = new ArrayList<>();
        List<Account> agreeing = new ArrayList<>();
        List<Account> disagreeing = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ParetoPoint point = points.get(i);
            double x = (i + 1.0) / points.size();
            curve.add(x, point.cumulativeShare());
            curveAccounts.add(point.account());
            (point.disagrees() ? disagree : agree).add(x, point.cumulativeShare());
            (point.disagrees() ? disagreeing : agreeing).add(point.account());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(agree);
        data.addSeries(disagree);
        JFreeChart chart = ChartFactory.createXYLineChart(Messages.Pareto_title,
                Messages.Pareto_x, Messages.Pareto_y, data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesVisibleInLegend(0, false);
        renderer.setSeriesPaint(0, ChartLook.GREY);
        for (int s = 1; s <= 2; s++) {
            renderer.setSeriesLinesVisible(s, false);
            renderer.setSeriesShapesVisible(s, true);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        renderer.setSeriesPaint(1, ChartLook.BLUE);
        renderer.setSeriesPaint(2, ChartLook.RED);
        plot.setRenderer(renderer);
        for (double threshold : PortfolioFigures.PARETO_THRESHOLDS) {
            plot.addRangeMarker(marker(threshold, NLS.bind(Messages.Pareto_threshold, percent.format(threshold))));
        }
        percentAxis((NumberAxis) plot.getRangeAxis(), 1.0);
        percentAxis((NumberAxis) plot.getDomainAxis(), 1.0);
        return new AccountChart("pareto", ChartLook.styled(chart, NLS.bind(Messages.Pareto_detail, disagreeing.size())),
                List.of(curveAccounts, agreeing, disagreeing), Map.of());
    }

    private AccountChart serviceMatrix() {
        Map<ServiceMatrix.Quadrant, XYSeries> series = new LinkedHashMap<>();
        Map<ServiceMatrix.Quadrant, List<Account>> accounts = new LinkedHashMap<>();
        for (ServiceMatrix.Quadrant quadrant : ServiceMatrix.Quadrant.values()) {
            series.put(quadrant, new XYSeries(Messages.of("Quadrant", quadrant), false, true));
            accounts.put(quadrant, new ArrayList<>());
        }
        double largest = figures.service().stream().mapToDouble(p -> p.account().getAnnualRevenue()).max().orElse(1);
        // Without any potential recorded every bubble would sit on one line: say so instead of drawing that.
        boolean potentials = figures.service().stream().anyMatch(p -> p.account().getPotentialVolume() != 0);
        Map<Account, Double> sizes = new HashMap<>();
        for (PortfolioFigures.ServicePoint point : potentials ? figures.service() : List.<PortfolioFigures.ServicePoint>of()) {
            Account account = point.account();
            double x = account.getRelationshipType().getValue() + jitter(account);
            series.get(point.quadrant()).add(x, account.getPotentialVolume());
            accounts.get(point.quadrant()).add(account);
            sizes.put(account, 4 + 22 * Math.sqrt(Math.max(0, account.getAnnualRevenue()) / Math.max(largest, 1)));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createScatterPlot(Messages.Service_title, null, Messages.Service_y, data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setNoDataMessage(Messages.NoPotential);
        List<List<Account>> points = new ArrayList<>(accounts.values());
        plot.setRenderer(new SizedPoints(points, sizes));
        paintSeries(plot, ChartLook.GREEN, ChartLook.AMBER, ChartLook.BLUE, ChartLook.GREY);
        SymbolAxis types = new SymbolAxis(null, RelationshipType.VALUES.stream().map(LiteralLabels::of).toArray(String[]::new));
        types.setRange(-0.6, RelationshipType.VALUES.size() - 0.4);
        plot.setDomainAxis(types);
        plot.addDomainMarker(marker(RelationshipType.PARTNERSHIP_VALUE - 0.5, null));
        plot.addRangeMarker(marker(figures.potentialSplit(), NLS.bind(Messages.Split, number.format(figures.potentialSplit()))));
        return new AccountChart("service-matrix", ChartLook.styled(chart, Messages.Service_detail), points, Map.of());
    }

    private AccountChart targets() {
        Map<TargetClassifier.TargetClass, XYSeries> series = new LinkedHashMap<>();
        Map<TargetClassifier.TargetClass, List<Account>> accounts = new LinkedHashMap<>();
        for (TargetClassifier.TargetClass targetClass : TargetClassifier.TargetClass.values()) {
            series.put(targetClass, new XYSeries(Messages.of("Target", targetClass), false, true));
            accounts.put(targetClass, new ArrayList<>());
        }
        boolean recorded = figures.targets().stream()
                .anyMatch(p -> p.account().getPotentialVolume() != 0 || p.account().getCostToServe() != 0);
        for (PortfolioFigures.TargetPoint point : recorded ? figures.targets() : List.<PortfolioFigures.TargetPoint>of()) {
            series.get(point.targetClass()).add(point.account().getCostToServe(), point.account().getPotentialVolume());
            accounts.get(point.targetClass()).add(point.account());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createScatterPlot(Messages.Targets_title, Messages.Targets_x, Messages.Targets_y,
                data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setNoDataMessage(Messages.NoDemandOrCost);
        paintSeries(plot, ChartLook.GREEN, ChartLook.BLUE, ChartLook.GREY);
        ValueMarker costMarker = marker(figures.costSplit(), NLS.bind(Messages.Split, number.format(figures.costSplit())));
        costMarker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        costMarker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(costMarker);
        plot.addRangeMarker(marker(figures.potentialSplit(), NLS.bind(Messages.Split, number.format(figures.potentialSplit()))));
        return new AccountChart("targets", ChartLook.styled(chart, Messages.Targets_detail), new ArrayList<>(accounts.values()),
                Map.of());
    }

    private AccountChart typeByStage() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        for (LifecycleStage stage : LifecycleStage.VALUES) {
            for (RelationshipType type : RelationshipType.VALUES) {
                String row = LiteralLabels.of(stage);
                String column = LiteralLabels.of(type);
                data.addValue(figures.typeByStage().get(type).get(stage), row, column);
                bars.put(AccountChart.cell(row, column),
                        accountsWhere(a -> a.getLifecycleStage() == stage && a.getRelationshipType() == type));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(Messages.TypeByStage_title, null, Messages.Accounts, data,
                PlotOrientation.VERTICAL, true, true, false);
        BarRenderer renderer = bars(chart, ChartLook.SERIES);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number value = dataset.getValue(row, column);
                return value == null || value.intValue() == 0 ? null : value.toString();
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        integerAxis(chart);
        return new AccountChart("type-by-stage", ChartLook.styled(chart), List.of(), bars);
    }

    private AccountChart churn() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        String series = Messages.Churn_axis;
        for (ChurnPeriod period : figures.churn()) {
            data.addValue(period.rates().churnRate(), series, period.label());
            bars.put(AccountChart.cell(series, period.label()), lostBetween(period.from(), period.to(), null));
            labels.put(period.label(), NLS.bind(Messages.Churn_label, new Object[] { period.rates().lost(),
                period.rates().customersAtStart(), percent.format(period.rates().churnRate()),
                percent.format(period.rates().retentionRate()) }));
        }
        String length = periodLength == PeriodLength.YEAR ? Messages.Churn_year : Messages.Churn_quarter;
        JFreeChart chart = ChartFactory.createBarChart(NLS.bind(Messages.Churn_title, length), null, Messages.Churn_axis,
                data, PlotOrientation.VERTICAL, false, true, false);
        BarRenderer renderer = bars(chart, ChartLook.RED);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return labels.get(String.valueOf(dataset.getColumnKey(column)));
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        double highest = figures.churn().stream().mapToDouble(p -> p.rates().churnRate()).max().orElse(0);
        percentAxis((NumberAxis) plot.getRangeAxis(), Math.max(0.05, highest * 1.3));
        return new AccountChart("churn", ChartLook.styled(chart, Messages.Churn_detail), List.of(), bars);
    }

    private AccountChart churnReasons() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        String series = Messages.Accounts;
        Date from = figures.churn().isEmpty() ? new Date(0) : figures.churn().get(0).from();
        Date to = figures.churn().isEmpty() ? new Date() : figures.churn().get(figures.churn().size() - 1).to();
        for (ChurnReason reason : ChurnReason.VALUES) {
            // A lost account without a reason is not "None": the reason was not recorded.
            String column = reason == ChurnReason.NONE ? Messages.Reason_none : LiteralLabels.of(reason);
            data.addValue(figures.churnByReason().getOrDefault(reason, 0), series, column);
            bars.put(AccountChart.cell(series, column), lostBetween(from, to, reason));
        }
        DateFormat day = DateFormat.getDateInstance(DateFormat.MEDIUM);
        JFreeChart chart = ChartFactory.createBarChart(Messages.Reasons_title, null, Messages.Accounts, data,
                PlotOrientation.HORIZONTAL, false, true, false);
        bars(chart, ChartLook.RED);
        integerAxis(chart);
        return new AccountChart("churn-reasons", ChartLook.styled(chart, NLS.bind(Messages.Reasons_detail,
                day.format(from), day.format(new Date(to.getTime() - 1)))), List.of(), bars);
    }

    private AccountChart satisfaction() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        String series = Messages.Accounts;
        for (SatisfactionBand band : SatisfactionBand.values()) {
            String column = Messages.of("Band", band);
            data.addValue(figures.satisfaction().get(band), series, column);
            bars.put(AccountChart.cell(series, column), accountsWhere(a -> PortfolioFigures.bandOf(a) == band));
        }
        JFreeChart chart = ChartFactory.createBarChart(Messages.Satisfaction_title, null, Messages.Accounts, data,
                PlotOrientation.VERTICAL, false, true, false);
        BarRenderer renderer = new ColumnPaints(ChartLook.RED, ChartLook.AMBER, ChartLook.GREEN, ChartLook.BLUE,
                ChartLook.BLUE.darker(), ChartLook.GREY);
        ((CategoryPlot) chart.getPlot()).setRenderer(renderer);
        plain(renderer);
        integerAxis(chart);
        return new AccountChart("satisfaction", ChartLook.styled(chart), List.of(), bars);
    }

    private AccountChart lifetimeValue() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        String series = Messages.Lifetime_axis;
        List<PortfolioFigures.Valued> ranked = figures.lifetimeValue().stream().limit(RANKED).toList();
        for (int i = 0; i < ranked.size(); i++) {
            String column = (i + 1) + ". " + ranked.get(i).account().getName();
            data.addValue(ranked.get(i).value(), series, column);
            bars.put(AccountChart.cell(series, column), List.of(ranked.get(i).account()));
        }
        JFreeChart chart = ChartFactory.createBarChart(NLS.bind(Messages.Lifetime_title, ranked.size()), null,
                Messages.Lifetime_axis, data, PlotOrientation.HORIZONTAL, false, true, false);
        bars(chart, ChartLook.GREEN);
        return new AccountChart("lifetime-value", ChartLook.styled(chart), List.of(), bars);
    }

    private AccountChart mapHealth() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        String series = Messages.Accounts;
        for (MapHealth.Status status : new MapHealth.Status[] { MapHealth.Status.RED, MapHealth.Status.AMBER,
            MapHealth.Status.GREEN }) {
            String column = Messages.of("Health", status);
            List<Account> of = figures.mapHealth().stream().filter(h -> h.result().status() == status)
                    .map(PortfolioFigures.Health::account).toList();
            data.addValue(of.size(), series, column);
            bars.put(AccountChart.cell(series, column), of);
        }
        JFreeChart chart = ChartFactory.createBarChart(NLS.bind(Messages.Health_title, figures.mapHealth().size()), null,
                Messages.Accounts, data, PlotOrientation.VERTICAL, false, true, false);
        BarRenderer renderer = new ColumnPaints(ChartLook.RED, ChartLook.AMBER, ChartLook.GREEN);
        ((CategoryPlot) chart.getPlot()).setRenderer(renderer);
        plain(renderer);
        integerAxis(chart);
        return new AccountChart("map-health", ChartLook.styled(chart), List.of(), bars);
    }

    private AccountChart failedChecks() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        String series = Messages.Accounts;
        for (MapHealth.Check check : MapHealth.Check.values()) {
            String column = Messages.of("Check", check);
            List<Account> failing = figures.mapHealth().stream().filter(h -> !h.result().passed(check))
                    .map(PortfolioFigures.Health::account).toList();
            data.addValue(failing.size(), series, column);
            bars.put(AccountChart.cell(series, column), failing);
        }
        JFreeChart chart = ChartFactory.createBarChart(Messages.Checks_title, null, Messages.Accounts, data,
                PlotOrientation.HORIZONTAL, false, true, false);
        bars(chart, ChartLook.AMBER);
        integerAxis(chart);
        return new AccountChart("failed-checks", ChartLook.styled(chart), List.of(), bars);
    }

    private AccountChart coverageGaps() {
        Map<Account, Integer> uncovered = new LinkedHashMap<>();
        for (Contact contact : figures.coverageGaps()) {
            uncovered.merge(ModelQueries.accountOf(contact), 1, Integer::sum);
        }
        List<Map.Entry<Account, Integer>> ranked = uncovered.entrySet().stream()
                .sorted(Map.Entry.<Account, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getName(), Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(RANKED).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, List<Account>> bars = new HashMap<>();
        String series = Messages.Gaps_axis;
        for (int i = 0; i < ranked.size(); i++) {
            String column = (i + 1) + ". " + ranked.get(i).getKey().getName();
            data.addValue(ranked.get(i).getValue(), series, column);
            bars.put(AccountChart.cell(series, column), List.of(ranked.get(i).getKey()));
        }
        JFreeChart chart = ChartFactory.createBarChart(Messages.Gaps_title, null,
                Messages.Gaps_axis, data, PlotOrientation.HORIZONTAL, false, true, false);
        bars(chart, ChartLook.RED);
        integerAxis(chart);
        return new AccountChart("coverage-gaps", ChartLook.styled(chart, NLS.bind(Messages.Gaps_detail,
                figures.coverageGaps().size())), List.of(), bars);
    }

    private List<Account> accountsWhere(Predicate<Account> test) {
        return figures.accounts().stream().filter(test).toList();
    }

    private List<Account> lostBetween(Date from, Date to, ChurnReason reason) {
        return accountsWhere(a -> a.getStatus() == AccountStatus.LOST && a.getLostDate() != null
                && !a.getLostDate().before(from) && a.getLostDate().before(to)
                && (reason == null || a.getChurnReason() == reason));
    }

    /** Spreads the accounts of one relationship type across its column, the same way every time. */
    private static double jitter(Account account) {
        int hash = String.valueOf(account.getId() != null ? account.getId() : account.getName()).hashCode();
        return ((hash & 0xFFFF) / 65535.0 - 0.5) * 0.6;
    }

    private static BarRenderer bars(JFreeChart chart, Color... paints) {
        BarRenderer renderer = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        plain(renderer);
        for (int i = 0; i < paints.length; i++) {
            renderer.setSeriesPaint(i, paints[i]);
        }
        return renderer;
    }

    private static void plain(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelFont(ChartLook.labelFont());
    }

    private static void paintSeries(XYPlot plot, Color... paints) {
        for (int i = 0; i < paints.length; i++) {
            plot.getRenderer().setSeriesPaint(i, paints[i]);
        }
    }

    private static void integerAxis(JFreeChart chart) {
        ((CategoryPlot) chart.getPlot()).getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    private void percentAxis(NumberAxis axis, double upper) {
        NumberFormat format = NumberFormat.getPercentInstance();
        format.setMaximumFractionDigits(upper < 0.1 ? 1 : 0); // small rates: 0.5 %, not 0 % twice
        axis.setNumberFormatOverride(format);
        axis.setRange(0, upper);
    }

    private static ValueMarker marker(double value, String label) {
        ValueMarker marker = new ValueMarker(value, ChartLook.GREY, ChartLook.dashed());
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelFont(ChartLook.labelFont());
            marker.setLabelPaint(ChartLook.INK);
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        }
        return marker;
    }

    /** Points sized by revenue, the area growing with it. */
    private static final class SizedPoints extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<List<Account>> points;
        private final transient Map<Account, Double> sizes;

        SizedPoints(List<List<Account>> points, Map<Account, Double> sizes) {
            super(false, true);
            this.points = points;
            this.sizes = sizes;
            setDefaultLegendShape(new Ellipse2D.Double(-5, -5, 10, 10)); // the legend shows bubbles, as drawn
        }

        @Override
        public Shape getItemShape(int row, int column) {
            double size = sizes.getOrDefault(points.get(row).get(column), 6.0);
            return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
        }
    }

    /** A bar colour per column (red, amber, green), where one series has bars of different meaning. */
    private static final class ColumnPaints extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final Color[] paints;

        ColumnPaints(Color... paints) {
            this.paints = paints;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paints[Math.min(column, paints.length - 1)];
        }
    }
}
