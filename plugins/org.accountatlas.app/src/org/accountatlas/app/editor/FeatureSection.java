package org.accountatlas.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A titled group of fields, one per feature, of the object the supplier gives (which may change, e.g. when a
 * credit assessment is added or undone; the fields are then built again). When there is no object the
 * section shows the action that creates one.
 */
final class FeatureSection {

    /** Long texts get several lines. */
    private static final Set<String> LONG_TEXTS = Set.of("notes", "description", "objectives");

    private final FormToolkit toolkit;
    private final EditorContext context;
    private final Supplier<EObject> target;
    private final List<EStructuralFeature> features;
    private final Section section;
    private final Runnable create;
    private final String createLabel;
    private final List<FeatureField> fields = new ArrayList<>();
    private Composite client;
    private EObject shown;

    FeatureSection(FormToolkit toolkit, Composite parent, EditorContext context, String title, Supplier<EObject> target,
            List<? extends EStructuralFeature> features, String createLabel, Runnable create) {
        this.toolkit = toolkit;
        this.context = context;
        this.target = target;
        this.features = List.copyOf(features);
        this.create = create;
        this.createLabel = createLabel;
        section = toolkit.createSection(parent, Section.TITLE_BAR | Section.EXPANDED);
        section.setText(title);
        section.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
        build();
    }

    FeatureSection(FormToolkit toolkit, Composite parent, EditorContext context, String title, EObject target,
            List<? extends EStructuralFeature> features) {
        this(toolkit, parent, context, title, () -> target, features, null, null);
    }

    private void build() {
        if (client != null) {
            client.dispose();
        }
        fields.clear();
        shown = target.get();
        client = toolkit.createComposite(section);
        client.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).spacing(8, 4).create());
        if (shown == null) {
            toolkit.createHyperlink(client, createLabel, SWT.NONE)
                    .addHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
                        @Override
                        public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent event) {
                            create.run();
                        }
                    });
        } else {
            for (EStructuralFeature feature : features) {
                fields.add(field(feature));
            }
        }
        section.setClient(client);
    }

    private FeatureField field(EStructuralFeature feature) {
        Label label = toolkit.createLabel(client, "");
        label.setLayoutData(GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).create());
        FeatureField field;
        if (feature instanceof EAttribute attribute && !(attribute.getEAttributeType() instanceof EEnum)) {
            field = new TextField(toolkit, client, context, shown, attribute, LONG_TEXTS.contains(feature.getName()));
        } else {
            field = new ChoiceField(toolkit, client, context, shown, feature);
        }
        label.setText(field.label());
        return field;
    }

    void refresh() {
        if (target.get() != shown) {
            build();
            section.getParent().layout(true, true);
            return;
        }
        fields.forEach(FeatureField::refresh);
    }

    FeatureField field(String featureName) {
        return fields.stream().filter(f -> f.feature.getName().equals(featureName)).findFirst().orElseThrow();
    }

    Section section() {
        return section;
    }
}
