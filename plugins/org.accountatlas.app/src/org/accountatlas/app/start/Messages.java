package org.accountatlas.app.start;

import org.eclipse.osgi.util.NLS;

/** The start page's words; translations in messages_zh.properties. */
final class Messages extends NLS {

    public static String Start_title;
    public static String Start_tooltip;
    public static String Start_heading;
    public static String Start_accounts;
    public static String Start_dashboard;
    public static String Start_tierRow;
    public static String Start_tierNotSet;
    public static String Start_red;
    public static String Start_noRed;
    public static String Start_diagrams;
    public static String Start_noDiagrams;
    public static String Start_more;
    public static String Start_hint;

    static {
        NLS.initializeMessages("org.accountatlas.app.start.messages", Messages.class);
    }

    private Messages() {
    }
}
