package org.accountatlas.store;

import java.time.Instant;
import java.util.List;

/**
 * What another client committed and a refresh brought into this session: one element, who changed it, when,
 * and which of its features (or "(created)", "(deleted)").
 */
public record RemoteChange(String who, Instant when, String element, List<String> features) {

    /** "王芳 changed 华夏钢铁集团: tier, revenue". */
    @Override
    public String toString() {
        return who + " changed " + element + ": " + String.join(", ", features);
    }
}
