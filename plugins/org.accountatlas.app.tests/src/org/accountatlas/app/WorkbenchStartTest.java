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
}
