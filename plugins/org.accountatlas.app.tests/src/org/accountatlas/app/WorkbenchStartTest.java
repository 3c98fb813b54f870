package org.accountatlas.app;

import org.accountatlas.session.AtlasSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The product's workbench as a new user first sees it: a window named Account Atlas on the sample portfolio. */
class WorkbenchStartTest {

    @Test
    void theWindowOpensOnANewDatabaseHoldingTheSample() throws Exception {
        AtlasSession session = OpenedSession.await();
        DatabaseResource resource = session.resource();
        assertTrue(AtlasDatabase.exists(session.database()), "the database was created on first start");
        assertEquals(42, AtlasDatabase.portfolioOf(resource).getAccounts().size());

        Display display = PlatformUI.getWorkbench().getDisplay();
        AtomicReference<String> title = new AtomicReference<>();
        AtomicReference<String> perspective = new AtomicReference<>();
        display.syncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            title.set(window.getShell().getText());
            perspective.set(window.getActivePage().getPerspective().getId());
        });
        assertTrue(title.get().startsWith("Account Atlas"), title.get());
        assertEquals(AccountStrategyPerspective.ID, perspective.get());
    }

    @Test
    void theStatusLineCountsTheAccountsAsTheyChange() throws Exception {
        AtlasSession session = OpenedSession.await();
        int before = session.portfolio().getAccounts().size();
        org.accountatlas.model.Account added = org.accountatlas.model.AtlasFactory.eINSTANCE.createAccount();
        added.setName("Counted Co");
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> session.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                session.editingDomain(), session.portfolio(),
                org.accountatlas.model.AtlasPackage.Literals.PORTFOLIO__ACCOUNTS, added)));
        assertTrue(waitForSummary(display, (before + 1) + " accounts"), "the count follows an added account");
        display.syncExec(() -> session.commandStack().undo());
        assertTrue(waitForSummary(display, before + " accounts"), "and its undo");
    }

    /** Whether a label of the window says the text within a few seconds (the summary is set asynchronously). */
    private static boolean waitForSummary(Display display, String text) throws InterruptedException {
        for (int tries = 0; tries < 50; tries++) {
            AtomicReference<Boolean> found = new AtomicReference<>(false);
            display.syncExec(() -> found.set(says(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), text)));
            if (found.get()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean says(org.eclipse.swt.widgets.Composite parent, String text) {
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.custom.CLabel label && label.getText() != null
                    && label.getText().contains(" " + text + " ")) {
                return true;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite && says(composite, text)) {
                return true;
            }
        }
        return false;
    }
}
