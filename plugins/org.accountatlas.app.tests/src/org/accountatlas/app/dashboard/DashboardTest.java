package org.accountatlas.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.app.Ui;
import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.charts.AccountChart;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.session.AtlasSession;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as a strategist uses it: the charts come, a click on a bar selects its accounts in the explorer,
 * a filter narrows every chart, and an edit (and its undo) shows at once.
 */
class DashboardTest {

    private DashboardEditor dashboard;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private DashboardEditor open() throws Exception {
        OpenedSession.await();
        Ui.run(() -> DashboardEditor.open(page()));
        DashboardEditor editor = Ui.call(() -> (DashboardEditor) page().findEditor(DashboardInput.INSTANCE));
        Ui.await("the charts", () -> editor.charts().stream().allMatch(Objects::nonNull));
        return editor;
    }

    @AfterEach
    void close() {
        if (dashboard != null) {
            Ui.run(() -> page().closeEditor(dashboard, false));
        }
    }

    /** Chooses the first region in the filter, as a user would, and waits for the charts to follow; answers it. */
    private String chooseFirstRegion() throws Exception {
        String region = Ui.call(() -> dashboard.regionCombo().getItem(1));
        AccountChart before = Ui.call(() -> dashboard.charts().get(0));
        Ui.run(() -> {
            dashboard.regionCombo().select(1);
            dashboard.regionCombo().notifyListeners(SWT.Selection, new Event());
        });
        Ui.await("the filtered charts", () -> dashboard.charts().get(0) != before);
        return region;
    }

    private static int keyStrategic(DashboardEditor editor) {
        CategoryPlot pyramid = (CategoryPlot) editor.charts().get(0).chart().getPlot();
        return pyramid.getDataset().getValue(0, PyramidTier.KEY_STRATEGIC_VALUE).intValue();
    }

    @Test
    void aClickOnABarSelectsItsAccountsInTheExplorer() throws Exception {
        dashboard = open();
        ChartCanvas pyramid = Ui.call(() -> dashboard.canvases().get(0));
        Comparable<?> keyStrategic = Ui.call(() -> ((CategoryPlot) dashboard.charts().get(0).chart().getPlot())
                .getDataset().getColumnKey(PyramidTier.KEY_STRATEGIC_VALUE));
        CategoryItemEntity bar = Ui.call(() -> {
            for (Object entity : pyramid.entities().getEntities()) {
                if (entity instanceof CategoryItemEntity item && item.getColumnKey().equals(keyStrategic)) {
                    return item;
                }
            }
            throw new AssertionError("no key-strategic bar");
        });
        List<Account> expected = Ui.call(() -> dashboard.charts().get(0).accountsAt(bar));
        assertFalse(expected.isEmpty());
        Ui.run(() -> {
            Event click = new Event();
            click.button = 1;
            click.x = (int) bar.getArea().getBounds2D().getCenterX();
            click.y = (int) bar.getArea().getBounds2D().getCenterY();
            pyramid.notifyListeners(SWT.MouseDown, click);
        });
        AtlasExplorerView explorer = Ui.call(() -> (AtlasExplorerView) page().findView(AtlasExplorerView.ID));
        List<?> selected = Ui.call(() -> explorer.viewer().getStructuredSelection().toList());
        assertEquals(new HashSet<>(expected), new HashSet<>(selected), "the bar's accounts are selected");
        assertTrue(expected.stream().allMatch(a -> a.getTier() == PyramidTier.KEY_STRATEGIC));
    }

    @Test
    void aRegionFilterNarrowsEveryChart() throws Exception {
        dashboard = open();
        AtlasSession session = OpenedSession.await();
        String region = chooseFirstRegion();
        long inRegion = Ui.call(() -> session.portfolio().getAccounts().stream()
                .filter(a -> region.equals(a.getRegion())).count());
        CategoryPlot pyramid = Ui.call(() -> (CategoryPlot) dashboard.charts().get(0).chart().getPlot());
        int shown = 0;
        for (int i = 0; i < pyramid.getDataset().getColumnCount(); i++) {
            shown += pyramid.getDataset().getValue(0, i).intValue();
        }
        assertEquals(inRegion, shown);
        assertTrue(Ui.call(() -> dashboard.charts().get(2).points().stream().flatMap(List::stream)
                .allMatch(a -> region.equals(a.getRegion()))), "the service matrix too");
    }

    @Test
    void thePackOfWhatIsShownSaysItsFilter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        dashboard = open();
        String region = chooseFirstRegion();
        org.accountatlas.review.ReviewPage.Cover cover = Ui.call(dashboard::cover);
        assertTrue(cover.lines().get(1).contains(region), cover.lines().toString());
        java.nio.file.Path pdf = dir.resolve("pack.pdf");
        org.accountatlas.review.ReviewWriter.pdf(org.accountatlas.review.PortfolioReview.pages(cover,
                Ui.call(dashboard::charts)), pdf);
        byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void anEditAndItsUndoShowAtOnce() throws Exception {
        dashboard = open();
        AtlasSession session = OpenedSession.await();
        int before = Ui.call(() -> keyStrategic(dashboard));
        Account account = Ui.call(() -> session.portfolio().getAccounts().stream()
                .filter(a -> a.getTier() == PyramidTier.KEY_STRATEGIC).findFirst().orElseThrow());
        Ui.run(() -> session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(),
                account, AtlasPackage.Literals.ACCOUNT__TIER, PyramidTier.SMALL)));
        Ui.await("one key-strategic account fewer", () -> keyStrategic(dashboard) == before - 1);
        Ui.run(() -> session.editingDomain().getCommandStack().undo());
        Ui.await("the undo shown", () -> keyStrategic(dashboard) == before);
    }
}
