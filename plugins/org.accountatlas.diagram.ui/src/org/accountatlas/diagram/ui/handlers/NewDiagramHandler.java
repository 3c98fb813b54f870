package org.accountatlas.diagram.ui.handlers;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.RepresentationEditorInput;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.service.DiagramTypes;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Account;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * New › Account hierarchy / Decision-maker map on an account: asks for a name (one not taken), draws and lays
 * out the diagram, adds it to the database by a command (Undo removes it) and opens it.
 */
public final class NewDiagramHandler extends AbstractHandler {

    public static final String TYPE = "type";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof Account account)) {
            return null;
        }
        String type = event.getParameter(TYPE);
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        AtlasSession session = ActiveSession.get();
        Representation created = create(shell, session, account, type);
        if (created != null) {
            open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), created);
        }
        return null;
    }

    static Representation create(Shell shell, AtlasSession session, Account account, String type) {
        Resource resource = account.eResource();
        String proposal = uniqueName(resource, account.getName() + " · " + DiagramTypes.label(type));
        InputDialog dialog = new InputDialog(shell, "New " + DiagramTypes.label(type), "Name of the diagram:", proposal,
                name -> name.isBlank() ? "The diagram needs a name"
                        : DiagramService.diagramsOf(resource).stream().anyMatch(r -> name.strip().equals(r.getName()))
                                ? "There is already a diagram named '" + name.strip() + "'" : null);
        if (dialog.open() != Window.OK) {
            return null;
        }
        return create(session, account, type, dialog.getValue().strip());
    }

    /** Makes the diagram and adds it by a command; what the dialog does once it has a name. */
    public static Representation create(AtlasSession session, Account account, String type, String name) {
        Representation representation = session.diagrams().make(account.eResource(), type, account, name, null);
        session.commandStack().execute(new AddCommand(session.editingDomain(), account.eResource().getContents(),
                representation));
        return representation;
    }

    public static void open(IWorkbenchPage page, Representation representation) {
        try {
            page.openEditor(new RepresentationEditorInput(representation), RepresentationEditorInput.EDITOR_ID, true);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base, or the base with the first free "(2)", "(3)" … when a diagram already has that name. */
    private static String uniqueName(Resource resource, String base) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        DiagramService.diagramsOf(resource).forEach(r -> taken.add(r.getName()));
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }
}
