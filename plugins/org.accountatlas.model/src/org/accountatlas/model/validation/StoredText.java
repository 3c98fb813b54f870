package org.accountatlas.model.validation;

/**
 * What a stored text may hold: characters XML can carry (every export and backup is XML or text in an XML
 * format) and no more than the store's column holds. One place, used by validation, the importers, the forms
 * and the map labels.
 */
public final class StoredText {

    /** The most characters a text column of the store holds (Derby's VARCHAR limit). */
    public static final int MOST_CHARACTERS = 32_672;

    /** The most characters an id holds (the store's key columns). */
    public static final int MOST_ID_CHARACTERS = 128;

    /** The first and last years a stored date may have: four digits, as every export writes them. */
    public static final int FIRST_YEAR = 1000;
    /** See {@link #FIRST_YEAR}. */
    public static final int LAST_YEAR = 9999;

    private StoredText() {
    }

    /**
     * True when the text shows nothing: empty, spaces, or only invisible characters (zero-width spaces and
     * joiners, byte-order marks), so a name of them is as missing as a name of spaces.
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with an id, or null: too long for the store's key columns, or a text no export can carry. */
    public static String idProblem(String id) {
        if (id != null && id.length() > MOST_ID_CHARACTERS) {
            return String.format("is %,d characters long; an id holds at most %d", id.length(), MOST_ID_CHARACTERS);
        }
        return problem(id);
    }

    /** The text cut to the length with an ellipsis, for messages that quote what a user wrote. */
    public static String shortened(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
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
