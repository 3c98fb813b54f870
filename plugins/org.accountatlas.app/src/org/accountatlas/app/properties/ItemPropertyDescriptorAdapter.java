package org.accountatlas.app.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.accountatlas.edit.properties.ChoiceScope;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property: its label and category from EMF.Edit, and an editor that fits the feature: a combo for
 * enumerations and references, text checked against the data type for everything else.
 */
public final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            List<Object> allowed = object instanceof EObject owner && feature instanceof EStructuralFeature structural
                    ? ChoiceScope.narrow(owner, structural, choices) : new ArrayList<>(choices);
            return new ChoiceCellEditor(parent, allowed, descriptor.getLabelProvider(object));
        }
        if (feature instanceof EAttribute attribute) {
            return new DataTypeCellEditor(parent, attribute, object instanceof EObject owner ? owner : null);
        }
        return null;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return descriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Number && descriptor.getFeature(object) instanceof EAttribute attribute) {
                    return ValueText.format(attribute, object instanceof EObject owner ? owner : null, element);
                }
                return ValueText.label(labels, element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** Enumeration literals or reference targets, shown by their labels. */
    private static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<?> values;

        ChoiceCellEditor(Composite parent, List<?> values, IItemLabelProvider labels) {
            super(parent, values.stream().map(v -> ValueText.label(labels, v)).toArray(String[]::new), SWT.READ_ONLY);
            this.values = values;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index < 0 ? null : values.get(index);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(values.indexOf(value));
        }
    }

    /** Text converted with the data type's own factory; a value that does not parse is refused with a message. */
    private static final class DataTypeCellEditor extends TextCellEditor {
        private final EAttribute attribute;
        private final EObject owner;

        DataTypeCellEditor(Composite parent, EAttribute attribute, EObject owner) {
            super(parent);
            this.attribute = attribute;
            this.owner = owner;
            // CellEditor.setValue validates the model's value too (a Double, a Date): only typed text is checked.
            setValidator(value -> {
                if (!(value instanceof String text)) {
                    return null;
                }
                try {
                    ValueText.parse(attribute, owner, text);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
        }

        @Override
        protected Object doGetValue() {
            return ValueText.parse(attribute, owner, (String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(ValueText.format(attribute, owner, value));
        }
    }
}
