package org.accountatlas.app.problems;

import org.eclipse.osgi.util.NLS;

/** Strings of the problems view; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String Problems_message;
    public static String Problems_validate;
    public static String Problems_validating;
    public static String Problems_counts;

    static {
        NLS.initializeMessages("org.accountatlas.app.problems.messages", Messages.class);
    }

    private Messages() {
    }
}
