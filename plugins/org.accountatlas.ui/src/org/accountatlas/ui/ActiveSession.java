package org.accountatlas.ui;

import org.eclipse.ui.Saveable;

/**
 * The session the running workbench works on, and its one {@link Saveable}: every editor and view that shows
 * the portfolio offers this saveable ({@link SessionParts}), so the workbench asks once on exit and keeps
 * unsaved changes when a part closes while others still show them.
 */
public final class ActiveSession {

    private static volatile org.accountatlas.session.AtlasSession session;
    private static volatile SessionSaveable saveable;

    private ActiveSession() {
    }

    /** Makes the session the workbench's; called once, by the application, before the workbench starts. */
    public static void start(org.accountatlas.session.AtlasSession started) {
        session = started;
        saveable = new SessionSaveable(started);
    }

    /** Forgets the session (the application closes it). */
    public static void stop() {
        session = null;
        saveable = null;
    }

    /** The workbench's session, or null outside a running workbench. */
    public static org.accountatlas.session.AtlasSession get() {
        return session;
    }

    /** The session's saveable, or null outside a running workbench. */
    public static SessionSaveable saveable() {
        return saveable;
    }
}
