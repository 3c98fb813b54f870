package org.accountatlas.app.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Deleting a subsidiary takes its departments and people along, unlinks its children, and undoes completely. */
class DeleteTest {

    @Test
    void deleteConfirmsWhatGoesAndUndoRestoresEverything() throws Exception {
        AtlasSession session = OpenedSession.await();
        Portfolio portfolio = AtlasDatabase.portfolioOf(session.resource());
        Account middle = portfolio.getAccounts().stream()
                .filter(a -> a.getParent() != null && !a.getSubsidiaries().isEmpty()).findFirst().orElseThrow();
        Account child = middle.getSubsidiaries().get(0);
        Account group = middle.getParent();
        int accounts = portfolio.getAccounts().size();
        int units = middle.getOrgUnits().size();

        AtomicReference<String> asked = new AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            AtlasExplorerView view = (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0]
                    .getActivePage().findView(AtlasExplorerView.ID);
            view.viewer().setSelection(new StructuredSelection(middle));
            view.deleteAction().confirmWith(question -> {
                asked.set(question);
                return true;
            });
            view.deleteAction().run();
        });
        try {
            assertNotNull(asked.get());
            assertTrue(asked.get().contains(middle.getName()) && asked.get().contains("× Org Unit")
                    && asked.get().contains("× Contact"), asked.get());
            assertEquals(accounts - 1, portfolio.getAccounts().size());
            assertNull(child.getParent(), "links to the deleted account are removed");
        } finally {
            PlatformUI.getWorkbench().getDisplay().syncExec(() -> session.editingDomain().getCommandStack().undo());
        }
        assertEquals(accounts, portfolio.getAccounts().size());
        assertSame(group, middle.getParent());
        assertSame(middle, child.getParent());
        assertEquals(units, middle.getOrgUnits().size());
    }
}
