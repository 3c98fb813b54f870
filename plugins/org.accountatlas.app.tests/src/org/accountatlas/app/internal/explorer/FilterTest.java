package org.accountatlas.app.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.app.OpenedSession;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Typing part of a name keeps the matches and the path to them, opened; clearing brings everything back. */
class FilterTest {

    @Test
    void filterKeepsThePathToMatches() throws Exception {
        OpenedSession.await();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            AtlasExplorerView view = (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0]
                    .getActivePage().findView(AtlasExplorerView.ID);
            int all = view.viewer().getTree().getItemCount();
            try {
                view.filter("带钢");
                TreeItem[] top = view.viewer().getTree().getItems();
                assertEquals(1, top.length);
                assertEquals("华夏钢铁集团", ExplorerTexts.plain(top[0]));
                List<String> visible = new ArrayList<>();
                collect(top, visible);
                assertTrue(visible.contains("华夏精密带钢有限公司") && visible.contains("华夏带钢（苏州）加工中心"), visible.toString());
                assertTrue(!visible.contains("华夏物流有限公司"), visible.toString());
            } finally {
                view.filter("");
            }
            assertEquals(all, view.viewer().getTree().getItemCount());
        });
    }

    @Test
    void typingFiltersOnceTheTypingPausesAndOpensTheTreeOnlyToTheFirstMatches() throws Exception {
        OpenedSession.await();
        var display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            AtlasExplorerView view = (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0]
                    .getActivePage().findView(AtlasExplorerView.ID);
            var tree = view.viewer().getTree();
            int all = tree.getItemCount();
            var field = (org.eclipse.swt.widgets.Text) java.util.Arrays.stream(tree.getParent().getChildren())
                    .filter(org.eclipse.swt.widgets.Text.class::isInstance).findFirst().orElseThrow();
            field.setText("带");
            field.setText("带钢");
            assertEquals(all, tree.getItemCount(), "keys typed in a row do not filter one by one");
            long deadline = System.currentTimeMillis() + 3_000;
            while (tree.getItemCount() == all && System.currentTimeMillis() < deadline) {
                if (!display.readAndDispatch()) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            assertEquals(1, tree.getItemCount(), "filtered once typing paused");
            assertEquals("带钢", field.getText(), "the text typed stays as typed");
            view.filter("");
            field.setText("");

            var content = (org.eclipse.jface.viewers.ITreeContentProvider) view.viewer().getContentProvider();
            Object[] roots = content.getElements(view.viewer().getInput());
            List<Object> open = new ExplorerSearch(roots, content, "华夏", QuickCriteria.NONE, 2).run(null).toOpen();
            assertEquals(1, open.size(), "the group (a match) and one subsidiary: only the group opens " + open);
            assertTrue(new ExplorerSearch(roots, content, "华夏", QuickCriteria.NONE, 1).run(null).toOpen().isEmpty(),
                    "the group alone opens nothing");
        });
    }

    private static void collect(TreeItem[] items, List<String> into) {
        for (TreeItem item : items) {
            into.add(ExplorerTexts.plain(item));
            collect(item.getItems(), into);
        }
    }
}
