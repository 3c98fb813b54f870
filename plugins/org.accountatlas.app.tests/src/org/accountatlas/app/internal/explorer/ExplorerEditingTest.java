package org.accountatlas.app.internal.explorer;

import org.accountatlas.ui.AccountEditorInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.accountatlas.app.AtlasPreferences;
import org.accountatlas.app.OpenedSession;
import org.accountatlas.app.Ui;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.app.editor.AccountEditor;
import org.accountatlas.ui.OpenAccountEditor;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;

/** Creating, renaming, copying and pasting in the explorer, linking it with editors, and its preferences. */
class ExplorerEditingTest {

    private static AtlasExplorerView explorer() {
        return (AtlasExplorerView) page().findView(AtlasExplorerView.ID);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    private static Portfolio portfolio(AtlasSession session) {
        return AtlasDatabase.portfolioOf(session.resource());
    }

    @Test
    void aNewSubsidiaryIsCreatedUnderTheSelectedGroupAndOpenForItsName() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account group = portfolio(session).getAccounts().stream().filter(a -> a.getParent() == null).findFirst()
                .orElseThrow();
        CommandStack stack = session.editingDomain().getCommandStack();
        int subsidiaries = group.getSubsidiaries().size();
        Ui.run(() -> {
            explorer().viewer().setSelection(new StructuredSelection(group), true);
            List<? extends IAction> offered = explorer().actions().newActions();
            assertEquals(List.of("Subsidiary", "Org Unit", "Account"), offered.stream().map(IAction::getText).toList());
            offered.get(0).run();
            assertEquals(subsidiaries + 1, group.getSubsidiaries().size());
            Account created = (Account) explorer().viewer().getStructuredSelection().getFirstElement();
            assertSame(group, created.getParent());
        });
        Ui.await("the name open for typing", () -> explorer().viewer().isCellEditorActive());
        Ui.run(() -> {
            explorer().viewer().cancelEditing();
            Account created = (Account) explorer().viewer().getStructuredSelection().getFirstElement();
            explorer().viewer().getCellModifier().modify(item(created), "name", "新子公司 New Sub");
            assertEquals("新子公司 New Sub", created.getName());
            stack.undo();
            stack.undo();
            assertEquals(subsidiaries, group.getSubsidiaries().size());
        });
    }

    @Test
    void aCopiedAccountPastedOnAGroupBecomesItsSubsidiaryWithAllItsPeople() throws Exception {
        AtlasSession session = OpenedSession.await();
        Portfolio portfolio = portfolio(session);
        Account source = portfolio.getAccounts().stream().filter(a -> ModelQueries.contactsOf(a).size() >= 3)
                .findFirst().orElseThrow();
        Account group = portfolio.getAccounts().stream()
                .filter(a -> a.getParent() == null && a != source && source.getParent() != a).findFirst().orElseThrow();
        CommandStack stack = session.editingDomain().getCommandStack();
        Ui.run(() -> {
            var bars = explorer().getViewSite().getActionBars();
            explorer().viewer().setSelection(new StructuredSelection(source), true);
            bars.getGlobalActionHandler(ActionFactory.COPY.getId()).run();
            explorer().viewer().setSelection(new StructuredSelection(group), true);
            IAction paste = bars.getGlobalActionHandler(ActionFactory.PASTE.getId());
            assertTrue(paste.isEnabled());
            int accounts = portfolio.getAccounts().size();
            paste.run();
            assertEquals(accounts + 1, portfolio.getAccounts().size());
            Account copy = (Account) explorer().viewer().getStructuredSelection().getFirstElement();
            assertSame(group, copy.getParent());
            assertEquals(source.getName(), copy.getName());
            assertEquals(ModelQueries.contactsOf(source).size(), ModelQueries.contactsOf(copy).size());
            stack.undo();
            assertEquals(accounts, portfolio.getAccounts().size());
            assertFalse(group.getSubsidiaries().contains(copy));
        });
    }

    @Test
    void linkedSelectionBringsTheAccountsEditorToTheFrontAndBack() throws Exception {
        AtlasSession session = OpenedSession.await();
        List<Account> tops = portfolio(session).getAccounts().stream().filter(a -> a.getParent() == null).limit(2)
                .toList();
        Ui.run(() -> {
            AccountEditor first = open(tops.get(0));
            AccountEditor second = open(tops.get(1));
            assertSame(first, open(tops.get(0)), "opening again brings up the same editor");
            var stack = editorStackOf(second);
            // A tab reads "*name" while the portfolio has unsaved changes.
            List<String> tabs = java.util.Arrays.stream(stack.getItems()).map(org.eclipse.swt.custom.CTabItem::getText)
                    .map(text -> text.startsWith("*") ? text.substring(1) : text).toList();
            assertTrue(tabs.contains(tops.get(0).getName()) && tabs.contains(tops.get(1).getName()), tabs.toString());
            LinkWithEditor link = (LinkWithEditor) java.util.Arrays.stream(explorer().getViewSite().getActionBars()
                    .getToolBarManager().getItems()).filter(org.eclipse.jface.action.ActionContributionItem.class::isInstance)
                    .map(i -> ((org.eclipse.jface.action.ActionContributionItem) i).getAction())
                    .filter(LinkWithEditor.class::isInstance).findFirst().orElseThrow();
            link.setChecked(true);
            assertTrue(AtlasPreferences.store().getBoolean(AtlasPreferences.LINK_WITH_EDITOR), "remembered");
            explorer().viewer().setSelection(new StructuredSelection(tops.get(0)), true);
        });
        Ui.await("the first account's editor on top",
                () -> page().getActiveEditor() instanceof AccountEditor e && e.account() == tops.get(0));
        Ui.run(() -> {
            page().activate(page().findEditor(new AccountEditorInput(tops.get(1))));
            assertSame(tops.get(1), explorer().viewer().getStructuredSelection().getFirstElement());
            explorer().viewer().setSelection(StructuredSelection.EMPTY);
            page().closeAllEditors(false);
            AtlasPreferences.store().setValue(AtlasPreferences.LINK_WITH_EDITOR, false);
        });
    }

    @Test
    void displayPreferencesApplyAtOnceAndTheDefaultDatabaseIsUsedWithoutDb() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account top = portfolio(session).getAccounts().stream().filter(a -> a.getParent() == null).findFirst()
                .orElseThrow();
        Ui.run(() -> {
            TreeItem item = item(top);
            assertTrue(item.getText().startsWith(top.getName() + "  "), "the tier beside the name: " + item.getText());
            AtlasPreferences.store().setValue(AtlasPreferences.SHOW_DETAILS, false);
            assertEquals(top.getName(), item(top).getText());
            AtlasPreferences.store().setToDefault(AtlasPreferences.SHOW_DETAILS);
        });
        Path chosen = Path.of("/tmp/elsewhere/portfolio");
        AtlasPreferences.store().setValue(AtlasPreferences.DEFAULT_DATABASE, chosen.toString());
        try {
            assertEquals(chosen, AtlasPreferences.defaultDatabase());
        } finally {
            AtlasPreferences.store().setToDefault(AtlasPreferences.DEFAULT_DATABASE);
        }
        assertEquals(AtlasDatabase.defaultLocation(), AtlasPreferences.defaultDatabase());
    }

    @Test
    void thePropertiesViewOffersTabsByWhatAPlannerEditsTogether() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account top = portfolio(session).getAccounts().stream().filter(a -> a.getParent() == null).findFirst()
                .orElseThrow();
        org.eclipse.ui.views.properties.PropertySheet sheet = Ui.call(() -> {
            var view = (org.eclipse.ui.views.properties.PropertySheet) page()
                    .showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
            page().activate(explorer());
            explorer().viewer().setSelection(new StructuredSelection(top), true);
            return view;
        });
        Ui.await("the tabbed page for the account", () -> sheet.getCurrentPage()
                instanceof org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage tabbed
                && tabbed.getSelectedTab() != null);
        Ui.run(() -> {
            var tabbed = (org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage) sheet.getCurrentPage();
            assertEquals("tab.account.identity", tabbed.getSelectedTab().getId());
            tabbed.setSelectedTab("tab.account.financials");
            assertEquals("tab.account.financials", tabbed.getSelectedTab().getId());
        });
    }

    private static AccountEditor open(Account account) {
        try {
            return (AccountEditor) OpenAccountEditor.open(page(), account, true);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
    }

    /** The workbench's tab folder holding the editor (above the editor's own page tabs). */
    private static org.eclipse.swt.custom.CTabFolder editorStackOf(AccountEditor editor) {
        org.eclipse.swt.widgets.Control control = editor.getActivePageInstance().getPartControl();
        org.eclipse.swt.custom.CTabFolder pages = null;
        for (var c = control.getParent(); c != null; c = c.getParent()) {
            if (c instanceof org.eclipse.swt.custom.CTabFolder folder) {
                if (pages == null) {
                    pages = folder;
                } else {
                    return folder;
                }
            }
        }
        throw new AssertionError("no editor stack");
    }

    private static TreeItem item(Object element) {
        explorer().viewer().reveal(element);
        return (TreeItem) explorer().viewer().testFindItem(element);
    }
}
