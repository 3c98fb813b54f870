package org.accountatlas.ui;

import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.Saveable;

/**
 * A part that shows the portfolio: it offers the session's one saveable, so the workbench asks about unsaved
 * changes once (on exit, or when the last part showing them closes) however many parts show them.
 */
public interface SessionPart extends ISaveablesSource {

    /** The session's saveable, or none outside a running workbench. */
    @Override
    default Saveable[] getSaveables() {
        SessionSaveable saveable = ActiveSession.saveable();
        return saveable == null ? new Saveable[0] : new Saveable[] { saveable };
    }

    /** The same saveable: whatever part is active, it is the portfolio that is saved. */
    @Override
    default Saveable[] getActiveSaveables() {
        return getSaveables();
    }
}
