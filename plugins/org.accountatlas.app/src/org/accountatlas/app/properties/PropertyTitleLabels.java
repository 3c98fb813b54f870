package org.accountatlas.app.properties;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.model.NamedElement;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;

/** The title of the tabbed Properties view: the selected element's kind and name. */
public final class PropertyTitleLabels extends LabelProvider {

    @Override
    public String getText(Object element) {
        Object selected = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        AtlasSession session = ActiveSession.get();
        if (selected == null || session == null) {
            return "";
        }
        AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(session.adapterFactory());
        String text = items.getText(selected);
        return selected instanceof NamedElement named && named.getName() != null && !text.contains(named.getName())
                ? text + " " + named.getName() : text;
    }
}
