package org.accountatlas.app.editor;

import org.accountatlas.ui.SelectionRelay;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.forms.IMessageManager;

/**
 * What the parts of an account editor share: the session's adapter factory and editing domain, the form's
 * message area for values that do not parse, where typed values go for a preview, and the editor's selection.
 */
record EditorContext(AdapterFactory adapterFactory, EditingDomain domain, IMessageManager messages, Preview preview,
        SelectionRelay selection) {

    /** A value typed but not yet committed, or null when typing ended. */
    interface Preview {
        void typed(EObject object, EStructuralFeature feature, Object value);
    }

    void select(ISelection selected) {
        selection.setSelection(selected);
    }

    EditorContext withMessages(IMessageManager pageMessages) {
        return new EditorContext(adapterFactory, domain, pageMessages, preview, selection);
    }
}
