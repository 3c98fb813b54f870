package org.accountatlas.app.editor;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;

/**
 * One feature of one object in a form: shows the model's value and sets a new one through the property
 * descriptor, that is, as a command on the editing domain's stack.
 */
abstract class FeatureField {

    protected final EditorContext context;
    protected final EObject object;
    protected final EStructuralFeature feature;
    protected final IItemPropertyDescriptor descriptor;

    FeatureField(EditorContext context, EObject object, EStructuralFeature feature) {
        this.context = context;
        this.object = object;
        this.feature = feature;
        this.descriptor = Descriptors.of(context.adapterFactory(), object, feature);
    }

    String label() {
        return descriptor.getDisplayName(object);
    }

    abstract Control control();

    /** Shows the model's current value (after an edit anywhere, an undo or a redo). */
    abstract void refresh();

    Object modelValue() {
        return Descriptors.valueOf(descriptor, object);
    }

    /** Sets the value unless the model already has it, so leaving an untouched field adds nothing to undo. */
    void commit(Object value) {
        if (!Objects.equals(value, modelValue())) {
            descriptor.setPropertyValue(object, value);
        }
    }

    /** Focus on a field selects its object, so the Properties view follows the form. */
    void selectOnFocus() {
        control().addListener(org.eclipse.swt.SWT.FocusIn, event -> context.select(new StructuredSelection(object)));
    }
}
