package org.accountatlas.app.properties;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Shows an EMF.Edit property source in the Properties view. EMF's edit.ui has this adapter, but it cannot
 * be had here. Values are set through the item property descriptors, hence through the editing domain's
 * command stack: every change can be undone.
 */
final class ItemPropertySourceAdapter implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final Predicate<Object> shown;

    ItemPropertySourceAdapter(Object object, IItemPropertySource source) {
        this(object, source, feature -> true);
    }

    /** Only the properties whose feature the predicate accepts: one tab of the tabbed Properties view. */
    ItemPropertySourceAdapter(Object object, IItemPropertySource source, Predicate<Object> shownFeatures) {
        this.object = object;
        this.source = source;
        this.shown = shownFeatures;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
        return descriptors.stream().filter(d -> shown.test(d.getFeature(object)))
                .map(d -> new ItemPropertyDescriptorAdapter(object, d)).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        // EMF.Edit wraps values for display; editors and labels work on the value itself.
        Object value = descriptor(id).getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        descriptor(id).setPropertyValue(object, value);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }
}
