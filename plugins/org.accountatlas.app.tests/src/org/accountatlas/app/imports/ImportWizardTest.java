package org.accountatlas.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.importer.ImportKind;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard as a planner uses it: preview, mapping corrected in the table, dry run, Finish, Undo. */
class ImportWizardTest {

    @TempDir
    Path dir;

    /** A wizard dialog whose Next and Finish buttons a test can press. */
    private static final class Dialog extends WizardDialog {
        Dialog(Shell shell, ImportWizard wizard) {
            super(shell, wizard);
            setBlockOnOpen(false);
        }

        void next() {
            nextPressed();
        }

        void finish() {
            finishPressed();
        }
    }

    private static <T> T onUi(java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        Display.getDefault().syncExec(() -> result.set(work.get()));
        return result.get();
    }

    private static Dialog open(ImportWizard wizard) {
        return onUi(() -> {
            Dialog d = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            d.open();
            return d;
        });
    }

    private static org.eclipse.swt.widgets.Table findTable(org.eclipse.swt.widgets.Composite parent) {
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Table table && table.isVisible()) {
                return table;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                var found = findTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Account account(Portfolio portfolio, String name) {
        return portfolio.getAccounts().stream().filter(a -> name.equals(a.getName())).findFirst().orElse(null);
    }

    @Test
    void importsWithACorrectedMappingAsOneUndoableChange() throws Exception {
        AtlasSession session = OpenedSession.await();
        Portfolio portfolio = AtlasDatabase.portfolioOf(session.resource());
        Path file = Files.writeString(dir.resolve("crm-accounts.csv"),
                "Id,Name,ParentId,AnnualRevenue\nW1,Wizard Group,,500\nW2,Wizard Daughter,W1,200\n");
        ImportWizard wizard = new ImportWizard(ImportKind.ACCOUNTS, file);
        Dialog dialog = open(wizard);
        try {
            String mapped = onUi(() -> {
                dialog.next();
                ImportMappingPage.ColumnChoice revenue = wizard.mappingPage().choices().stream()
                        .filter(c -> c.column.equals("AnnualRevenue")).findFirst().orElseThrow();
                String before = revenue.field;
                org.eclipse.swt.widgets.Table table = findTable(dialog.getShell());
                String shown = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("AnnualRevenue"))
                        .findFirst().orElseThrow().getText(2);
                assertEquals("Annual Revenue", shown, "the field by its label, not its internal name");
                revenue.field = "-";
                dialog.next();
                return before;
            });
            assertEquals("annualRevenue", mapped, "columns are matched by header before the user corrects them");
            String report = onUi(() -> Arrays.stream(dialog.getShell().getChildren()).map(c -> texts(c))
                    .reduce("", String::concat));
            assertTrue(report.contains("crm-accounts.csv: 2 created, 0 updated, 0 unchanged, 0 skipped"), report);
            assertNull(account(portfolio, "Wizard Group"), "the dry run changes nothing");
            assertTrue(onUi(wizard::canFinish));
            onUi(() -> {
                dialog.finish();
                return null;
            });
        } finally {
            onUi(dialog::close);
        }
        wizard.job().join();
        waitForUi();

        Account group = account(portfolio, "Wizard Group");
        Account daughter = account(portfolio, "Wizard Daughter");
        assertEquals(group, daughter.getParent());
        assertEquals(0.0, group.getAnnualRevenue(), "the column mapped to - was left out");
        assertEquals("Import crm-accounts.csv", onUi(() -> session.editingDomain().getCommandStack()
                .getUndoCommand().getLabel()));

        onUi(() -> {
            session.editingDomain().getCommandStack().undo();
            return null;
        });
        assertNull(account(portfolio, "Wizard Group"), "Undo takes the whole import back");
        assertNull(account(portfolio, "Wizard Daughter"));
    }

    @Test
    void aBadFileIsReportedOnTheReviewPageAndCannotBeFinished() throws Exception {
        AtlasSession session = OpenedSession.await();
        Portfolio portfolio = AtlasDatabase.portfolioOf(session.resource());
        int accounts = portfolio.getAccounts().size();
        Path file = Files.writeString(dir.resolve("loop.csv"), "Id,Name,ParentId\nL1,Loop A,L2\nL2,Loop B,L1\n");
        ImportWizard wizard = new ImportWizard(ImportKind.ACCOUNTS, file);
        Dialog dialog = open(wizard);
        try {
            String report = onUi(() -> {
                dialog.next();
                dialog.next();
                return Arrays.stream(dialog.getShell().getChildren()).map(c -> texts(c)).reduce("", String::concat);
            });
            assertTrue(report.contains("loop.csv line 2, column ParentId, value \"L2\""), report);
            assertFalse(onUi(wizard::canFinish));
        } finally {
            onUi(dialog::close);
        }
        assertEquals(accounts, portfolio.getAccounts().size());
    }

    @Test
    void aMissingParentIsExplainedWithTheWizardsOwnChoiceNotACommandLineFlag() throws Exception {
        OpenedSession.await();
        Path file = Files.writeString(dir.resolve("orphan.csv"), "Id,Name,ParentId\nO1,Orphan Co,NOPE\n");
        ImportWizard wizard = new ImportWizard(ImportKind.ACCOUNTS, file);
        Dialog dialog = open(wizard);
        try {
            String report = onUi(() -> {
                dialog.next();
                dialog.next();
                return Arrays.stream(dialog.getShell().getChildren()).map(c -> texts(c)).reduce("", String::concat);
            });
            assertTrue(report.contains(Messages.Import_remedyOrphans), report);
            assertFalse(report.contains("--"), "no command-line flags in the wizard: " + report);
        } finally {
            onUi(dialog::close);
        }
    }

    @Test
    void theFileMenuOffersBothImports() throws Exception {
        OpenedSession.await();
        String items = onUi(() -> {
            WorkbenchWindow window = (WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            MenuManager file = (MenuManager) window.getMenuBarManager().find("file");
            MenuManager imports = (MenuManager) file.find("import");
            StringBuilder ids = new StringBuilder();
            for (IContributionItem item : imports.getItems()) {
                ids.append(item.getId()).append(' ');
            }
            return ids.toString();
        });
        assertTrue(items.contains("org.accountatlas.app.import.accounts"), items);
        assertTrue(items.contains("org.accountatlas.app.import.contacts"), items);
    }

    /** All text of read-only Text widgets under a control: what the review page shows. */
    private static String texts(org.eclipse.swt.widgets.Control control) {
        if (control instanceof Text text) {
            return text.getText() + "\n";
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            return Arrays.stream(composite.getChildren()).map(ImportWizardTest::texts).reduce("", String::concat);
        }
        return "";
    }

    private static void waitForUi() {
        Display.getDefault().syncExec(() -> {
            // Runs after the job's asyncExec'd report, so the UI has caught up.
        });
    }
}
