package org.accountatlas.app.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.model.Account;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.Contact;
import org.accountatlas.model.PyramidTier;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Quick filters keep the accounts of a tier, or the people of an attitude with the path down to them. */
class QuickFilterTest {

    private static AtlasExplorerView explorer() {
        return (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                .findView(AtlasExplorerView.ID);
    }

    @Test
    void aTierKeepsOnlyItsAccountsAtTheTop() throws Exception {
        OpenedSession.await();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            AtlasExplorerView view = explorer();
            int all = view.viewer().getTree().getItemCount();
            try {
                view.quickFilter().toggle(PyramidTier.KEY_STRATEGIC);
                view.refreshFiltered();
                TreeItem[] top = view.viewer().getTree().getItems();
                assertTrue(top.length > 0 && top.length < all, top.length + " of " + all);
                for (TreeItem item : top) {
                    Account account = (Account) item.getData();
                    boolean strategic = account.getTier() == PyramidTier.KEY_STRATEGIC;
                    assertTrue(strategic || hasStrategicSubsidiary(account), account.getName());
                }
            } finally {
                view.quickFilter().clear();
                view.refreshFiltered();
            }
            assertEquals(all, view.viewer().getTree().getItemCount());
        });
    }

    @Test
    void anAttitudeKeepsThosePeopleOnly() throws Exception {
        OpenedSession.await();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            AtlasExplorerView view = explorer();
            try {
                view.quickFilter().toggle(Attitude.OPPONENT);
                view.refreshFiltered();
                List<Object> shown = new ArrayList<>();
                collect(view.viewer().getTree().getItems(), shown);
                List<Contact> people = shown.stream().filter(Contact.class::isInstance).map(Contact.class::cast)
                        .toList();
                assertFalse(people.isEmpty(), "the sample has opponents");
                assertTrue(people.stream().allMatch(c -> c.getAttitude() == Attitude.OPPONENT), people.toString());
            } finally {
                view.quickFilter().clear();
                view.refreshFiltered();
            }
        });
    }

    private static boolean hasStrategicSubsidiary(Account account) {
        return account.getSubsidiaries().stream()
                .anyMatch(s -> s.getTier() == PyramidTier.KEY_STRATEGIC || hasStrategicSubsidiary(s));
    }

    private static void collect(TreeItem[] items, List<Object> into) {
        for (TreeItem item : items) {
            into.add(item.getData());
            collect(item.getItems(), into);
        }
    }
}
