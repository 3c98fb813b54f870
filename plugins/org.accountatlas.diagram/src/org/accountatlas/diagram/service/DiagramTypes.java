package org.accountatlas.diagram.service;

import org.accountatlas.diagram.description.DiagramDescription;

/** The kinds of diagram the shipped descriptions offer, by name, as users read them. */
public final class DiagramTypes {

    private DiagramTypes() {
    }

    /** "Account hierarchy" for "hierarchy"; the name itself when no description has it. */
    public static String label(String name) {
        return Descriptions.shipped().getDiagrams().stream().filter(d -> d.getName().equals(name))
                .map(DiagramDescription::getLabel).findFirst().orElse(name);
    }
}
