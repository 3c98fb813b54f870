package org.accountatlas.app.start;

import org.accountatlas.app.ReadOnlyPage;

/** The start page's input: there is one start page, whatever the portfolio. */
public final class StartInput extends ReadOnlyPage.Input {

    /** The one start page. */
    public static final StartInput INSTANCE = new StartInput();

    private StartInput() {
    }

    @Override
    public String getName() {
        return Messages.Start_title;
    }

    @Override
    public String getToolTipText() {
        return Messages.Start_tooltip;
    }
}
