package org.accountatlas.importer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The shared public datasets: {@code ../shared/datasets} next to the project, found from any working directory
 * (or named by the system property {@code accountatlas.datasets} or the environment variable
 * {@code ATLAS_DATASETS}).
 */
final class Datasets {

    private Datasets() {
    }

    static Path file(String relative) {
        for (String named : new String[] { System.getProperty("accountatlas.datasets"),
            System.getenv("ATLAS_DATASETS") }) {
            if (named != null && Files.isRegularFile(Path.of(named).resolve(relative))) {
                return Path.of(named).resolve(relative);
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/datasets").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path machine = Path.of("/work/shared/datasets").resolve(relative);
        if (Files.isRegularFile(machine)) {
            return machine;
        }
        // A checkout without the shared datasets next to it cannot run these tests; say so rather than fail.
        Assumptions.abort("The dataset " + relative + " is not in a shared/datasets folder above "
                + Path.of("").toAbsolutePath() + " (set ATLAS_DATASETS to its folder)");
        return null;
    }
}
