package org.accountatlas.app.backup;

import org.eclipse.osgi.util.NLS;

/** Strings of File › Back Up…; translations in messages_zh.properties. */
final class Messages extends NLS {

    public static String Backup_action;
    public static String Backup_title;
    public static String Backup_unsaved;
    public static String Backup_onServer;
    public static String Backup_job;
    public static String Backup_done;
    public static String Backup_failed;
    public static String Backup_automaticJob;
    public static String Backup_automaticFailed;

    static {
        NLS.initializeMessages("org.accountatlas.app.backup.messages", Messages.class);
    }

    private Messages() {
    }
}
