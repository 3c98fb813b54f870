package org.accountatlas.app.internal.explorer;

import java.util.List;

import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;

/** The explorer's view menu: one submenu of check items per quick filter, and a way to clear them all. */
final class QuickFilterMenu {

    private QuickFilterMenu() {
    }

    static void fill(IMenuManager menu, QuickFilter filter, Runnable refresh) {
        menu.add(submenu(Messages.Explorer_quickTier, PyramidTier.VALUES, "PyramidTier", filter, refresh));
        menu.add(submenu(Messages.Explorer_quickAttitude, Attitude.VALUES, "Attitude", filter, refresh));
        menu.add(submenu(Messages.Explorer_quickRole, BuyingRole.VALUES, "BuyingRole", filter, refresh));
        menu.add(new Separator());
        menu.add(new Action(Messages.Explorer_quickClear) {
            @Override
            public void run() {
                filter.clear();
                refresh.run();
            }
        });
    }

    private static MenuManager submenu(String title, List<? extends Enumerator> values, String enumName,
            QuickFilter filter, Runnable refresh) {
        MenuManager submenu = new MenuManager(title);
        submenu.setRemoveAllWhenShown(true);
        submenu.addMenuListener(manager -> {
            for (Enumerator value : values) {
                // Labels from the edit plugin, so they read as in the Properties view, in either language.
                String label = AtlasEditPlugin.INSTANCE.getString("_UI_" + enumName + "_" + value.getName()
                        + "_literal");
                Action item = new Action(label, IAction.AS_CHECK_BOX) {
                    @Override
                    public void run() {
                        filter.toggle(value);
                        refresh.run();
                    }
                };
                item.setChecked(filter.isOn(value));
                manager.add(item);
            }
        });
        return submenu;
    }
}
