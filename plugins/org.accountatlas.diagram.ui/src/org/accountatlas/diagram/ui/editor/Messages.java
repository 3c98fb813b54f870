package org.accountatlas.diagram.ui.editor;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The editor's words, from messages.properties (Chinese beside it). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.accountatlas.diagram.ui.editor.messages",
            java.util.Locale.getDefault(), Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String format(String key, Object... arguments) {
        return MessageFormat.format(get(key), arguments);
    }
}
