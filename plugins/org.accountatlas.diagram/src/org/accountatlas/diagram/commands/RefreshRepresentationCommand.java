package org.accountatlas.diagram.commands;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.service.MapWords;

/**
 * Brings a diagram up to date with the model as a recorded, undoable change (Sirius's
 * {@code RefreshRepresentationsCommand}): run when a diagram is opened or exported from the workbench, and as
 * the follow-up of a model change an open diagram shows.
 */
public final class RefreshRepresentationCommand extends RepresentationChange {

    /** A command refreshing the representation through the service. */
    public RefreshRepresentationCommand(DiagramService service, Representation representation) {
        super(representation, MapWords.get("command.refresh"), () -> service.refresh(representation));
    }

    /**
     * Refreshes the representation now, recording what changed: the executed command, ready to be put on a
     * stack, or null when nothing changed (or the diagram or its account is gone).
     */
    public static RefreshRepresentationCommand refreshed(DiagramService service, Representation representation) {
        if (representation.getTarget() == null || representation.eResource() == null) {
            return null;
        }
        RefreshRepresentationCommand command = new RefreshRepresentationCommand(service, representation);
        command.execute();
        return command.isEmpty() ? null : command;
    }
}
