package org.accountatlas.app.editor;

import org.accountatlas.model.Account;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opens (or brings up) the editor of the account an element belongs to, showing the element. */
public final class OpenAccountEditor {

    private OpenAccountEditor() {
    }

    /** The editor, or null when the element belongs to no account (our team, competitors). */
    public static AccountEditor open(IWorkbenchPage page, EObject element, boolean activate) throws PartInitException {
        Account account = ModelQueries.accountOf(element);
        if (account == null) {
            return null;
        }
        IEditorPart editor = page.openEditor(new AccountEditorInput(account), AccountEditor.ID, activate);
        if (editor instanceof AccountEditor accountEditor) {
            if (element != account) {
                accountEditor.reveal(element);
            }
            return accountEditor;
        }
        return null;
    }
}
