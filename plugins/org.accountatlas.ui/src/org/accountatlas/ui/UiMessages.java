package org.accountatlas.ui;

import org.eclipse.osgi.util.NLS;

/** Strings shared by the workbench's parts; translations in messages_zh.properties. */
public final class UiMessages extends NLS {

    public static String Action_undo;
    public static String Action_redo;
    public static String Save_failed;
    public static String Save_progress;
    public static String Saveable_name;
    public static String Saveable_tooltip;

    static {
        NLS.initializeMessages("org.accountatlas.ui.messages", UiMessages.class);
    }

    private UiMessages() {
    }
}
