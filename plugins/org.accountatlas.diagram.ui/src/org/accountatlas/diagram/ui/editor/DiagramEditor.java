package org.accountatlas.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.commands.DiagramEdits;
import org.accountatlas.diagram.commands.RefreshRepresentationCommand;
import org.accountatlas.diagram.sync.ChangeScope;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.ui.AccountEditorInput;
import org.accountatlas.ui.SessionPart;
import org.accountatlas.ui.UndoRedoActions;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.RepresentationEditorInput;
import org.accountatlas.ui.SelectionRelay;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.sync.Decorations;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas;
import org.accountatlas.diagram.ui.internal.canvas.ShownDiagram;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A diagram of the session's database, drawn and edited. Every change, to the diagram or through it to the
 * model, is a command on the session's stack, so Edit › Undo takes back a move as it takes back a rename. A
 * command that changed what the diagram shows is followed up by a refresh of the diagram in the same undoable
 * step, so a model change made anywhere (explorer, forms, Properties) shows at once and Undo brings back a
 * removed node where it was; a change elsewhere in the portfolio costs the diagram nothing, and a change of
 * the diagram alone (a move) only repaints. Opening a diagram that the model has outgrown refreshes it as a
 * command too. The selection offers the model elements behind the nodes to the Properties view.
 */
public final class DiagramEditor extends EditorPart
        implements ISaveablePart, SessionPart, ITabbedPropertySheetPageContributor {

    public static final String ID = RepresentationEditorInput.EDITOR_ID;

    private AtlasSession session;
    private DiagramService service;
    private DiagramEdits edits;
    private ShownDiagram shown;
    private Representation representation;
    private DiagramDescription description;
    private DiagramCanvas canvas;
    private Palette palette;
    private UndoRedoActions undoRedo;
    private CanvasRequests requests;
    private final SelectionRelay selection = new SelectionRelay();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RepresentationEditorInput diagram)) {
            throw new PartInitException("The diagram editor opens diagrams, not " + input.getName());
        }
        session = ActiveSession.get();
        if (session == null) {
            throw new PartInitException("No database is open");
        }
        setSite(site);
        setInput(input);
        representation = diagram.representation();
        service = session.diagrams();
        edits = new DiagramEdits(service);
        description = DiagramService.descriptionOf(representation);
        setPartName(representation.getName());
        site.setSelectionProvider(selection);
        undoRedo = new UndoRedoActions(session.commandStack());
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo.undo());
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo.redo());
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).create());
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).grab(true, false).create());
        top.setLayout(GridLayoutFactory.fillDefaults().create());
        palette = new Palette(parent, description, this);
        canvas = new DiagramCanvas(parent, service.measurer());
        canvas.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).create());
        canvas.setDecorations(Decorations::of);
        canvas.setLegendOf(scene -> service.legendOf(representation, scene));
        palette.attach(canvas);
        requests = new CanvasRequests(this);
        canvas.setListener(requests);
        new EditorToolbar(top, this);
        DiagramActions actions = new DiagramActions(this);
        actions.install(getEditorSite().getActionBars());
        canvas.setMenu(actions.contextMenu(canvas));
        // What changed while the diagram was closed shows now, as an undoable step that marks the portfolio dirty.
        RefreshRepresentationCommand refresh = RefreshRepresentationCommand.refreshed(service, representation);
        shown = new ShownDiagram(session, representation, canvas, this::stillShown, this::changed);
        if (refresh != null) {
            session.commandStack().pushExecuted(refresh);
        }
        rebuild();
        canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                canvas.showForOpening();
            }
        });
    }

    /** Draws the representation as it is now. */
    void rebuild() {
        shown.rebuild();
    }

    /** Runs the command on the session's stack; false (and a message in the status line) when it cannot run. */
    boolean execute(Command command, String refusal) {
        if (command == null || !command.canExecute()) {
            status(refusal);
            return false;
        }
        status(null);
        session.commandStack().execute(command);
        return true;
    }

    void status(String error) {
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(error);
    }

    /** False, and the editor closes a turn later, when the diagram or its account was deleted. */
    private boolean stillShown(ChangeScope.Effect effect) {
        if (representation.eResource() == null || representation.getTarget() == null) {
            // Deleted, or its account was. Not while the stack is still telling its listeners (this one among them).
            canvas.getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            return false;
        }
        return true;
    }

    /** After each command, undo or redo (the diagram redrawn when it concerned it): name and dirty state. */
    private void changed(ChangeScope.Effect effect) {
        if (effect != ChangeScope.Effect.NONE) {
            setPartName(representation.getName());
        }
        firePropertyChange(IEditorPart.PROP_DIRTY);
    }

    /** Called by the canvas when its selection changes: the model elements go to the Properties view. */
    void selectionChanged(List<DElement> elements) {
        List<EObject> targets = new ArrayList<>();
        for (DElement element : elements) {
            if (element.getTarget() != null && !targets.contains(element.getTarget())) {
                targets.add(element.getTarget());
            }
        }
        selection.setSelection(new StructuredSelection(targets.isEmpty() ? List.of(representation.getTarget()) : targets));
        getEditorSite().getActionBars().updateActionBars();
    }

    public Representation representation() {
        return representation;
    }

    public DiagramDescription description() {
        return description;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public AtlasSession session() {
        return session;
    }

    /** The service that lays out and refreshes this diagram. */
    public DiagramService service() {
        return service;
    }

    /** The diagram's own edits as commands, laid out by the service. */
    public DiagramEdits edits() {
        return edits;
    }

    Palette palette() {
        return palette;
    }

    CanvasRequests requests() {
        return requests;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        org.accountatlas.ui.ActiveSession.saveable().save(getSite().getShell());
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("The diagram is saved with the portfolio");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }


    @Override
    public void dispose() {
        if (shown != null) {
            shown.close();
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }

    @Override
    public String getContributorId() {
        return AccountEditorInput.PROPERTIES_CONTRIBUTOR;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        if (adapter == IContentOutlinePage.class) {
            return adapter.cast(new OverviewPage(canvas));
        }
        return super.getAdapter(adapter);
    }
}
