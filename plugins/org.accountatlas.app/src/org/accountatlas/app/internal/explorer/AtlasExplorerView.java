package org.accountatlas.app.internal.explorer;

import java.util.EventObject;

import org.accountatlas.app.AtlasPreferences;
import org.accountatlas.model.Portfolio;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.OpenAccountEditor;
import org.accountatlas.ui.RepresentationEditorInput;
import org.accountatlas.ui.SessionPart;
import org.accountatlas.ui.UndoRedoActions;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The Atlas Explorer: the portfolio's accounts, their groups, departments and people. It owns the session's
 * unsaved changes: the tab shows them, Save writes them to the database, Undo and Redo walk the command stack.
 */
public final class AtlasExplorerView extends ViewPart
        implements ISaveablePart, SessionPart, ITabbedPropertySheetPageContributor {

    public static final String ID = "org.accountatlas.app.explorer";

    private TreeViewer viewer;
    private AtlasSession session;
    private final CommandStackListener commandStackListener = this::commandStackChanged;
    private DeleteAction deleteAction;
    private Text filterText;
    private ExplorerTree tree;
    private BackgroundFilter backgroundFilter;
    private ExplorerDropAdapter dropAdapter;
    private QuickFilter quickFilter;
    private LinkWithEditor linkWithEditor;
    private ExplorerActions explorerActions;
    private UndoRedoActions undoRedo;
    /** Display preferences apply at once. */
    private final IPropertyChangeListener preferenceListener = event -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 2).create());
        filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage(Messages.Explorer_filter);
        filterText.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(GridDataFactory.fillDefaults().grab(true, true).create());
        tree = ExplorerTree.configure(viewer);
        quickFilter = tree.quickFilter();
        // Searched in the background when typing pauses; the window stays free while the portfolio is walked.
        backgroundFilter = new BackgroundFilter(tree, parent.getDisplay(), result -> { });
        QuickFilterMenu.fill(getViewSite().getActionBars().getMenuManager(), quickFilter,
                () -> backgroundFilter.request(filterText.getText()));
        filterText.addModifyListener(event -> backgroundFilter.request(filterText.getText()));
        AtlasPreferences.store().addPropertyChangeListener(preferenceListener);
        getSite().setSelectionProvider(viewer);
        session = ActiveSession.get();
        if (session == null) {
            return;
        }
        CommandStack stack = session.editingDomain().getCommandStack();
        stack.addCommandStackListener(commandStackListener);
        undoRedo = new UndoRedoActions(stack);
        UndoRedoActions actions = undoRedo;
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo());
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo());
        deleteAction = new DeleteAction(session.editingDomain(), viewer,
                new AdapterFactoryItemDelegator(session.adapterFactory()),
                question -> MessageDialog.openQuestion(getSite().getShell(), Messages.Explorer_deleteTitle, question));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
        enableDragAndDrop(session);
        viewer.addOpenListener(event -> openSelection());
        linkWithEditor = new LinkWithEditor(viewer, getSite().getPage(),
                AtlasPreferences.store().getBoolean(AtlasPreferences.LINK_WITH_EDITOR));
        linkWithEditor.addPropertyChangeListener(event -> AtlasPreferences.store()
                .setValue(AtlasPreferences.LINK_WITH_EDITOR, linkWithEditor.isChecked()));
        getViewSite().getActionBars().getToolBarManager().add(linkWithEditor);
        explorerActions = ExplorerActions.install(this, session);
        session.whenOpened(opened -> parent.getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.setInput(opened.portfolio());
            }
        }));
    }

    private void commandStackChanged(EventObject event) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                backgroundFilter.repeat(filterText.getText()); // an edit may add or remove matches
                firePropertyChange(PROP_DIRTY);
            }
        });
    }

    /** Drag from the tree, drop on the tree: re-parenting accounts, moving departments and people. */
    private void enableDragAndDrop(AtlasSession session) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getStructuredSelection().isEmpty();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        dropAdapter = new ExplorerDropAdapter(viewer, session.editingDomain(),
                refusal -> getViewSite().getActionBars().getStatusLineManager().setErrorMessage(refusal));
        viewer.addDropSupport(DND.DROP_MOVE, transfers, dropAdapter);
    }

    /**
     * Opens the editor of the selected element's account, on the page where the element is edited; the portfolio
     * opens its dashboard, a diagram its diagram editor.
     */
    void openSelection() {
        if (viewer.getStructuredSelection().getFirstElement() instanceof EObject element) {
            try {
                if (element instanceof org.accountatlas.model.Portfolio) {
                    org.accountatlas.app.dashboard.DashboardEditor.open(getSite().getPage());
                    return;
                }
                if (element instanceof org.accountatlas.diagram.representation.Representation representation) {
                    getSite().getPage().openEditor(
                            new RepresentationEditorInput(representation),
                            RepresentationEditorInput.EDITOR_ID, true);
                    return;
                }
                OpenAccountEditor.open(getSite().getPage(), element, true);
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
            }
        }
    }

    /** After a quick filter changed, at once: the matches shown, opened to the first of them. */
    void refreshFiltered() {
        tree.refreshFilters(filterText.getText());
    }

    QuickFilter quickFilter() {
        return quickFilter;
    }

    /** What a drop does, for tests: the same path as dropping with the mouse. */
    boolean drop(java.util.List<?> elements, Object target) {
        return dropAdapter.drop(elements, target);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public void filter(String text) {
        if (tree.filterByName(text) && !text.equals(filterText.getText())) {
            filterText.setText(text);
        }
    }

    /** A new top-level account, selected with its name open for typing (the tool bar's New Account). */
    public void newTopLevelAccount() {
        explorerActions.newTopLevelAccount();
    }

    ExplorerActions actions() {
        return explorerActions;
    }

    /** The portfolio shown, or null before the database is open. */
    Portfolio portfolio() {
        return viewer.getInput() instanceof Portfolio portfolio ? portfolio : null;
    }

    DeleteAction deleteAction() {
        return deleteAction;
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    /** Writes the changes in one transaction; a failed save says why and keeps every edit. */
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

    /** Asked only when no other part shows the portfolio; not saving keeps the changes in the session. */
    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }


    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.editingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
        }
        if (linkWithEditor != null) {
            linkWithEditor.dispose();
        }
        AtlasPreferences.store().removePropertyChangeListener(preferenceListener);
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }

    /** The tabbed Properties view (tabs in plugin.xml), shared with the account editor. */
    @Override
    public String getContributorId() {
        return org.accountatlas.app.properties.FeaturePropertySection.CONTRIBUTOR;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        return super.getAdapter(adapter);
    }
}
