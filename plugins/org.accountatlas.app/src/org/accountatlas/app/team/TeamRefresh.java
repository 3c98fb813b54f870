package org.accountatlas.app.team;

import java.util.List;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.RemoteChange;
import org.eclipse.core.runtime.ILog;
import java.util.function.Consumer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Brings what others save to a shared server into the open session every few seconds, on the UI thread (the
 * model's views follow its notifications), keeping this user's unsaved edits; the status line says who changed
 * what. Polling the change counter costs one indexed query.
 */
public final class TeamRefresh implements Runnable {

    /** How often the server is asked whether anyone saved. */
    static final int PERIOD_MILLIS = 3000;

    private final Display display;
    private final AtlasSession session;
    private final Consumer<String> statusLine;
    private boolean stopped;

    private TeamRefresh(Display display, AtlasSession session, Consumer<String> statusLine) {
        this.display = display;
        this.session = session;
        this.statusLine = statusLine;
    }

    /** Starts following others' saves (said to the status line) when the session is on a server; an embedded database has no others. */
    public static TeamRefresh startIfShared(Display display, AtlasSession session, Consumer<String> statusLine) {
        if (!session.database().isServer()) {
            return null;
        }
        TeamRefresh refresh = new TeamRefresh(display, session, statusLine);
        display.timerExec(PERIOD_MILLIS, refresh);
        return refresh;
    }

    /** Stops following. */
    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        if (stopped || display.isDisposed() || !session.isOpen()) {
            return;
        }
        try {
            List<RemoteChange> changes = session.refresh();
            if (!changes.isEmpty()) {
                statusLine.accept(said(changes));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the server may be restarting: say so once in the log, try again at the next tick
            ILog.of(TeamRefresh.class).warn("Could not look for others' changes: " + e.getMessage());
        }
        display.timerExec(PERIOD_MILLIS, this);
    }

    /** "王芳 changed 华夏钢铁集团: tier" or "… and 3 more". */
    static String said(List<RemoteChange> changes) {
        RemoteChange last = changes.get(changes.size() - 1);
        String one = NLS.bind(Messages.Refresh_changed, new Object[] { last.who(), last.element(),
            String.join(", ", last.features()) });
        return changes.size() == 1 ? one : NLS.bind(Messages.Refresh_more, one, changes.size() - 1);
    }
}
