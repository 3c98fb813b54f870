package org.accountatlas.app.preferences;

import org.eclipse.osgi.util.NLS;

/** Strings of the preference page; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String Preferences_description;
    public static String Preferences_database;
    public static String Preferences_databaseIsFile;
    public static String Preferences_showTitles;
    public static String Preferences_showDetails;
    public static String Preferences_showGone;
    public static String Preferences_link;
    public static String Preferences_backupOnOpen;
    public static String Preferences_backupsKept;
    public static String Preferences_backupFolder;

    static {
        NLS.initializeMessages("org.accountatlas.app.preferences.messages", Messages.class);
    }

    private Messages() {
    }
}
