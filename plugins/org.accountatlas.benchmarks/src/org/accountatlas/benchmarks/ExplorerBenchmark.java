package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.millis;
import static org.accountatlas.benchmarks.Measure.timed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.app.internal.explorer.BackgroundFilter;
import org.accountatlas.app.internal.explorer.ExplorerTree;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * The Atlas Explorer's tree, set up exactly as the view sets it up, on the benchmark portfolio plus one group
 * of 1,000 direct subsidiaries; baseline in the same run: a plain SWT tree given the same 1,000 names and an
 * icon directly. Times include painting (events are processed until the display is idle). Typing into the filter is
 * measured twice: each key searched and applied on the UI thread, and as the view does it, searched in the
 * background while the UI thread dispatches events (the longest single dispatch is the stall a user feels).
 */
class ExplorerBenchmark {

    private static final int ROUNDS = 5;
    private static final int SUBSIDIARIES = 1_000;
    /** What the user types into the filter, one key at a time. */
    private static final String TYPED = "Account 9600";
    /** A brisk typist: a key every 80 ms. */
    private static final long KEY_INTERVAL_MS = 80;

    private final Measure.Report report = new Measure.Report();
    private Display display;

    @Test
    void explorerAgainstAPlainTree() throws Exception {
        int accounts = Integer.getInteger("benchmark.accounts", 10_000);
        int contactsPerAccount = Integer.getInteger("benchmark.contactsPerAccount", 10);
        Portfolio portfolio = GeneratedPortfolio.generate(accounts, contactsPerAccount, 8, 100, 42, new Date());
        Account mega = megaGroup(portfolio);
        List<String> names = mega.getSubsidiaries().stream().map(Account::getName).toList();
        long roots = portfolio.getAccounts().stream().filter(a -> a.getParent() == null).count();
        report.line("explorer: %,d accounts (%,d at the top), one group of %,d direct subsidiaries",
                portfolio.getAccounts().size(), roots, SUBSIDIARIES);

        display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(420, 900);
        TreeViewer viewer = new TreeViewer(shell, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        ExplorerTree tree = ExplorerTree.configure(viewer);
        Tree plain = new Tree(shell, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        Image icon = new Image(display, 16, 16);
        shell.open();
        try {
            List<Long> baseline = new ArrayList<>();
            List<Long> open = new ArrayList<>();
            List<Long> expand = new ArrayList<>();
            List<Long> filter = new ArrayList<>();
            List<Long> worstKey = new ArrayList<>();
            List<Long> stalls = new ArrayList<>();
            List<Long> toResult = new ArrayList<>();
            long[] appliedAt = { 0 };
            String[] appliedText = { "" };
            BackgroundFilter background = new BackgroundFilter(tree, display, result -> {
                appliedAt[0] = System.nanoTime();
                appliedText[0] = result.name();
            });
            for (int round = 0; round <= ROUNDS; round++) {
                plain.removeAll();
                idle();
                long plainTime = timed(() -> {
                    TreeItem root = new TreeItem(plain, SWT.NONE);
                    root.setText(mega.getName());
                    for (String name : names) {
                        TreeItem item = new TreeItem(root, SWT.NONE);
                        item.setText(name);
                        item.setImage(icon);
                    }
                    root.setExpanded(true);
                    idle();
                });
                viewer.setInput(null);
                idle();
                long openTime = timed(() -> {
                    viewer.setInput(portfolio);
                    idle();
                });
                long expandTime = timed(() -> {
                    viewer.setExpandedState(mega, true);
                    idle();
                });
                // Typed key by key, as a user types it; each step filtered and painted as the view does it.
                long[] slowest = { 0 };
                long filterTime = timed(() -> {
                    for (int length = 1; length <= TYPED.length(); length++) {
                        String typed = TYPED.substring(0, length);
                        long key = timed(() -> {
                            tree.filterByName(typed);
                            idle();
                        });
                        slowest[0] = Math.max(slowest[0], key);
                    }
                });
                tree.filterByName("");
                idle();
                // As the view does it: each key requests a background search; the UI thread only applies results.
                long longestStall = 0;
                for (int length = 1; length <= TYPED.length(); length++) {
                    background.request(TYPED.substring(0, length));
                    longestStall = Math.max(longestStall, pump(KEY_INTERVAL_MS));
                }
                long lastKey = System.nanoTime();
                String wanted = TYPED.toLowerCase(java.util.Locale.ROOT);
                while (!appliedText[0].equals(wanted)) {
                    longestStall = Math.max(longestStall, pump(5));
                }
                long keyToResult = appliedAt[0] - lastKey;
                tree.filterByName("");
                appliedText[0] = "";
                idle();
                if (round > 0) { // the first round warms up
                    stalls.add(longestStall);
                    toResult.add(keyToResult);
                    baseline.add(plainTime);
                    open.add(openTime);
                    expand.add(expandTime);
                    filter.add(filterTime / TYPED.length());
                    worstKey.add(slowest[0]);
                }
            }
            long plainMedian = median(baseline);
            long expandMedian = median(expand);
            report.line("baseline: plain SWT tree, 1,000 items   %,6d ms", millis(plainMedian));
            report.line("explorer: expand the 1,000-subsidiary group %,6d ms  explorer/plain = %.1f×", millis(expandMedian),
                    (double) expandMedian / plainMedian);
            report.line("explorer: show the portfolio (top level)    %,6d ms", millis(median(open)));
            report.line("explorer: name filter, each key of \"%s\"  %,6d ms a key, the slowest %,d ms = %.1f× the plain "
                    + "tree (opened to the first 200 matches)", TYPED, millis(median(filter)), millis(median(worstKey)),
                    (double) median(worstKey) / plainMedian);
            report.line("explorer: typing \"%s\" (a key every %d ms), searched in the background: the longest UI-thread "
                    + "stall %,d ms = %.2f× the plain tree; last key to result %,d ms (%d ms of it the typing pause)",
                    TYPED, KEY_INTERVAL_MS, millis(median(stalls)), (double) median(stalls) / plainMedian,
                    millis(median(toResult)), BackgroundFilter.PAUSE_MS);
            report.write(Measure.reportFile("explorer"));
        } finally {
            icon.dispose();
            shell.dispose();
        }
    }

    private Account megaGroup(Portfolio portfolio) {
        Account mega = AtlasFactory.eINSTANCE.createAccount();
        mega.setName("Mega group");
        portfolio.getAccounts().add(mega);
        for (int i = 0; i < SUBSIDIARIES; i++) {
            Account subsidiary = AtlasFactory.eINSTANCE.createAccount();
            subsidiary.setName(String.format("Mega subsidiary %04d", i));
            subsidiary.setParent(mega);
            portfolio.getAccounts().add(subsidiary);
        }
        return mega;
    }

    /** Dispatches events for the given time; answers the longest single dispatch (a stall the user would feel). */
    private long pump(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long longest = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            boolean busy = display.readAndDispatch();
            longest = Math.max(longest, System.nanoTime() - start);
            if (!busy) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return longest;
                }
            }
        }
        return longest;
    }

    /** Processes events until none are left, so the time includes painting. */
    private void idle() {
        while (display.readAndDispatch()) {
            // keep going
        }
    }
}
