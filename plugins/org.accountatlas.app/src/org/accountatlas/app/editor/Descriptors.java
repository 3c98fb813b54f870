package org.accountatlas.app.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** The EMF.Edit property descriptor of a feature: its label, choices, and the command that sets it. */
final class Descriptors {

    private Descriptors() {
    }

    static IItemPropertyDescriptor of(AdapterFactory factory, EObject object, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            if (descriptor.getFeature(object) == feature) {
                return descriptor;
            }
        }
        throw new IllegalArgumentException(object.eClass().getName() + " has no property for " + feature.getName());
    }

    /** The value itself; EMF.Edit wraps values for display. */
    static Object valueOf(IItemPropertyDescriptor descriptor, EObject object) {
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }
}
