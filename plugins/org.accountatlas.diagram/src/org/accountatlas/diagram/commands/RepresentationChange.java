package org.accountatlas.diagram.commands;

import org.accountatlas.diagram.representation.Representation;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * A change to a representation that is easier to make than to describe (a layout, a refresh, a layer switched),
 * recorded as it is made so Undo and Redo replay it exactly, node positions included.
 */
public class RepresentationChange extends ChangeCommand {

    private final Runnable change;

    /** A change of the representation, made by running {@code change} and recorded for undo and redo. */
    public RepresentationChange(Representation representation, String label, Runnable change) {
        super(representation);
        this.change = change;
        setLabel(label);
    }

    @Override
    protected void doExecute() {
        change.run();
    }

    /** Whether executing it changed nothing (then it need not be on the stack). */
    public boolean isEmpty() {
        var changes = getChangeDescription();
        return changes == null || changes.getObjectChanges().isEmpty() && changes.getObjectsToAttach().isEmpty()
                && changes.getObjectsToDetach().isEmpty() && changes.getResourceChanges().isEmpty();
    }
}
