package org.accountatlas.store;

import java.time.Instant;

/**
 * One edit that another client's committed work contradicts: the same feature of the same element changed
 * by both, or an element one edited and the other deleted.
 *
 * @param elementId   the element's id
 * @param element     what a user calls it (its name, or its kind and id)
 * @param feature     the feature both changed, or {@code "(deleted)"}
 * @param mine        this client's value ("deleted" when this client deleted it)
 * @param theirs      the committed value ("deleted" when the other deleted it)
 * @param who         who committed theirs
 * @param when        when they did
 * @param kind        which of the three contradictions this is
 */
public record SaveConflict(String elementId, String element, String feature, String mine, String theirs, String who,
        Instant when, Kind kind) {

    /** The three ways two edits contradict each other. */
    public enum Kind {
        /** Both set the same feature to different values. */
        SAME_FEATURE,
        /** This client edited what the other deleted. */
        EDITED_WHAT_THEY_DELETED,
        /** This client deleted what the other edited. */
        DELETED_WHAT_THEY_EDITED
    }

    /** One line: element, field, mine, theirs, who, when. */
    @Override
    public String toString() {
        return element + " \u00b7 " + feature + ": mine \"" + shown(mine) + "\", theirs \"" + shown(theirs) + "\" ("
                + who + ", " + when + ")";
    }

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 80 ? value.substring(0, 80) + "\u2026" : value;
    }
}
