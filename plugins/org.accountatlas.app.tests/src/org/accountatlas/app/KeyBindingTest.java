package org.accountatlas.app;

import org.accountatlas.session.AtlasSession;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.model.Account;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/**
 * Undo, Redo, Save, Delete, Copy, Paste and Rename are bound to their usual keys, and the key's command
 * reaches the session's command stack (the command is run as the key binding runs it).
 */
class KeyBindingTest {

    @Test
    void theUsualKeysAreBoundAndUndoRedoRunOnTheModel() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account account = AtlasDatabase.portfolioOf(session.resource()).getAccounts().get(3);
        CommandStack stack = session.editingDomain().getCommandStack();
        Ui.run(() -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            IBindingService bindings = window.getService(IBindingService.class);
            assertEquals("Ctrl+Z", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.EDIT_UNDO));
            var redoKeys = java.util.Arrays.stream(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_REDO))
                    .map(org.eclipse.jface.bindings.TriggerSequence::format).toList();
            org.junit.jupiter.api.Assertions.assertTrue(redoKeys.contains("Ctrl+Y"), redoKeys.toString());
            assertEquals("Ctrl+S", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.FILE_SAVE));
            assertEquals("Ctrl+C", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.EDIT_COPY));
            assertEquals("Ctrl+V", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.EDIT_PASTE));
            assertEquals("F2", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.FILE_RENAME));
            assertEquals("Delete", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.EDIT_DELETE));

            window.getActivePage().activate(window.getActivePage().findView(AtlasExplorerView.ID));
            String name = account.getName();
            stack.execute(SetCommand.create(session.editingDomain(), account,
                    org.accountatlas.model.AtlasPackage.Literals.NAMED_ELEMENT__NAME, "按键 Keys"));
            IHandlerService handlers = window.getService(IHandlerService.class);
            try {
                handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
                assertEquals(name, account.getName());
                handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
                assertEquals("按键 Keys", account.getName());
                handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertEquals(name, account.getName());
        });
    }
}
