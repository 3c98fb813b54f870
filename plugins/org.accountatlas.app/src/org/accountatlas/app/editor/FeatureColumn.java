package org.accountatlas.app.editor;

import java.util.Objects;

import org.accountatlas.app.properties.ItemPropertyDescriptorAdapter;
import org.accountatlas.app.properties.ValueText;
import org.accountatlas.diagram.scene.ResolvedStyle;
import org.accountatlas.diagram.service.MapStyles;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A feature as a column, edited with the same cell editors as the Properties view (combos of the allowed
 * values, typed text checked against the data type); set through the descriptor, hence undoable.
 */
final class FeatureColumn implements Column {

    private final EditorContext context;
    private final EStructuralFeature feature;
    private final String title;
    private final int width;

    /** Titled as EMF.Edit names the feature (in English or Chinese). */
    FeatureColumn(EditorContext context, EStructuralFeature feature, int width) {
        this.context = context;
        this.feature = feature;
        this.title = AtlasEditPlugin.INSTANCE.getString(
                "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
        this.width = width;
    }

    private IItemPropertyDescriptor descriptor(EObject row) {
        return Descriptors.of(context.adapterFactory(), row, feature);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String text(EObject row) {
        Object value = value(row);
        if (feature instanceof EAttribute attribute && !(value instanceof Enum<?>)) {
            return ValueText.format(attribute, row, value);
        }
        return ValueText.label(descriptor(row).getLabelProvider(row), value);
    }

    /** Attitudes in the colours the decision-maker map gives them. */
    @Override
    public ResolvedStyle colours(EObject row) {
        return feature == AtlasPackage.Literals.CONTACT__ATTITUDE ? MapStyles.onDecisionMap(row)
                : null;
    }

    @Override
    public CellEditor editor(Composite table, EObject row) {
        return new ItemPropertyDescriptorAdapter(row, descriptor(row)).createPropertyEditor(table);
    }

    @Override
    public Object value(EObject row) {
        return Descriptors.valueOf(descriptor(row), row);
    }

    @Override
    public void set(EObject row, Object value) {
        if (!Objects.equals(value, value(row))) {
            descriptor(row).setPropertyValue(row, value);
        }
    }
}
