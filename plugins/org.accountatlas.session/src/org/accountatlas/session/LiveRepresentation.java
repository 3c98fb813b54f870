package org.accountatlas.session;

import java.util.EventObject;
import java.util.List;
import java.util.function.Consumer;

import org.accountatlas.diagram.commands.RefreshRepresentationCommand;
import org.accountatlas.diagram.sync.ChangeScope;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.edit.command.FollowUpCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;

/**
 * An open diagram kept up to date with its session, at the cost of what concerns it: a command that changed
 * something the diagram shows is followed up by a refresh in the same undoable step; after every command, undo
 * or redo the viewer is told what happened to the diagram — nothing (an edit elsewhere in the portfolio: no
 * work at all), only the diagram itself (a move: redraw, no synchronisation), or the model behind it.
 * <p>
 * The workbench's diagram editor and the editing benchmark use it alike; the viewer decides on which thread
 * it redraws.
 */
public final class LiveRepresentation implements AutoCloseable {

    private final AtlasSession session;
    private final Representation representation;
    private final ChangeScope scope;
    private final Consumer<ChangeScope.Effect> viewer;
    private final Consumer<Notification> listener = this::heard;
    private final FollowUpCommandStack.FollowUp followUp = this::followUp;
    private final CommandStackListener stackListener = this::stackChanged;
    private volatile ChangeScope.Effect pending = ChangeScope.Effect.NONE;

    /** Follows the session for the representation, telling the viewer after each step that concerned it. */
    public LiveRepresentation(AtlasSession session, Representation representation, Consumer<ChangeScope.Effect> viewer) {
        this.session = session;
        this.representation = representation;
        this.scope = new ChangeScope(representation);
        this.viewer = viewer;
        session.addChangeListener(listener);
        session.commandStack().addFollowUp(followUp);
        session.commandStack().addCommandStackListener(stackListener);
    }

    private void heard(Notification notification) {
        if (pending != ChangeScope.Effect.MODEL) {
            pending = pending.and(scope.of(notification));
        }
    }

    private Command followUp(Command executed, List<Notification> changes) {
        if (representation.eResource() == null || scope.of(changes) != ChangeScope.Effect.MODEL) {
            return null;
        }
        return RefreshRepresentationCommand.refreshed(session.diagrams(), representation);
    }

    private void stackChanged(EventObject event) {
        ChangeScope.Effect effect = pending;
        pending = ChangeScope.Effect.NONE;
        viewer.accept(effect);
    }

    /** Stops following. */
    @Override
    public void close() {
        session.removeChangeListener(listener);
        session.commandStack().removeFollowUp(followUp);
        session.commandStack().removeCommandStackListener(stackListener);
    }
}
