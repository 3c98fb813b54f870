package org.accountatlas.app;

import org.accountatlas.session.AtlasSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.accountatlas.app.editor.AccountEditor;
import org.accountatlas.ui.OpenAccountEditor;
import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.model.Account;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The workbench started with {@code -nl zh_CN} (a test run of its own, see pom.xml): menus, explorer, editor
 * pages and table columns in Chinese, and Chinese names shown as they are.
 */
class ChineseWorkbenchTest {

    @Test
    void theWholeWorkbenchSpeaksChinese() throws Exception {
        AtlasSession session = OpenedSession.await();
        assertEquals("zh_CN", Platform.getNL());
        Account group = AtlasDatabase.portfolioOf(session.resource()).getAccounts().stream()
                .filter(a -> a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow();
        Ui.run(() -> {
            var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            List<String> menus = Arrays.stream(window.getShell().getMenuBar().getItems()).map(MenuItem::getText).toList();
            assertEquals(List.of("文件(&F)", "编辑(&E)", "窗口(&W)", "帮助(&H)"), menus);
            IWorkbenchPage page = window.getActivePage();
            AtlasExplorerView explorer = (AtlasExplorerView) page.findView(AtlasExplorerView.ID);
            assertEquals("客户浏览器", explorer.getPartName());
            List<String> top = Arrays.stream(explorer.viewer().getTree().getItems()).map(TreeItem::getText).toList();
            assertTrue(top.contains("我方团队") && top.contains("竞争对手"), top.toString());
            String tier = org.accountatlas.model.provider.AtlasEditPlugin.INSTANCE.getString(
                    "_UI_PyramidTier_" + group.getTier().name() + "_literal");
            assertTrue(top.contains("华夏钢铁集团  " + tier), "name and tier in Chinese: " + top);

            AccountEditor editor;
            try {
                editor = (AccountEditor) OpenAccountEditor.open(page, group, true);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
            var tabs = (org.eclipse.swt.custom.CTabFolder) editor.getActivePageInstance().getPartControl().getParent();
            List<String> pages = Arrays.stream(tabs.getItems()).map(org.eclipse.swt.custom.CTabItem::getText).toList();
            assertEquals(List.of("概览", "相关人员", "关系", "竞争对手", "需求与商机", "计划与行动", "互动与投诉"), pages);
            assertEquals("华夏钢铁集团", editor.getPartName());
            page.closeAllEditors(false);
        });
    }
}
