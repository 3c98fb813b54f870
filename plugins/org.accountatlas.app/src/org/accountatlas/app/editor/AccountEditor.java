package org.accountatlas.app.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.accountatlas.ui.UndoRedoActions;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.AccountEditorInput;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.SelectionRelay;
import org.accountatlas.ui.SessionPart;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * The account editor: a multi-page form over one account of the session's portfolio. All editors and the
 * explorer share the session's editing domain, so the dirty state, Save, Undo and Redo are the portfolio's;
 * the editor closes itself when its account is deleted. Closing it asks about unsaved changes only when no
 * other part shows them (the workbench counts the parts holding the session's saveable), and not saving
 * keeps them in the session, where Save or Exit still offers them.
 */
public final class AccountEditor extends FormEditor
        implements SessionPart, IShowInTarget, ITabbedPropertySheetPageContributor {

    public static final String ID = AccountEditorInput.EDITOR_ID;

    private AtlasSession session;
    private Account account;
    private final SelectionRelay selection = new SelectionRelay();
    private final List<AccountPage> accountPages = new ArrayList<>();
    private final CommandStackListener commandStackListener = this::commandStackChanged;
    private UndoRedoActions undoRedo;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof AccountEditorInput accountInput)) {
            throw new PartInitException("Not an account: " + input);
        }
        session = ActiveSession.get();
        if (session == null) {
            throw new PartInitException("No portfolio is open");
        }
        account = accountInput.account();
        super.init(site, input);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
        session.editingDomain().getCommandStack().addCommandStackListener(commandStackListener);
        undoRedo = new UndoRedoActions(session.editingDomain().getCommandStack());
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo.undo());
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo.redo());
    }

    @Override
    protected void addPages() {
        EditorContext context = new EditorContext(session.adapterFactory(), session.editingDomain(), null,
                (object, feature, value) -> { }, selection);
        accountPages.add(new OverviewPage(this, account, context));
        accountPages.add(new TablesPage(this, "stakeholders", Messages.Editor_stakeholders, account, context, 1,
                AccountTables::stakeholders));
        accountPages.add(new TablesPage(this, "relations", Messages.Editor_relations, account, context, 1,
                AccountTables::relations));
        accountPages.add(new TablesPage(this, "competitors", Messages.Editor_competitors, account, context, 1,
                AccountTables::competitors));
        accountPages.add(new TablesPage(this, "needs", Messages.Editor_needs, account, context, 1,
                AccountTables::needs));
        accountPages.add(new TablesPage(this, "plans", Messages.Editor_plans, account, context, 1,
                AccountTables::plans));
        accountPages.add(new TablesPage(this, "interactions", Messages.Editor_interactions, account, context, 1,
                AccountTables::interactions));
        try {
            for (AccountPage page : accountPages) {
                addPage(page);
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        selection.setSelection(new StructuredSelection(account));
    }

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (getContainer() == null || getContainer().isDisposed()) {
                return;
            }
            if (account.eResource() == null) {
                close(false);
                return;
            }
            setPartName(account.getName());
            accountPages.forEach(AccountPage::refresh);
            firePropertyChange(IEditorPart.PROP_DIRTY);
        });
    }

    public Account account() {
        return account;
    }

    /** Shows the page where the element is edited, selecting its row there. */
    public void reveal(EObject element) {
        String pageId = switch (element.eClass().getClassifierID()) {
            case AtlasPackage.CONTACT -> "stakeholders";
            case AtlasPackage.INFLUENCE, AtlasPackage.COVERAGE -> "relations";
            case AtlasPackage.COMPETITOR_POSITION -> "competitors";
            case AtlasPackage.NEED, AtlasPackage.OPPORTUNITY -> "needs";
            case AtlasPackage.ACCOUNT_PLAN -> "plans";
            case AtlasPackage.INTERACTION, AtlasPackage.COMPLAINT -> "interactions";
            default -> OverviewPage.ID;
        };
        if (page(pageId) instanceof TablesPage tables) {
            tables.reveal(element);
        } else {
            setActivePage(pageId);
        }
    }

    /** Shows the first model element of the context's selection (how other bundles reveal an element here). */
    @Override
    public boolean show(ShowInContext context) {
        if (context.getSelection() instanceof StructuredSelection selected
                && selected.getFirstElement() instanceof EObject element) {
            reveal(element);
            return true;
        }
        return false;
    }

    AccountPage page(String id) {
        return accountPages.stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        ActiveSession.saveable().save(getSite().getShell());
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("The portfolio is saved to its database");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }


    @Override
    public void dispose() {
        if (session != null) {
            session.editingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }

    /** The tabbed Properties view (tabs in plugin.xml), shared with the account editor. */
    @Override
    public String getContributorId() {
        return AccountEditorInput.PROPERTIES_CONTRIBUTOR;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        return super.getAdapter(adapter);
    }
}
