package org.accountatlas.cli;

import org.accountatlas.diagram.description.DescriptionPackage;
import org.accountatlas.diagram.representation.RepresentationPackage;
import org.accountatlas.model.AtlasPackage;

/**
 * {@code atlas} outside OSGi, for tests that need a second process: the models are registered as the
 * bundles' plugin.xml would register them, then the command line runs as the launcher runs it.
 */
public final class AtlasMain {

    private AtlasMain() {
    }

    /** Runs one command and exits with its status. */
    public static void main(String[] args) {
        AtlasPackage.eINSTANCE.eClass();
        RepresentationPackage.eINSTANCE.eClass();
        DescriptionPackage.eINSTANCE.eClass();
        System.exit(AtlasCommandLine.run(args, System.out, System.err));
    }
}
