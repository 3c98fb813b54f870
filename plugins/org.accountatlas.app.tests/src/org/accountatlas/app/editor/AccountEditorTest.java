package org.accountatlas.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accountatlas.analysis.Rollup;
import org.accountatlas.app.OpenedSession;
import org.accountatlas.app.Ui;
import org.accountatlas.app.properties.ValueText;
import org.accountatlas.edit.command.NamedChangesEditingDomain;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.accountatlas.ui.AccountEditorInput;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.OpenAccountEditor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The account editor inside the running workbench: form, live KPIs, tables, undo, save, and closing. */
class AccountEditorTest {

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    private static Account groupWithSubsidiaries(AtlasSession session) {
        Portfolio portfolio = AtlasDatabase.portfolioOf(session.resource());
        return portfolio.getAccounts().stream().filter(a -> a.getParent() == null && !a.getSubsidiaries().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void typingPreviewsTheKpisLeavingTheFieldCommitsOnceAndSaveWritesIt() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account group = groupWithSubsidiaries(session);
        CommandStack stack = session.editingDomain().getCommandStack();
        double own = group.getAnnualRevenue();
        double rolledUp = Rollup.revenue(group);

        AccountEditor editor = Ui.call(() -> (AccountEditor) OpenAccountEditor.open(page(), group, true));
        Ui.run(() -> {
            OverviewPage overview = (OverviewPage) editor.page(OverviewPage.ID);
            TextField revenue = (TextField) overview.field("annualRevenue");
            Command last = stack.getMostRecentCommand();

            revenue.type("99,000,000");
            String expected = ValueText.money(group, Math.round(rolledUp - own + 99_000_000));
            assertEquals(expected, overview.kpis().shown(KpiSection.Kpi.REVENUE), "the KPI follows the typing");
            assertEquals(own, group.getAnnualRevenue(), "typing alone changes nothing");
            assertSame(last, stack.getMostRecentCommand());

            revenue.enter("99000000");
            assertEquals(99_000_000, group.getAnnualRevenue());
            while (org.eclipse.swt.widgets.Display.getCurrent().readAndDispatch()) {
                // the form refreshes after the command stack changed
            }
            assertEquals(ValueText.format(AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE, group, 99_000_000.0),
                    revenue.shown(), "the committed value is shown as money");
            assertTrue(editor.isDirty());
            assertEquals(NamedChangesEditingDomain.labelOfSet(AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE),
                    stack.getUndoCommand().getLabel(), "Undo names the field");
            stack.undo();
            assertEquals(own, group.getAnnualRevenue());
            stack.redo();
            editor.doSave(new NullProgressMonitor());
            assertFalse(editor.isDirty());
        });

        // Read back on a connection of its own. Not unloaded: unloading shuts Derby's database down in this
        // process, under the workbench's own connection.
        DatabaseResource reopened = AtlasDatabase.open(new ResourceSetImpl(), session.database());
        Account again = AtlasDatabase.portfolioOf(reopened).getAccounts().stream()
                .filter(a -> a.getId().equals(group.getId())).findFirst().orElseThrow();
        assertEquals(99_000_000, again.getAnnualRevenue(), "persisted in the database");
        Ui.run(() -> page().closeEditor(editor, false));
    }

    @Test
    void aValueThatDoesNotParseIsNamedInTheFormAndChangesNothing() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account group = groupWithSubsidiaries(session);
        CommandStack stack = session.editingDomain().getCommandStack();
        AccountEditor editor = Ui.call(() -> (AccountEditor) OpenAccountEditor.open(page(), group, true));
        Ui.run(() -> {
            OverviewPage overview = (OverviewPage) editor.page(OverviewPage.ID);
            TextField profit = (TextField) overview.field("profit");
            double before = group.getProfit();
            Command last = stack.getMostRecentCommand();
            profit.enter("a lot");
            var form = overview.getManagedForm().getForm();
            assertEquals(IMessageProvider.ERROR, form.getMessageType());
            var messages = java.util.Arrays.stream(form.getForm().getChildrenMessages())
                    .map(org.eclipse.ui.forms.IMessage::getMessage).toList();
            assertTrue(messages.stream().anyMatch(m -> m.contains("a lot") && m.startsWith("Profit")), messages.toString());
            assertEquals(before, group.getProfit());
            assertSame(last, stack.getMostRecentCommand());
            profit.enter(overview.field("profit").modelValue().toString());
            assertEquals(IMessageProvider.NONE, form.getMessageType(), "a valid value clears the message");
            page().closeEditor(editor, false);
        });
    }

    @Test
    void stakeholdersAreAddedEditedAndMovedInTheTableUndoably() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account account = AtlasDatabase.portfolioOf(session.resource()).getAccounts().stream()
                .filter(a -> a.getOrgUnits().size() >= 2 && ModelQueries.contactsOf(a).size() >= 2).findFirst()
                .orElseThrow();
        CommandStack stack = session.editingDomain().getCommandStack();
        Contact first = ModelQueries.contactsOf(account).get(0);
        AccountEditor editor = Ui.call(() -> (AccountEditor) OpenAccountEditor.open(page(), first, true));
        Ui.run(() -> {
            assertEquals("stakeholders", editor.getActivePageInstance().getId(), "a person opens on Stakeholders");
            ObjectTable table = ((TablesPage) editor.page("stakeholders")).tables().get(0);
            assertSame(first, table.viewer().getStructuredSelection().getFirstElement());
            int people = ModelQueries.contactsOf(account).size();

            EObject added = table.add();
            assertTrue(added instanceof Contact);
            assertEquals(people + 1, ModelQueries.contactsOf(account).size());
            table.viewer().cancelEditing();
            stack.undo();
            assertEquals(people, ModelQueries.contactsOf(account).size());

            Column attitude = column(table, "Attitude");
            Attitude was = first.getAttitude();
            Attitude other = was == Attitude.OPPONENT ? Attitude.CHAMPION : Attitude.OPPONENT;
            attitude.set(first, other);
            assertEquals(other, first.getAttitude());
            table.refresh();
            assertEquals(attitude.text(first), table.viewer().getTable().getItem(0).getText(
                    table.columns().indexOf(attitude)));
            stack.undo();
            assertEquals(was, first.getAttitude());

            OrgUnit from = (OrgUnit) first.eContainer();
            OrgUnit to = account.getOrgUnits().stream().filter(u -> u != from).findFirst().orElseThrow();
            column(table, "Org unit").set(first, to);
            assertSame(to, first.eContainer());
            stack.undo();
            assertSame(from, first.eContainer());
            page().closeEditor(editor, false);
        });
    }

    @Test
    void deletingTheAccountClosesItsEditorAndDirtyEditorsAskBeforeClosing() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account standalone = AtlasDatabase.portfolioOf(session.resource()).getAccounts().stream()
                .filter(a -> a.getParent() == null && a.getSubsidiaries().isEmpty()).findFirst().orElseThrow();
        CommandStack stack = session.editingDomain().getCommandStack();
        AccountEditor editor = Ui.call(() -> (AccountEditor) OpenAccountEditor.open(page(), standalone, true));
        Ui.run(() -> {
            stack.execute(DeleteCommand.create(session.editingDomain(), java.util.List.of(standalone)));
            assertTrue(editor.isSaveOnCloseNeeded(), "the portfolio has an unsaved change");
        });
        Ui.await("the editor of a deleted account closes", () -> page().findEditor(new AccountEditorInput(standalone)) == null);
        Ui.run(() -> {
            stack.undo();
            assertNotEquals(null, standalone.eResource(), "undo brings the account back");
        });
    }

    @Test
    void tablesSortByAnyColumnColourAttitudesAsTheMapAndShowTheOnlyPlan() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account account = AtlasDatabase.portfolioOf(session.resource()).getAccounts().stream()
                .filter(a -> ModelQueries.contactsOf(a).size() >= 4 && a.getPlans().size() == 1).findFirst()
                .orElseThrow();
        AccountEditor editor = Ui.call(() -> (AccountEditor) OpenAccountEditor.open(page(), account, true));
        Ui.run(() -> {
            editor.setActivePage("stakeholders");
            ObjectTable table = ((TablesPage) editor.page("stakeholders")).tables().get(0);
            org.eclipse.swt.widgets.Table widget = table.viewer().getTable();
            Column attitude = column(table, "Attitude");
            int index = table.columns().indexOf(attitude);
            org.eclipse.swt.widgets.TableColumn header = widget.getColumn(index);
            header.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals(org.eclipse.swt.SWT.UP, widget.getSortDirection());
            java.util.List<Attitude> shown = new java.util.ArrayList<>();
            for (org.eclipse.swt.widgets.TableItem item : widget.getItems()) {
                Contact contact = (Contact) item.getData();
                if (contact.getAttitude() != null) {
                    shown.add(contact.getAttitude());
                    String fill = org.accountatlas.diagram.service.MapStyles.onDecisionMap(contact).fill();
                    org.eclipse.swt.graphics.RGB rgb = item.getBackground(index).getRGB();
                    assertEquals(fill.toUpperCase(), String.format("#%02X%02X%02X", rgb.red, rgb.green, rgb.blue),
                            "the attitude of " + contact.getName() + " is coloured as on the map");
                }
            }
            java.util.List<Attitude> sorted = new java.util.ArrayList<>(shown);
            java.util.Collections.sort(sorted);
            assertEquals(sorted, shown, "champions first, opponents last");
            header.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals(org.eclipse.swt.SWT.DOWN, widget.getSortDirection(), "a second click reverses");

            editor.setActivePage("plans");
            java.util.List<ObjectTable> plans = ((TablesPage) editor.page("plans")).tables();
            assertEquals(account.getPlans().get(0).getActions().size(), plans.get(2).viewer().getTable().getItemCount(),
                    "the only plan's actions show without picking it");
            assertEquals(1, plans.get(0).viewer().getTable().getSelectionCount());
            page().closeEditor(editor, false);
        });
    }

    private static Column column(ObjectTable table, String title) {
        return table.columns().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }
}
