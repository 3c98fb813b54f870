package org.accountatlas.app.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.Locale;

import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The freeze a user met: typing into the filter on the 10,000-account, 100,000-person portfolio. The explorer's
 * tree, set up as the view sets it up, is typed into key by key; the window must answer throughout (the
 * longest single event dispatch is measured, and reported by the explorer benchmark) and show the result.
 */
class BigPortfolioFilterTest {

    private static final String TYPED = "Account 9600";
    /** Far above what the background search costs the UI thread (tens of ms), far below the freeze (minutes). */
    private static final long MOST_STALL_MS = 2_000;

    @Test
    void typingKeepsTheWindowFreeAndShowsTheMatches() throws Exception {
        Portfolio portfolio = GeneratedPortfolio.generate(10_000, 10, 8, 100, 42, new Date());
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            Shell shell = new Shell(display);
            shell.setLayout(new FillLayout());
            shell.setSize(420, 800);
            try {
                TreeViewer viewer = new TreeViewer(shell, SWT.MULTI | SWT.V_SCROLL);
                ExplorerTree tree = ExplorerTree.configure(viewer);
                String[] shown = { "" };
                BackgroundFilter filter = new BackgroundFilter(tree, display, result -> shown[0] = result.name());
                shell.open();
                viewer.setInput(portfolio);
                long longest = 0;
                for (int length = 1; length <= TYPED.length(); length++) {
                    filter.request(TYPED.substring(0, length));
                    longest = Math.max(longest, pump(display, 60));
                }
                long deadline = System.currentTimeMillis() + 60_000;
                while (!shown[0].equals(TYPED.toLowerCase(Locale.ROOT)) && System.currentTimeMillis() < deadline) {
                    longest = Math.max(longest, pump(display, 10));
                }
                assertEquals(TYPED.toLowerCase(Locale.ROOT), shown[0], "the last text typed is the one shown");
                assertTrue(longest < MOST_STALL_MS * 1_000_000, "the window answered throughout; longest stall "
                        + longest / 1_000_000 + " ms");
                TreeItem[] top = viewer.getTree().getItems();
                assertTrue(top.length >= 1, "the match's group shows");
                assertTrue(contains(top, "Account 9600"), "the match shows, opened down to it");
            } finally {
                shell.dispose();
            }
        });
    }

    private static boolean contains(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (ExplorerTexts.plain(item).startsWith(name) || contains(item.getItems(), name)) {
                return true;
            }
        }
        return false;
    }

    /** Dispatches events for the time given; answers the longest single dispatch, in nanoseconds. */
    private static long pump(Display display, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long longest = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            boolean busy = display.readAndDispatch();
            longest = Math.max(longest, System.nanoTime() - start);
            if (!busy) {
                Thread.onSpinWait();
            }
        }
        return longest;
    }
}
