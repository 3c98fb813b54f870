package org.accountatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.app.internal.explorer.ExplorerTexts;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The explorer shows the sample's groups at the top and their subsidiaries under them. */
class ExplorerTest {

    @Test
    void groupsAtTheTopSubsidiariesBelow() throws Exception {
        OpenedSession.await();
        Display display = PlatformUI.getWorkbench().getDisplay();
        List<String> top = topItems(display);
        assertTrue(top.contains("华夏钢铁集团"), top.toString());
        assertTrue(top.contains("Nordlicht Automotive AG"), top.toString());
        assertTrue(top.stream().noneMatch(t -> t.contains("华夏钢铁（上海）有限公司")), "subsidiaries are not at the top");

        AtomicReference<List<String>> children = new AtomicReference<>();
        display.syncExec(() -> {
            TreeItem group = find(explorer().viewer().getTree().getItems(), "华夏钢铁集团");
            explorer().viewer().expandToLevel(group.getData(), 1);
            List<String> texts = new ArrayList<>();
            for (TreeItem item : group.getItems()) {
                texts.add(ExplorerTexts.plain(item));
            }
            children.set(texts);
        });
        assertTrue(children.get().contains("华夏钢铁（上海）有限公司"), children.get().toString());
        assertTrue(children.get().contains("总经理办公室"), "departments follow the subsidiaries: " + children.get());
    }

    private static AtlasExplorerView explorer() {
        return (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                .findView(AtlasExplorerView.ID);
    }

    private static TreeItem find(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (ExplorerTexts.plain(item).equals(text)) {
                return item;
            }
        }
        throw new AssertionError(text + " not among the explorer's items");
    }

    private static List<String> topItems(Display display) {
        AtomicReference<List<String>> texts = new AtomicReference<>();
        display.syncExec(() -> {
            List<String> list = new ArrayList<>();
            for (TreeItem item : explorer().viewer().getTree().getItems()) {
                list.add(ExplorerTexts.plain(item));
            }
            texts.set(list);
        });
        assertEquals(5 + 6 + 2, texts.get().size(), "five groups, six standalone accounts, two folders: " + texts.get());
        return texts.get();
    }
}
