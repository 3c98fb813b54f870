package org.accountatlas.diagram.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the diagram layer writes itself, in the user's language (words.properties, words_zh.properties):
 * the title block, the legend, the red marks' advice, badges, command names; and the shipped descriptions'
 * labels (diagram types, tools, layers, filters), looked up by their English text as Sirius looks up "%keys".
 * Headless: plain resource bundles, no SWT, no OSGi NLS.
 */
public final class MapWords {

    private static final String BUNDLE = "org.accountatlas.diagram.service.words";

    private MapWords() {
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), MapWords.class.getClassLoader());
    }

    /** The word for the key, with the arguments filled in ({0}, {1}, ...). */
    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }

    /** A description's label ("Account hierarchy") in the user's language; the label itself when none is known. */
    public static String label(String english) {
        if (english == null || english.isBlank()) {
            return english;
        }
        try {
            return bundle().getString("label." + english.strip().replaceAll("[^A-Za-z0-9]+", "_"));
        } catch (MissingResourceException e) {
            return english;
        }
    }
}
