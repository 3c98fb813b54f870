package org.accountatlas.app.internal.explorer;

import org.eclipse.osgi.util.NLS;

/** Strings of the explorer; translations in messages_zh.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.accountatlas.app.internal.explorer.messages";

    public static String Explorer_ourTeam;
    public static String Explorer_competitors;
    public static String Explorer_delete;
    public static String Explorer_filter;
    public static String Explorer_filtering;
    public static String Explorer_link;
    public static String Explorer_open;
    public static String Explorer_new;
    public static String Explorer_rename;
    public static String Explorer_copy;
    public static String Explorer_paste;
    public static String Explorer_quickTier;
    public static String Explorer_quickAttitude;
    public static String Explorer_quickRole;
    public static String Explorer_quickClear;
    public static String Explorer_deleteTitle;
    public static String Explorer_deleteCount;
    public static String Explorer_deleteConfirm;
    public static String Explorer_deleteConfirmWith;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
