package org.accountatlas.app.editor;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.Account;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** A page of the account editor: a form of sections and tables that all refresh from the model at once. */
abstract class AccountPage extends FormPage {

    protected final Account account;
    protected final EditorContext editorContext;
    private final List<Runnable> refreshers = new ArrayList<>();
    private EditorContext pageContext;

    AccountPage(AccountEditor editor, String id, String title, Account account, EditorContext context) {
        super(editor, id, title);
        this.account = account;
        this.editorContext = context;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText(getTitle());
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        pageContext = editorContext.withMessages(managedForm.getMessageManager());
        build(toolkit, form.getBody(), pageContext);
        form.reflow(true);
    }

    /** Fills the page; every section or table it makes is added with {@link #refreshes(Runnable)}. */
    protected abstract void build(FormToolkit toolkit, Composite body, EditorContext context);

    protected void refreshes(Runnable refresher) {
        refreshers.add(refresher);
    }

    protected static void columns(Composite body, int count) {
        body.setLayout(GridLayoutFactory.fillDefaults().numColumns(count).equalWidth(true).margins(8, 8).spacing(12, 12)
                .create());
    }

    /** After any change to the model: shows it. Pages not yet opened have nothing to refresh. */
    void refresh() {
        if (getManagedForm() == null || getManagedForm().getForm().isDisposed()) {
            return;
        }
        refreshers.forEach(Runnable::run);
        getManagedForm().getForm().reflow(true);
    }
}
