package org.accountatlas.app.properties;

import org.eclipse.osgi.util.NLS;

/** Strings of the property editors; translations in messages_zh.properties. */
public final class Messages extends NLS {

    public static String Properties_invalidValue;
    public static String Value_days;
    public static String Properties_unstorable;

    static {
        NLS.initializeMessages("org.accountatlas.app.properties.messages", Messages.class);
    }

    private Messages() {
    }
}
