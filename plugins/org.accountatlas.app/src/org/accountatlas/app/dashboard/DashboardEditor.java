package org.accountatlas.app.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.accountatlas.analysis.PortfolioFigures;
import org.accountatlas.analysis.PortfolioFigures.PeriodLength;
import org.accountatlas.analysis.PortfolioFilter;
import org.accountatlas.app.ReadOnlyPage;
import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.charts.AccountChart;
import org.accountatlas.charts.PortfolioCharts;
import org.accountatlas.edit.properties.LiteralLabels;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.review.PortfolioReview;
import org.accountatlas.review.ReviewPage;
import org.accountatlas.review.ReviewWriter;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.OpenAccountEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

/**
 * The portfolio dashboard: the course's methods as charts (pyramid, Pareto, service and target matrices, type by
 * stage, churn, satisfaction, lifetime value, map health, coverage gaps), filtered by region, industry and
 * tier. Figures are computed in a Job (they follow every edit and undo through the command stack); a click on a
 * mark selects its accounts in the explorer, a double-click opens the account. It only reads the model.
 */
public final class DashboardEditor extends ReadOnlyPage {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.accountatlas.app.dashboard";
    /** Charts share the width in two columns, none narrower than this. */
    private static final int CHART_WIDTH = 480;
    private static final int CHART_HEIGHT = 400;
    /** Edits in a burst (an import, a paste) recompute once. */
    private static final int SETTLE_MILLIS = 300;

    private AtlasSession session;
    private Combo region;
    private Combo industry;
    private Combo tier;
    private Combo period;
    private Label shown;
    private final List<ChartCanvas> canvases = new ArrayList<>();
    private Job computing;
    private boolean stale;
    private final CommandStackListener changed = event -> recomputeSoon();

    /** Opens the dashboard on the page (or brings it forward). */
    public static void open(org.eclipse.ui.IWorkbenchPage page) {
        try {
            page.openEditor(DashboardInput.INSTANCE, ID, true);
        } catch (PartInitException e) {
            throw new IllegalStateException("The dashboard could not be opened", e);
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        session = ActiveSession.get();
        if (session == null || !(input instanceof DashboardInput)) {
            throw new PartInitException("No portfolio is open");
        }
        setSite(site);
        setInput(input);
        setPartName(Messages.Dashboard_title);
        session.commandStack().addCommandStackListener(changed);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        Composite filters = new Composite(page, SWT.NONE);
        // The filters wrap onto a second row in a narrow editor instead of running off its edge.
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.spacing = 6;
        filters.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        region = combo(filters, Messages.Dashboard_region);
        industry = combo(filters, Messages.Dashboard_industry);
        tier = combo(filters, Messages.Dashboard_tier);
        period = combo(filters, Messages.Dashboard_churnBy);
        period.setItems(Messages.Dashboard_years, Messages.Dashboard_quarters);
        period.select(0);
        Button export = new Button(filters, SWT.PUSH);
        export.setText(Messages.Dashboard_export);
        export.setToolTipText(Messages.Dashboard_exportTip);
        export.addListener(SWT.Selection, e -> exportPack());
        shown = new Label(filters, SWT.NONE);
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.Dashboard_hint);
        GridDataFactory.fillDefaults().grab(true, false).indent(5, 0).applyTo(hint);

        ScrolledComposite scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        Composite grid = new Composite(scroller, SWT.NONE);
        grid.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).spacing(12, 12).applyTo(grid);
        for (int i = 0; i < 12; i++) {
            ChartCanvas canvas = new ChartCanvas(grid, this::select, this::open);
            GridDataFactory.fillDefaults().grab(true, false).hint(CHART_WIDTH, CHART_HEIGHT).applyTo(canvas);
            canvases.add(canvas);
        }
        scroller.setContent(grid);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        fillFilterChoices();
        recompute();
    }

    private Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.addListener(SWT.Selection, e -> recompute());
        return combo;
    }

    /** The regions, industries and tiers there are, each list led by "All"; a choice made stays chosen. */
    private void fillFilterChoices() {
        Portfolio portfolio = session.portfolio();
        refill(region, portfolio.getAccounts().stream().map(Account::getRegion).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        refill(industry, portfolio.getAccounts().stream().map(Account::getIndustry).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        List<String> tiers = PyramidTier.VALUES.stream().map(LiteralLabels::of).toList();
        refill(tier, tiers);
    }

    private static void refill(Combo combo, java.util.Collection<String> values) {
        String chosen = combo.getSelectionIndex() > 0 ? combo.getText() : null;
        List<String> items = new ArrayList<>();
        items.add(Messages.Dashboard_all);
        items.addAll(values);
        combo.setItems(items.toArray(String[]::new));
        combo.select(Math.max(0, chosen == null ? 0 : items.indexOf(chosen)));
    }

    /** The filter the combos say. */
    PortfolioFilter filter() {
        PyramidTier chosenTier = tier.getSelectionIndex() > 0 ? PyramidTier.VALUES.get(tier.getSelectionIndex() - 1) : null;
        return new PortfolioFilter(region.getSelectionIndex() > 0 ? region.getText() : null,
                industry.getSelectionIndex() > 0 ? industry.getText() : null, chosenTier);
    }

    private void recomputeSoon() {
        if (canvases.isEmpty() || canvases.get(0).isDisposed() || stale) {
            return;
        }
        stale = true;
        canvases.get(0).getDisplay().asyncExec(() -> canvases.get(0).getDisplay().timerExec(SETTLE_MILLIS, () -> {
            stale = false;
            if (!canvases.get(0).isDisposed()) {
                fillFilterChoices();
                recompute();
            }
        }));
    }

    /**
     * Computes the figures and charts in a Job, off the UI thread, so a large portfolio does not hold the window;
     * the newest result is shown, older ones are dropped.
     */
    void recompute() {
        PortfolioFilter filter = filter();
        PeriodLength length = period.getSelectionIndex() == 1 ? PeriodLength.QUARTER : PeriodLength.YEAR;
        int periods = length == PeriodLength.YEAR ? 5 : 8;
        Portfolio portfolio = session.portfolio();
        if (computing != null) {
            computing.cancel();
        }
        Job job = Job.create(Messages.Dashboard_computing, (IProgressMonitor monitor) -> {
            List<AccountChart> charts;
            try {
                charts = PortfolioCharts.of(PortfolioFigures.of(portfolio, filter, LocalDate.now(), length, periods),
                        length);
            } catch (java.util.ConcurrentModificationException | IndexOutOfBoundsException | NullPointerException e) {
                // An edit changed the portfolio mid-walk; its command stack event asks for another computation.
                return Status.CANCEL_STATUS;
            }
            if (monitor.isCanceled() || canvases.get(0).isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            canvases.get(0).getDisplay().asyncExec(() -> show(charts, filter, portfolio.getAccounts().size()));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        computing = job;
        job.schedule();
    }

    /** The computation running or last run, for tests to wait for. */
    Job computing() {
        return computing;
    }

    private void show(List<AccountChart> charts, PortfolioFilter filter, int total) {
        if (canvases.get(0).isDisposed() || !filter.equals(filter())) {
            return; // a newer filter is being computed
        }
        for (int i = 0; i < canvases.size() && i < charts.size(); i++) {
            canvases.get(i).show(charts.get(i));
        }
        long count = session.portfolio().getAccounts().stream().filter(filter).count();
        shown.setText(NLS.bind(Messages.Dashboard_shown, count, total));
        shown.getParent().getParent().layout(true, true); // the count may wrap the filters onto another row
    }

    /** The charts shown, for tests. */
    List<AccountChart> charts() {
        return canvases.stream().map(ChartCanvas::chart).toList();
    }

    Combo regionCombo() {
        return region;
    }

    List<ChartCanvas> canvases() {
        return canvases;
    }

    void select(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        try {
            AtlasExplorerView explorer = (AtlasExplorerView) getSite().getPage().showView(AtlasExplorerView.ID, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            explorer.filter("");
            explorer.viewer().setSelection(new StructuredSelection(accounts), true);
        } catch (PartInitException e) {
            throw new IllegalStateException("The Atlas Explorer could not be shown", e);
        }
    }

    /** Asks where, then writes the charts shown, with the filter's cover, as PDF or PowerPoint, in a Job. */
    private void exportPack() {
        List<AccountChart> charts = charts();
        if (charts.stream().anyMatch(Objects::isNull)) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(org.eclipse.jface.action.LegacyActionTools.removeMnemonics(Messages.Dashboard_export));
        dialog.setFilterExtensions(new String[] { "*.pdf", "*.pptx" });
        dialog.setFileName("portfolio-review-" + LocalDate.now() + ".pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        List<ReviewPage> pages = PortfolioReview.pages(cover(), charts);
        var status = getEditorSite().getActionBars().getStatusLineManager();
        Job.create(NLS.bind(Messages.Dashboard_exporting, file.getFileName()), (IProgressMonitor monitor) -> {
            try {
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pptx")) {
                    ReviewWriter.pptx(pages, file);
                } else {
                    ReviewWriter.pdf(pages, file);
                }
                canvases.get(0).getDisplay().asyncExec(() -> status.setMessage(NLS.bind(Messages.Dashboard_exported, file)));
                return Status.OK_STATUS;
            } catch (java.io.IOException e) {
                canvases.get(0).getDisplay().asyncExec(() -> status.setErrorMessage(
                        NLS.bind(Messages.Dashboard_exportFailed, e.getMessage())));
                return Status.info(e.getMessage());
            }
        }).schedule();
    }

    /** The pack's title page: the portfolio, today, and what the filters show. */
    ReviewPage.Cover cover() {
        List<String> chosen = new ArrayList<>();
        for (Combo combo : List.of(region, industry, tier)) {
            if (combo.getSelectionIndex() > 0) {
                chosen.add(combo.getText());
            }
        }
        Portfolio portfolio = session.portfolio();
        long count = portfolio.getAccounts().stream().filter(filter()).count();
        return PortfolioReview.cover(portfolio.getName(), count, portfolio.getAccounts().size(), chosen,
                charts().size());
    }

    private void open(List<Account> accounts) {
        if (accounts.size() == 1) {
            try {
                OpenAccountEditor.open(getSite().getPage(), accounts.get(0), true);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void setFocus() {
        if (!canvases.isEmpty()) {
            canvases.get(0).setFocus();
        }
    }

    @Override
    public void dispose() {
        session.commandStack().removeCommandStackListener(changed);
        if (computing != null) {
            computing.cancel();
        }
        super.dispose();
    }
}
