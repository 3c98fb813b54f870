package org.accountatlas.app.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Dropping in the explorer re-parents accounts, undoably, and refuses a drop that would make a cycle. */
class DragAndDropTest {

    private static AtlasExplorerView explorer() {
        return (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                .findView(AtlasExplorerView.ID);
    }

    private static boolean drop(List<?> dragged, Object target) {
        AtomicBoolean dropped = new AtomicBoolean();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> dropped.set(explorer().drop(dragged, target)));
        return dropped.get();
    }

    @Test
    void droppingASubsidiaryOnAnotherGroupReparentsItAndUndoPutsItBack() throws Exception {
        AtlasSession session = OpenedSession.await();
        Portfolio portfolio = AtlasDatabase.portfolioOf(session.resource());
        Account subsidiary = portfolio.getAccounts().stream().filter(a -> a.getParent() != null).findFirst()
                .orElseThrow();
        Account group = subsidiary.getParent();
        Account otherGroup = portfolio.getAccounts().stream()
                .filter(a -> a.getParent() == null && a != group && !a.getSubsidiaries().contains(subsidiary))
                .findFirst().orElseThrow();

        assertTrue(drop(List.of(subsidiary), otherGroup));
        assertSame(otherGroup, subsidiary.getParent());

        PlatformUI.getWorkbench().getDisplay().syncExec(() -> session.editingDomain().getCommandStack().undo());
        assertSame(group, subsidiary.getParent());
    }

    @Test
    void droppingAGroupOnItsOwnSubsidiaryIsRefusedAndChangesNothing() throws Exception {
        AtlasSession session = OpenedSession.await();
        Portfolio portfolio = AtlasDatabase.portfolioOf(session.resource());
        Account subsidiary = portfolio.getAccounts().stream()
                .filter(a -> a.getParent() != null && a.getParent().getParent() == null).findFirst().orElseThrow();
        Account group = subsidiary.getParent();
        Object lastCommand = session.editingDomain().getCommandStack().getMostRecentCommand();

        assertFalse(drop(List.of(group), subsidiary));

        assertSame(null, group.getParent());
        assertSame(group, subsidiary.getParent());
        assertSame(lastCommand, session.editingDomain().getCommandStack().getMostRecentCommand(),
                "a refused drop puts nothing on the command stack");
    }
}
