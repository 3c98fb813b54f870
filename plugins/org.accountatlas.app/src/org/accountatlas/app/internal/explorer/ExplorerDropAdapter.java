package org.accountatlas.app.internal.explorer;

import java.util.List;
import java.util.function.Consumer;

import org.accountatlas.edit.command.Move;
import org.accountatlas.edit.command.Moves;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drops in the explorer re-parent what was dragged, through {@link Moves}: allowed moves run as one command
 * on the stack (so Undo takes them back); a refused one shows its reason while the mouse is over the target.
 */
final class ExplorerDropAdapter extends ViewerDropAdapter {

    private final EditingDomain domain;
    private final Consumer<String> refusals;

    ExplorerDropAdapter(TreeViewer viewer, EditingDomain domain, Consumer<String> refusals) {
        super(viewer);
        this.domain = domain;
        this.refusals = refusals;
        setFeedbackEnabled(false);
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        if (!LocalSelectionTransfer.getTransfer().isSupportedType(type)) {
            return false;
        }
        Move move = moveOnto(target);
        refusals.accept(move.refusal());
        return move.isAllowed();
    }

    @Override
    public boolean performDrop(Object data) {
        return drop(dragged(), getCurrentTarget());
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        super.dragOver(event);
        // Dropping re-parents: always a move, whatever modifier keys are held.
        if (event.detail != DND.DROP_NONE) {
            event.detail = DND.DROP_MOVE;
        }
    }

    @Override
    public void dragLeave(DropTargetEvent event) {
        super.dragLeave(event);
        refusals.accept(null); // the reason belongs to the target under the mouse, not to what comes after
    }

    /** Moves the elements onto the target (null: the top level); false, changing nothing, when refused. */
    boolean drop(List<?> elements, Object target) {
        Move move = Moves.of(domain, elements, target);
        refusals.accept(move.refusal());
        if (!move.isAllowed()) {
            return false;
        }
        domain.getCommandStack().execute(move.command());
        return true;
    }

    private Move moveOnto(Object target) {
        return Moves.of(domain, dragged(), target);
    }

    private static List<?> dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                ? selection.toList() : List.of();
    }
}
