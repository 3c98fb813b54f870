package org.accountatlas.app.properties;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/** Gives model elements selected anywhere in the workbench a property source (registered in plugin.xml). */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        AtlasSession session = ActiveSession.get();
        if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object) || session == null) {
            return null;
        }
        Object source = session.adapterFactory().adapt(object, IItemPropertySource.class);
        return source instanceof IItemPropertySource itemSource
                ? adapterType.cast(new ItemPropertySourceAdapter(object, itemSource)) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
