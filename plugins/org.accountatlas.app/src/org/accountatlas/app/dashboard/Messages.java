package org.accountatlas.app.dashboard;

import org.eclipse.osgi.util.NLS;

/** Strings of the dashboard; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String Dashboard_title;
    public static String Dashboard_tooltip;
    public static String Dashboard_region;
    public static String Dashboard_industry;
    public static String Dashboard_tier;
    public static String Dashboard_all;
    public static String Dashboard_churnBy;
    public static String Dashboard_years;
    public static String Dashboard_quarters;
    public static String Dashboard_shown;
    public static String Dashboard_hint;
    public static String Dashboard_computing;
    public static String Dashboard_export;
    public static String Dashboard_exportTip;
    public static String Dashboard_exporting;
    public static String Dashboard_exported;
    public static String Dashboard_exportFailed;

    static {
        NLS.initializeMessages("org.accountatlas.app.dashboard.messages", Messages.class);
    }

    private Messages() {
    }
}
