package org.accountatlas.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.accountatlas.app.properties.ValueText;
import org.accountatlas.edit.properties.ChoiceScope;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** An enumeration or a reference as a drop-down of the values the model allows, labelled by EMF.Edit. */
final class ChoiceField extends FeatureField {

    private final Combo combo;
    private final IItemLabelProvider labels;
    private List<Object> values = List.of();
    private boolean refreshing;

    ChoiceField(FormToolkit toolkit, Composite parent, EditorContext context, EObject object, EStructuralFeature feature) {
        super(context, object, feature);
        labels = descriptor.getLabelProvider(object);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setEnabled(descriptor.canSetProperty(object));
        combo.setVisibleItemCount(12);
        combo.addListener(SWT.Selection, event -> {
            if (!refreshing && combo.getSelectionIndex() >= 0) {
                commit(values.get(combo.getSelectionIndex()));
            }
        });
        selectOnFocus();
        refresh();
    }

    @Override
    Control control() {
        return combo;
    }

    /** Re-reads the choices too: people and org units come and go while the editor is open. */
    @Override
    void refresh() {
        Collection<?> offered = descriptor.getChoiceOfValues(object);
        values = ChoiceScope.narrow(object, feature, offered == null ? List.of() : offered);
        if (feature instanceof EReference && !feature.isRequired() && !values.contains(null)) {
            values = new ArrayList<>(values);
            values.add(0, null);
        }
        refreshing = true;
        try {
            combo.setItems(values.stream().map(v -> ValueText.label(labels, v)).toArray(String[]::new));
            combo.select(values.indexOf(modelValue()));
        } finally {
            refreshing = false;
        }
    }

    /** For tests: picks the value as a planner would from the drop-down. */
    void choose(Object value) {
        combo.select(values.indexOf(value));
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
