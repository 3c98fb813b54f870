package org.accountatlas.model.validation;

/**
 * What a stored text may hold: characters XML can carry (every export and backup is XML or text in an XML
 * format) and no more than the store's column holds. One place, used by validation, the importers, the forms
 * and the map labels.
 */
public final class StoredText {

    /** The most characters a text column of the store holds (Derby's VARCHAR limit). */
    public static final int MOST_CHARACTERS = 32_672;

    private StoredText() {
    }

    /**
     * What is wrong with the text, or null: "holds the control character U+000C at character 5", "is 40,000
     * characters long; at most 32,672 fit".
     */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MOST_CHARACTERS) {
            return String.format("is %,d characters long; at most %,d fit", text.length(), MOST_CHARACTERS);
        }
        int at = firstIllegal(text);
        if (at < 0) {
            return null;
        }
        char c = text.charAt(at);
        String what = Character.isSurrogate(c) ? "half of a character (a lone surrogate)"
                : String.format("the control character U+%04X", (int) c);
        return "holds " + what + " at character " + (at + 1) + ", which no export can carry";
    }

    /** The text with every character XML cannot carry removed: exports draw what is there, never fail. */
    public static String printable(String text) {
        if (text == null || firstIllegal(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (isLegal(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Index of the first character XML 1.0 cannot carry, or -1. */
    private static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isLegal(c)) {
                return i;
            }
        }
        return -1;
    }

    /** XML 1.0's Char production for one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean isLegal(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
