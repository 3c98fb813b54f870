package org.accountatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.app.problems.ProblemsView;
import org.accountatlas.model.Account;
import org.accountatlas.session.AtlasSession;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The main tool bar as a user clicks it: icons with tooltips, New Account makes one, Validate shows the problems. */
class MainToolBarTest {

    @Test
    void everyButtonHasAnIconAndATooltipAndDoesItsJob() throws Exception {
        AtlasSession session = OpenedSession.await();
        Ui.run(() -> {
            List<ToolItem> items = mainToolItems();
            for (String id : List.of("org.accountatlas.app.newAccount", "org.accountatlas.app.import.accounts",
                    "org.accountatlas.app.exportAll", "org.accountatlas.app.validate")) {
                ToolItem item = item(items, id);
                assertNotNull(item.getImage(), id + " has an icon");
                assertTrue(item.getToolTipText() != null && item.getToolTipText().length() > 10, id + " says what it does");
                assertEquals("", item.getText(), id + " shows its icon alone");
            }
            int accounts = session.portfolio().getAccounts().size();
            item(items, "org.accountatlas.app.newAccount").notifyListeners(SWT.Selection, new Event());
            assertEquals(accounts + 1, session.portfolio().getAccounts().size());
            Account created = session.portfolio().getAccounts().get(accounts);
            assertEquals(null, created.getParent(), "a top-level account");
            session.commandStack().undo();
            assertEquals(accounts, session.portfolio().getAccounts().size(), "one undoable change");

            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.hideView(page.findView(ProblemsView.ID));
            item(mainToolItems(), "org.accountatlas.app.validate").notifyListeners(SWT.Selection, new Event());
            assertNotNull(page.findView(ProblemsView.ID), "Validate brings the problems back into view");
        });
    }

    private static ToolItem item(List<ToolItem> items, String id) {
        return items.stream().filter(i -> !i.isDisposed() && i.getData() instanceof ActionContributionItem a && id.equals(a.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no tool bar button " + id));
    }

    private static List<ToolItem> mainToolItems() {
        List<ToolItem> items = new ArrayList<>();
        collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), items);
        return items;
    }

    private static void collect(Control control, List<ToolItem> items) {
        if (control instanceof ToolBar bar) {
            items.addAll(List.of(bar.getItems()));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, items);
            }
        }
    }
}
