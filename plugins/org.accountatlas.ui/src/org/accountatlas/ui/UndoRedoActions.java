package org.accountatlas.ui;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;

/** Undo and Redo on the model's command stack, labelled with what they will undo or redo. */
public final class UndoRedoActions {

    private final CommandStack stack;
    private final Action undo = new Action() {
        @Override
        public void run() {
            stack.undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            stack.redo();
        }
    };

    private final CommandStackListener listener = event -> update();

    public UndoRedoActions(CommandStack stack) {
        this.stack = stack;
        stack.addCommandStackListener(listener);
        update();
    }

    public void dispose() {
        stack.removeCommandStackListener(listener);
    }

    public Action undo() {
        return undo;
    }

    public Action redo() {
        return redo;
    }

    private void update() {
        undo.setEnabled(stack.canUndo());
        undo.setText(label(UiMessages.Action_undo, stack.getUndoCommand()));
        redo.setEnabled(stack.canRedo());
        redo.setText(label(UiMessages.Action_redo, stack.getRedoCommand()));
    }

    private static String label(String pattern, Command command) {
        return NLS.bind(pattern, command == null || command.getLabel() == null ? "" : command.getLabel());
    }
}
