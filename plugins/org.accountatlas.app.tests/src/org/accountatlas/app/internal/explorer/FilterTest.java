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

    private static void collect(TreeItem[] items, List<String> into) {
        for (TreeItem item : items) {
            into.add(ExplorerTexts.plain(item));
            collect(item.getItems(), into);
        }
    }
}
