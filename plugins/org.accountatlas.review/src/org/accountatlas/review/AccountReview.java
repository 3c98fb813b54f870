package org.accountatlas.review;

import java.text.DateFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;

import org.accountatlas.analysis.AccountKpis;
import org.accountatlas.analysis.MapHealth;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.PageSize;
import org.accountatlas.diagram.service.DiagramPages;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.edit.properties.LiteralLabels;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.CompetitorPosition;
import org.accountatlas.model.Complaint;
import org.accountatlas.model.ComplaintStatus;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The pages of an account's review pack, in the order a quarterly review goes through them: title, KPIs, the
 * group's hierarchy and the account's decision map (as the maps draw them), coverage of the decision makers,
 * competitors on the course's six dimensions with their shares as a chart, needs, plan objectives and actions,
 * open complaints. Reads the model; the maps are made for the pack and added to nothing.
 */
public final class AccountReview {

    private final Account account;
    private final DiagramService diagrams;
    private final LocalDate today;
    private final NumberFormat money;
    private final NumberFormat decimal = NumberFormat.getNumberInstance();

    private AccountReview(Account account, DiagramService diagrams, LocalDate today) {
        this.account = account;
        this.diagrams = diagrams;
        this.today = today;
        this.money = NumberFormat.getCurrencyInstance();
        String currency = account.eContainer() instanceof Portfolio p ? p.getCurrency() : null;
        try {
            if (currency != null && !currency.isBlank()) {
                money.setCurrency(Currency.getInstance(currency));
            }
        } catch (IllegalArgumentException unknownCode) {
            // shown in the locale's currency sign rather than refused
        }
        money.setMaximumFractionDigits(0);
        decimal.setMaximumFractionDigits(2);
    }

    /** The review pages of the account as of today. */
    public static List<ReviewPage> pages(Account account, DiagramService diagrams, LocalDate today) {
        return new AccountReview(account, diagrams, today).pages();
    }

    private List<ReviewPage> pages() {
        List<ReviewPage> pages = new ArrayList<>();
        pages.add(cover());
        pages.add(kpis());
        Account group = account;
        while (group.getParent() != null) {
            group = group.getParent();
        }
        if (group != account || !account.getSubsidiaries().isEmpty()) {
            pages.addAll(maps(Messages.Review_hierarchy, "hierarchy", group));
        }
        if (!ModelQueries.contactsOf(account).isEmpty()) {
            pages.addAll(maps(Messages.Review_decisionMap, "decision-map", account));
        }
        pages.add(coverage());
        pages.add(competitors());
        pages.add(competitorShares());
        pages.add(needs());
        pages.add(objectives());
        pages.add(actions());
        pages.add(complaints());
        return pages;
    }

    private ReviewPage cover() {
        List<String> lines = new ArrayList<>();
        lines.add(DateFormat.getDateInstance(DateFormat.LONG).format(date(today)));
        lines.add(String.join(" \u00b7 ", LiteralLabels.of(account.getTier()), LiteralLabels.of(account.getRelationshipType()),
                LiteralLabels.of(account.getLifecycleStage())));
        if (account.getParent() != null) {
            lines.add(NLS.bind(Messages.Review_partOf, account.getParent().getName()));
        }
        return new ReviewPage.Cover(NLS.bind(Messages.Review_title, account.getName()), lines);
    }

    private ReviewPage kpis() {
        AccountKpis kpis = AccountKpis.of(account, date(today));
        MapHealth.Result health = kpis.mapHealth();
        List<List<String>> rows = List.of(
                List.of(Messages.Kpi_revenue, money.format(kpis.rolledUpRevenue())),
                List.of(Messages.Kpi_shareOfWallet, account.eIsSet(AtlasPackage.Literals.ACCOUNT__SHARE_OF_WALLET)
                        ? decimal.format(account.getShareOfWallet()) + " %" : Messages.Review_notSet),
                List.of(Messages.Kpi_satisfaction, kpis.satisfaction().isPresent()
                        ? decimal.format(kpis.satisfaction().getAsDouble()) : Messages.Review_notAssessed),
                List.of(Messages.Kpi_lifetimeValue, money.format(kpis.lifetimeValue())),
                List.of(Messages.Kpi_quadrant, Messages.of("Quadrant", kpis.quadrant())),
                List.of(Messages.Kpi_targetClass, Messages.of("Target", kpis.targetClass())),
                List.of(Messages.Kpi_tier, NLS.bind(Messages.Kpi_tierValue, LiteralLabels.of(account.getTier()),
                        LiteralLabels.of(kpis.suggestedTier()))),
                List.of(Messages.Kpi_mapHealth, Messages.of("Health", health.status())
                        + (health.failed().isEmpty() ? "" : ": " + String.join("; ",
                                health.failed().stream().map(c -> Messages.of("Check", c)).toList()))));
        return new ReviewPage.Table(Messages.Review_kpis, List.of(Messages.Column_figure, Messages.Column_value), rows,
                "");
    }

    /**
     * The map of the type for the root as pages: the diagram the strategist arranged when there is one, else one
     * laid out for the pack (added to nothing); cut as the diagram export cuts it, so no text prints under 6 pt
     * on an A4 landscape page.
     */
    private List<ReviewPage> maps(String title, String type, Account root) {
        Representation representation = root.eResource() == null ? null
                : DiagramService.diagramsOf(root.eResource()).stream()
                        .filter(r -> type.equals(r.getDescription()) && r.getTarget() == root).findFirst().orElse(null);
        if (representation == null) {
            representation = diagrams.make(root.eResource(), type, root,
                    root.getName() + " \u00b7 " + type + " \u00b7 " + System.nanoTime(), null);
            representation.setName(root.getName());
        }
        List<org.accountatlas.diagram.scene.Scene> scenes = new DiagramPages(diagrams, today).tile(representation, null,
                scene -> DiagramExporter.fits(scene, PageSize.A4, Boolean.TRUE));
        List<ReviewPage> pages = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            pages.add(new ReviewPage.Drawing(scenes.size() == 1 ? title : title + " (" + (i + 1) + "/" + scenes.size()
                    + ")", scenes.get(i), readablePage(scenes.get(i))));
        }
        return pages;
    }

    /**
     * A4, unless the tiling could not cut a part small enough (it cuts by levels of the map): then the smallest
     * larger page on which that part's text still prints at 6 pt, rather than a page nobody can read.
     */
    private static PageSize readablePage(org.accountatlas.diagram.scene.Scene scene) {
        for (PageSize size : List.of(PageSize.A4, PageSize.A3, PageSize.A2, PageSize.A1)) {
            if (DiagramExporter.fits(scene, size, Boolean.TRUE)) {
                return size;
            }
        }
        return PageSize.A0;
    }

    private ReviewPage coverage() {
        List<List<String>> rows = new ArrayList<>();
        for (Contact contact : ModelQueries.contactsOf(account)) {
            boolean decides = contact.getBuyingRole() == BuyingRole.ECONOMIC_BUYER
                    || contact.getBuyingRole() == BuyingRole.TECHNICAL_BUYER;
            if (!decides || contact.getStatus() == ContactStatus.LEFT) {
                continue;
            }
            List<Coverage> coverages = account.getCoverages().stream().filter(c -> c.getContact() == contact).toList();
            if (coverages.isEmpty()) {
                rows.add(List.of(contact.getName(), text(contact.getTitle()), LiteralLabels.of(contact.getBuyingRole()),
                        LiteralLabels.of(contact.getAttitude()), Messages.Review_notCovered, "", ""));
            }
            for (Coverage coverage : coverages) {
                rows.add(List.of(contact.getName(), text(contact.getTitle()), LiteralLabels.of(contact.getBuyingRole()),
                        LiteralLabels.of(contact.getAttitude()), coverage.getTeamMember() == null ? Messages.Review_notCovered
                                : coverage.getTeamMember().getName(),
                        LiteralLabels.of(coverage.getCurrentLevel()), LiteralLabels.of(coverage.getDesiredLevel())));
            }
        }
        return new ReviewPage.Table(Messages.Review_coverage, List.of(Messages.Column_person, Messages.Column_title,
                Messages.Column_role, Messages.Column_attitude, Messages.Column_ourPerson, Messages.Column_current,
                Messages.Column_desired), rows, Messages.Review_noDecisionMakers);
    }

    /** The course's six dimensions as rows, a column a competitor: long texts read down, not across. */
    private ReviewPage competitors() {
        List<CompetitorPosition> positions = account.getCompetitorPositions();
        List<String> header = new ArrayList<>();
        header.add(Messages.Column_dimension);
        positions.forEach(p -> header.add(p.getCompetitor() == null ? "" : p.getCompetitor().getName()));
        List<List<String>> rows = new ArrayList<>();
        if (!positions.isEmpty()) {
            rows.add(row(Messages.Column_share, positions, p -> decimal.format(p.getShare()) + " %"));
            rows.add(row(Messages.Column_relationship, positions, CompetitorPosition::getRelationshipAndBusiness));
            rows.add(row(Messages.Column_capabilities, positions, CompetitorPosition::getCapabilitiesAndResources));
            rows.add(row(Messages.Column_strategy, positions, CompetitorPosition::getStrategy));
            rows.add(row(Messages.Column_strengths, positions, CompetitorPosition::getStrengthsAndWeaknesses));
            rows.add(row(Messages.Column_customerView, positions, CompetitorPosition::getCustomerView));
            rows.add(row(Messages.Column_lifecycle, positions, CompetitorPosition::getLifecycle));
        }
        return new ReviewPage.Table(Messages.Review_competitors, header, rows, Messages.Review_noCompetitors);
    }

    private static List<String> row(String dimension, List<CompetitorPosition> positions,
            java.util.function.Function<CompetitorPosition, String> value) {
        List<String> row = new ArrayList<>();
        row.add(dimension);
        positions.forEach(p -> row.add(text(value.apply(p))));
        return row;
    }

    private ReviewPage competitorShares() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(account.getShareOfWallet(), Messages.Column_share, Messages.Review_us);
        for (CompetitorPosition position : account.getCompetitorPositions()) {
            String name = position.getCompetitor() == null ? "?" : position.getCompetitor().getName();
            data.addValue(position.getShare(), Messages.Column_share, name);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, Messages.Column_share, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        chart.getCategoryPlot().setBackgroundPaint(java.awt.Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(new java.awt.Color(0xDDDDDD));
        var renderer = (org.jfree.chart.renderer.category.BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setSeriesPaint(0, new java.awt.Color(0x1E6FB8));
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        return new ReviewPage.Chart(Messages.Review_shares, chart);
    }

    private ReviewPage needs() {
        List<List<String>> rows = account.getNeeds().stream().map(n -> List.of(text(n.getDescription()),
                LiteralLabels.of(n.getKind()), LiteralLabels.of(n.getPriority()))).toList();
        return new ReviewPage.Table(Messages.Review_needs, List.of(Messages.Column_need, Messages.Column_kind,
                Messages.Column_priority), rows, Messages.Review_noNeeds);
    }

    private ReviewPage objectives() {
        List<List<String>> rows = new ArrayList<>();
        account.getPlans().forEach(plan -> plan.getObjectives().forEach(o -> rows.add(List.of(text(plan.getPeriod()),
                text(o.getDescription()), text(o.getMeasure()), o.eIsSet(AtlasPackage.Literals.OBJECTIVE__TARGET_VALUE) ? decimal.format(o.getTargetValue())
                        : ""))));
        return new ReviewPage.Table(Messages.Review_objectives, List.of(Messages.Column_period,
                Messages.Column_objective, Messages.Column_measure, Messages.Column_target), rows,
                Messages.Review_noObjectives);
    }

    private ReviewPage actions() {
        DateFormat day = DateFormat.getDateInstance(DateFormat.MEDIUM);
        List<List<String>> rows = new ArrayList<>();
        account.getPlans().forEach(plan -> plan.getActions().forEach(a -> rows.add(List.of(text(a.getDescription()),
                a.getOwner() == null ? "" : a.getOwner().getName(), a.getDueDate() == null ? "" : day.format(a.getDueDate()),
                LiteralLabels.of(a.getStatus())))));
        return new ReviewPage.Table(Messages.Review_actions, List.of(Messages.Column_action, Messages.Column_owner,
                Messages.Column_due, Messages.Column_status), rows, Messages.Review_noActions);
    }

    private ReviewPage complaints() {
        DateFormat day = DateFormat.getDateInstance(DateFormat.MEDIUM);
        List<List<String>> rows = new ArrayList<>();
        for (Complaint complaint : account.getComplaints()) {
            if (complaint.getStatus() != ComplaintStatus.RESOLVED) {
                rows.add(List.of(complaint.getReceived() == null ? "" : day.format(complaint.getReceived()),
                        text(complaint.getCategory()), LiteralLabels.of(complaint.getSeverity()), LiteralLabels.of(complaint.getStatus()),
                        text(complaint.getDescription())));
            }
        }
        return new ReviewPage.Table(Messages.Review_complaints, List.of(Messages.Column_received,
                Messages.Column_category, Messages.Column_severity, Messages.Column_status,
                Messages.Column_description), rows, Messages.Review_noComplaints);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
