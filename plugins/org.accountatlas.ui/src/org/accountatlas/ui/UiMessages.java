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
    public static String Conflict_title;
    public static String Conflict_intro;
    public static String Conflict_element;
    public static String Conflict_field;
    public static String Conflict_mine;
    public static String Conflict_theirs;
    public static String Conflict_who;
    public static String Conflict_when;
    public static String Conflict_choice;
    public static String Conflict_keepMine;
    public static String Conflict_takeTheirs;
    public static String Conflict_saveAgain;

    static {
        NLS.initializeMessages("org.accountatlas.ui.messages", UiMessages.class);
    }

    private UiMessages() {
    }
}
