package org.accountatlas.ui;

import org.accountatlas.model.Account;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;

/**
 * Opens (or brings up) the editor of the account an element belongs to, showing the element there: the
 * editor is reached by its id and asked to show the element through {@link IShowInTarget}, so a bundle that
 * opens it needs none of its classes.
 */
public final class OpenAccountEditor {

    private OpenAccountEditor() {
    }

    /** The editor, or null when the element belongs to no account (our team, competitors). */
    public static IEditorPart open(IWorkbenchPage page, EObject element, boolean activate) throws PartInitException {
        Account account = ModelQueries.accountOf(element);
        if (account == null) {
            return null;
        }
        IEditorPart editor = page.openEditor(new AccountEditorInput(account), AccountEditorInput.EDITOR_ID, activate);
        IShowInTarget target = editor == null ? null : editor.getAdapter(IShowInTarget.class);
        if (target != null && element != account) {
            target.show(new ShowInContext(null, new StructuredSelection(element)));
        }
        return editor;
    }
}
