package org.accountatlas.app.editor;

import org.accountatlas.app.properties.ValueText;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A typed value as text. While the planner types, a value that parses goes to the preview (the KPIs follow)
 * and one that does not is named in the form's message area; leaving the field or pressing Enter commits a
 * valid value as one command, and an invalid one changes nothing.
 */
final class TextField extends FeatureField {

    private final Text text;
    private final EAttribute attribute;
    private final EDataType type;
    private boolean refreshing;

    TextField(FormToolkit toolkit, Composite parent, EditorContext context, EObject object, EAttribute attribute,
            boolean multiLine) {
        super(context, object, attribute);
        this.attribute = attribute;
        this.type = attribute.getEAttributeType();
        boolean editable = descriptor.canSetProperty(object);
        int style = (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE) | (editable ? 0 : SWT.READ_ONLY);
        text = toolkit.createText(parent, "", style);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if (multiLine) {
            layout.heightHint = 48;
            layout.widthHint = 200;
        }
        text.setLayoutData(layout);
        text.setToolTipText(descriptor.getDescription(object));
        text.addModifyListener(event -> typed());
        text.addListener(SWT.FocusOut, event -> commitText());
        if (!multiLine) {
            text.addListener(SWT.DefaultSelection, event -> commitText());
        }
        selectOnFocus();
        refresh();
    }

    @Override
    Control control() {
        return text;
    }

    @Override
    void refresh() {
        String shown = ValueText.format(attribute, object, modelValue());
        if (!shown.equals(text.getText())) {
            refreshing = true;
            try {
                text.setText(shown);
            } finally {
                refreshing = false;
            }
        }
        context.messages().removeMessage(this, text);
    }

    private void typed() {
        if (refreshing) {
            return;
        }
        try {
            Object value = ValueText.parse(attribute, object, text.getText());
            context.messages().removeMessage(this, text);
            if (isNumberOrDate()) {
                context.preview().typed(object, feature, value);
            }
        } catch (IllegalArgumentException e) {
            context.messages().addMessage(this, label() + ": " + e.getMessage(), null, IMessageProvider.ERROR, text);
        }
    }

    private boolean isNumberOrDate() {
        return type.getInstanceClass() != String.class;
    }

    /** Commits a valid value; an invalid one stays visible with its message and changes nothing. */
    private void commitText() {
        if (text.isDisposed() || !descriptor.canSetProperty(object)) {
            return;
        }
        try {
            Object value = ValueText.parse(attribute, object, text.getText());
            context.preview().typed(object, feature, null);
            commit(value);
        } catch (IllegalArgumentException e) {
            // The message is already in the form's header; the model keeps its value.
        }
    }

    /** For tests: types the text without leaving the field. */
    void type(String value) {
        text.setText(value);
    }

    /** For tests: types the text and leaves the field, as a planner would. */
    void enter(String value) {
        text.setText(value);
        commitText();
    }

    String shown() {
        return text.getText();
    }
}
