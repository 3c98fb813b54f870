package org.accountatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.model.Account;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

/** Editing through the Properties view's source: a command on the stack, undo, redo, and a one-row save. */
class PropertyEditingTest {

    @Test
    void editUndoRedoAndSave() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account account = AtlasDatabase.portfolioOf(session.resource()).getAccounts().get(41);
        String original = account.getName();
        CommandStack stack = session.editingDomain().getCommandStack();

        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            IPropertySource source = Adapters.adapt(account, IPropertySource.class);
            assertNotNull(source, "model elements have a property source");
            Object nameId = idOf(source, "Name");
            Object tierId = idOf(source, "Tier");
            source.setPropertyValue(nameId, "Renamed 改名");
            source.setPropertyValue(tierId, PyramidTier.SMALL);
            assertEquals("Renamed 改名", account.getName());
            assertEquals(PyramidTier.SMALL, account.getTier());
            assertTrue(explorer().isDirty());

            stack.undo();
            stack.undo();
            assertEquals(original, account.getName());
            assertFalse(explorer().isDirty(), "undone to the saved state");
            stack.redo();
            assertEquals("Renamed 改名", account.getName());

            explorer().doSave(new NullProgressMonitor());
            assertFalse(explorer().isDirty());
            assertEquals(1, session.resource().lastSave().rowsWritten());
            assertEquals(1, session.resource().lastSave().updated());
        });
    }

    @Test
    void datesAreEditedAsPlainDaysAndNonsenseIsRefused() throws Exception {
        OpenedSession.await();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            Account account = AtlasDatabase.portfolioOf(ActiveSession.get().resource()).getAccounts().get(40);
            IPropertySource source = Adapters.adapt(account, IPropertySource.class);
            IPropertyDescriptor since = descriptor(source, "Customer Since");
            org.eclipse.jface.viewers.CellEditor editor = since.createPropertyEditor(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
            editor.setValue(account.getCustomerSince());
            java.time.LocalDate day = account.getCustomerSince().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
            assertEquals(day.toString(), since.getLabelProvider().getText(account.getCustomerSince()));
            assertNotNull(editor.getValidator().isValid("next tuesday"), "refused with a message");
            assertEquals(null, editor.getValidator().isValid("2027-03-01"));
            editor.dispose();

            // Numbers: the editor takes the model's Double as it opens, and the typed text back.
            IPropertyDescriptor revenue = descriptor(source, "Annual Revenue");
            org.eclipse.jface.viewers.CellEditor numbers = revenue.createPropertyEditor(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
            numbers.setValue(account.getAnnualRevenue());
            assertTrue(numbers.isValueValid());
            ((org.eclipse.swt.widgets.Text) numbers.getControl()).setText("1,250,000.5");
            assertEquals(1_250_000.5, numbers.getValue());
            assertNotNull(numbers.getValidator().isValid("a lot"));
            numbers.dispose();
            assertEquals(org.accountatlas.app.properties.ValueText.format(
                    org.accountatlas.model.AtlasPackage.Literals.ACCOUNT__ANNUAL_REVENUE, account, 9_470_000.0),
                    revenue.getLabelProvider().getText(9_470_000.0), "money shown as money");
            assertEquals("Yearly profit contribution.", descriptor(source, "Profit").getDescription(),
                    "the tooltip is the model's documentation");
            for (IPropertyDescriptor shown : source.getPropertyDescriptors()) {
                assertFalse(shown.getDescription().startsWith("The "), shown.getDisplayName() + ": "
                        + shown.getDescription());
                assertNotEquals("Id", shown.getDisplayName(), "internal ids are not shown");
            }
        });
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String displayName) {
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (descriptor.getDisplayName().equals(displayName)) {
                return descriptor;
            }
        }
        throw new AssertionError("no property " + displayName);
    }

    private static Object idOf(IPropertySource source, String displayName) {
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (descriptor.getDisplayName().equals(displayName)) {
                assertNotNull(descriptor.createPropertyEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()),
                        displayName + " has an editor");
                return descriptor.getId();
            }
        }
        throw new AssertionError("no property " + displayName);
    }

    private static AtlasExplorerView explorer() {
        return (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                .findView(AtlasExplorerView.ID);
    }
}
