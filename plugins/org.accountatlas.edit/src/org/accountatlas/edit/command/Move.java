package org.accountatlas.edit.command;

import org.eclipse.emf.common.command.Command;

/**
 * A move a planner asks for by dragging: the command that makes it, or why it is refused (null when there is
 * simply nothing to do, such as dropping an account on its own parent).
 */
public record Move(Command command, String refusal) {

    static final Move NOTHING = new Move(null, null);

    static Move refused(String reason) {
        return new Move(null, reason);
    }

    /** Whether there is a command and it can run now. */
    public boolean isAllowed() {
        return command != null && command.canExecute();
    }
}
