package org.accountatlas.diagram.ui.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.accountatlas.app.SaveRunner;
import org.accountatlas.app.UndoRedoActions;
import org.accountatlas.app.WorkbenchSession;
import org.accountatlas.app.editor.RepresentationEditorInput;
import org.accountatlas.app.editor.SelectionRelay;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.export.AccountDiagrams;
import org.accountatlas.diagram.mapping.Decorations;
import org.accountatlas.diagram.mapping.EnumLabels;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.scene.SceneBuilder;
import org.accountatlas.diagram.ui.canvas.DiagramCanvas;
import org.accountatlas.diagram.ui.commands.DiagramEdits;
import org.accountatlas.edit.command.FollowUpCommandStack;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A diagram of the session's database, drawn and edited. Every change, to the diagram or through it to the
 * model, is a command on the session's stack, so Edit › Undo takes back a move as it takes back a rename. The
 * editor follows each command up with a refresh of its diagram in the same undoable step, so a model change
 * made anywhere (explorer, forms, Properties) shows at once and Undo brings back a removed node where it was.
 * The selection offers the model elements behind the nodes to the Properties view.
 */
public final class DiagramEditor extends EditorPart implements ISaveablePart2, ITabbedPropertySheetPageContributor {

    public static final String ID = RepresentationEditorInput.EDITOR_ID;
    /** Scene margin, in diagram units, as in export. */
    static final double MARGIN = 20;

    private WorkbenchSession session;
    private Representation representation;
    private DiagramDescription description;
    private DiagramCanvas canvas;
    private Palette palette;
    private UndoRedoActions undoRedo;
    private CanvasRequests requests;
    private final CommandStackListener commandStackListener = this::commandStackChanged;
    private final FollowUpCommandStack.FollowUp followUp = executed -> DiagramEdits.refreshed(representation);
    private final SelectionRelay selection = new SelectionRelay();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RepresentationEditorInput diagram)) {
            throw new PartInitException("The diagram editor opens diagrams, not " + input.getName());
        }
        session = WorkbenchSession.current();
        if (session == null) {
            throw new PartInitException("No database is open");
        }
        setSite(site);
        setInput(input);
        representation = diagram.representation();
        description = AccountDiagrams.descriptionOf(representation);
        setPartName(representation.getName());
        site.setSelectionProvider(selection);
        session.commandStack().addCommandStackListener(commandStackListener);
        session.commandStack().addFollowUp(followUp);
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
        canvas = new DiagramCanvas(parent);
        canvas.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).create());
        canvas.setDecorations(Decorations::of);
        palette.attach(canvas);
        requests = new CanvasRequests(this);
        canvas.setListener(requests);
        new EditorToolbar(top, this);
        DiagramActions actions = new DiagramActions(this);
        actions.install(getEditorSite().getActionBars());
        canvas.setMenu(actions.contextMenu(canvas));
        // What changed while the diagram was closed shows now; like an export, this is no edit of the user's.
        AccountDiagrams.refresh(representation);
        rebuild();
        canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed() && canvas.getClientArea().width > 0) {
                double[] view = canvas.viewport();
                if (canvas.scene().width() > view[2] || canvas.scene().height() > view[3]) {
                    canvas.zoomToFit();
                }
            }
        });
    }

    /** Draws the representation as it is now. */
    void rebuild() {
        Scene scene = new SceneBuilder(description, EnumLabels::of, MARGIN).build(representation);
        canvas.setScene(scene);
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

    /** Redraws at once on the UI thread (so a change shows before the next event); closing waits a turn. */
    private void commandStackChanged(EventObject event) {
        if (canvas.isDisposed()) {
            return;
        }
        if (representation.eResource() == null || representation.getTarget() == null) {
            // Deleted, or its account was. Not while the stack is still telling its listeners (this one among them).
            canvas.getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            return;
        }
        if (org.eclipse.swt.widgets.Display.getCurrent() == null) {
            canvas.getDisplay().asyncExec(() -> commandStackChanged(event));
            return;
        }
        setPartName(representation.getName());
        rebuild();
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

    public WorkbenchSession session() {
        return session;
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
        if (SaveRunner.save(getSite().getShell(), session)) {
            firePropertyChange(IEditorPart.PROP_DIRTY);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("The diagram is saved with the portfolio");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** As the account editor: not saving keeps the changes in the session, where Save still offers them. */
    @Override
    public int promptToSaveOnClose() {
        MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.get("closeTitle"), null,
                Messages.get("closePrompt"), MessageDialog.QUESTION, 0, IDialogConstants.YES_LABEL,
                IDialogConstants.NO_LABEL, IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> YES;
            case 1 -> NO;
            default -> CANCEL;
        };
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.commandStack().removeCommandStackListener(commandStackListener);
            session.commandStack().removeFollowUp(followUp);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }

    @Override
    public String getContributorId() {
        return org.accountatlas.app.properties.FeaturePropertySection.CONTRIBUTOR;
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
