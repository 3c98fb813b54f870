package org.accountatlas.edit.command;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A command stack on which others can follow every command up with changes of their own, inside the same
 * undoable step: an open diagram brings itself up to date with the model change that was just made, so one
 * Undo takes back both (and a node removed with its account comes back where it was). Follow-ups run after
 * execute only; undo and redo replay what they recorded.
 */
public class FollowUpCommandStack extends BasicCommandStack {

    /** Called after each command has run; returns what it changed in turn, as an executed command, or null. */
    @FunctionalInterface
    public interface FollowUp {
        Command after(Command executed);
    }

    private final List<FollowUp> followUps = new CopyOnWriteArrayList<>();

    public void addFollowUp(FollowUp followUp) {
        followUps.add(followUp);
    }

    public void removeFollowUp(FollowUp followUp) {
        followUps.remove(followUp);
    }

    @Override
    public void execute(Command command) {
        super.execute(command == null || followUps.isEmpty() ? command : new WithFollowUps(command, followUps));
    }

    /** The command and what followed it, one step; it reads as the command (label, affected objects). */
    private static final class WithFollowUps extends CompoundCommand {

        private final Command first;
        private final List<FollowUp> followUps;

        WithFollowUps(Command first, List<FollowUp> followUps) {
            super(first.getLabel(), first.getDescription());
            this.first = first;
            this.followUps = followUps;
            append(first);
        }

        @Override
        protected boolean prepare() {
            return first.canExecute();
        }

        @Override
        public void execute() {
            first.execute();
            for (FollowUp followUp : followUps) {
                Command done = followUp.after(first);
                if (done != null) {
                    commandList.add(done);
                }
            }
        }

        @Override
        public java.util.Collection<?> getResult() {
            return first.getResult();
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return first.getAffectedObjects();
        }
    }
}
