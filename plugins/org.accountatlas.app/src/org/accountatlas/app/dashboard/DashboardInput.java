package org.accountatlas.app.dashboard;

import org.accountatlas.app.ReadOnlyPage;

/** The dashboard's input: one dashboard of the open portfolio. */
public final class DashboardInput extends ReadOnlyPage.Input {

    /** The one dashboard. */
    public static final DashboardInput INSTANCE = new DashboardInput();

    private DashboardInput() {
    }

    @Override
    public String getName() {
        return Messages.Dashboard_title;
    }

    @Override
    public String getToolTipText() {
        return Messages.Dashboard_tooltip;
    }
}
