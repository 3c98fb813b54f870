package org.accountatlas.app;

import org.eclipse.osgi.util.NLS;

/** Strings of the workbench window; translations in app_zh.properties. */
public final class AppMessages extends NLS {

    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_import;
    public static String Menu_export;
    public static String Action_selectAll;
    public static String Action_save;
    public static String Action_exit;
    public static String Action_delete;
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_rename;
    public static String Action_preferences;
    public static String Action_about;
    public static String Action_newAccount;
    public static String Action_newAccountTip;
    public static String Action_export;
    public static String Action_exportTip;
    public static String Action_validate;
    public static String Action_validateTip;
    public static String Action_dashboard;
    public static String Action_dashboardTip;
    public static String Action_importTip;
    public static String Action_resetPerspective;
    public static String Menu_help;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Status_summary;
    public static String Exit_title;
    public static String Exit_prompt;
    public static String Exit_save;
    public static String Exit_discard;

    static {
        NLS.initializeMessages("org.accountatlas.app.app", AppMessages.class);
    }

    private AppMessages() {
    }
}
