package org.accountatlas.edit.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ListIterator;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;

/**
 * A command stack on which others can follow every command up with changes of their own, inside the same
 * undoable step: an open diagram brings itself up to date with the model change that was just made, so one
 * Undo takes back both (and a node removed with its account comes back where it was). Follow-ups run after
 * execute only; undo and redo replay what they recorded.
 * <p>
 * Each follow-up is told which notifications the command caused (fed by {@link #notified}), so it can
 * ignore a change that does not concern it without looking at anything else.
 */
public class FollowUpCommandStack extends BasicCommandStack {

    /** Called after each command has run; returns what it changed in turn, as an executed command, or null. */
    @FunctionalInterface
    public interface FollowUp {
        Command after(Command executed, List<Notification> changes);
    }

    private final List<FollowUp> followUps = new CopyOnWriteArrayList<>();
    /** The notifications of the command running now; null while none runs. */
    private List<Notification> recording;

    /** Adds a follow-up, run after every command from now on. */
    public void addFollowUp(FollowUp followUp) {
        followUps.add(followUp);
    }

    /** Removes a follow-up. */
    public void removeFollowUp(FollowUp followUp) {
        followUps.remove(followUp);
    }

    /** Hears a model change; kept for the follow-ups when a command of this stack is running. */
    public void notified(Notification notification) {
        List<Notification> changes = recording;
        if (changes != null) {
            changes.add(notification);
        }
    }

    /**
     * Tells the listeners that the model changed outside any command (another person's saved work brought in),
     * so parts that redraw after each step (open diagrams) redraw; nothing is added to undo.
     */
    public void changedOutside() {
        notifyListeners();
    }

    /** Tells the listeners too, so every part showing the dirty state updates when a save is done. */
    @Override
    public void saveIsDone() {
        super.saveIsDone();
        notifyListeners();
    }

    @Override
    public void execute(Command command) {
        super.execute(command == null || followUps.isEmpty() ? command : new WithFollowUps(command));
    }

    /**
     * Puts a command that has already run (a recorded change) on the stack as if it had run here: undoable,
     * marking the stack dirty, clearing what could be redone. Follow-ups do not run for it.
     */
    public void pushExecuted(Command executed) {
        for (ListIterator<Command> i = commandList.listIterator(top + 1); i.hasNext();) {
            i.next();
            i.remove();
        }
        commandList.add(executed);
        ++top;
        mostRecentCommand = executed;
        if (saveIndex >= top) {
            // The saved state was among the redoable commands just dropped: it cannot be reached again.
            saveIndex = -2;
        }
        notifyListeners();
    }

    /** The command and what followed it, one step; it reads as the command (label, affected objects). */
    private final class WithFollowUps extends CompoundCommand {

        private final Command first;

        WithFollowUps(Command first) {
            super(first.getLabel(), first.getDescription());
            this.first = first;
            append(first);
        }

        @Override
        protected boolean prepare() {
            return first.canExecute();
        }

        @Override
        public void execute() {
            List<Notification> changes = new ArrayList<>();
            recording = changes;
            try {
                first.execute();
            } finally {
                recording = null;
            }
            for (FollowUp followUp : followUps) {
                Command done = followUp.after(first, changes);
                if (done != null) {
                    commandList.add(done);
                }
            }
        }

        @Override
        public Collection<?> getResult() {
            return first.getResult();
        }

        @Override
        public Collection<?> getAffectedObjects() {
            return first.getAffectedObjects();
        }
    }
}
