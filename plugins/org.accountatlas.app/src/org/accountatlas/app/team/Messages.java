package org.accountatlas.app.team;

import org.eclipse.osgi.util.NLS;

/** Strings of the team features (server passwords, others' changes, history); translations in messages_zh. */
final class Messages extends NLS {

    public static String Password_title;
    public static String Password_prompt;
    public static String Refresh_changed;
    public static String Refresh_more;
    public static String History_when;
    public static String History_who;
    public static String History_element;
    public static String History_field;
    public static String History_old;
    public static String History_new;
    public static String History_note;
    public static String History_nothing;
    public static String History_showAsOf;
    public static String History_showAsOfTip;
    public static String AsOf_title;
    public static String AsOf_heading;
    public static String AsOf_noDiagram;
    public static String AsOf_failed;
    public static String Open_action;
    public static String Open_tip;
    public static String Open_title;
    public static String Open_explain;
    public static String Open_address;
    public static String Open_user;

    static {
        NLS.initializeMessages("org.accountatlas.app.team.messages", Messages.class);
    }

    private Messages() {
    }
}
