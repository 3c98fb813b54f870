package org.accountatlas.app.review;

import org.eclipse.osgi.util.NLS;

/** Strings of the review pack action; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String ReviewPack_action;
    public static String ReviewPack_tooltip;
    public static String ReviewPack_choose;
    public static String ReviewPack_job;
    public static String ReviewPack_done;
    public static String ReviewPack_failed;

    static {
        NLS.initializeMessages("org.accountatlas.app.review.messages", Messages.class);
    }

    private Messages() {
    }
}
