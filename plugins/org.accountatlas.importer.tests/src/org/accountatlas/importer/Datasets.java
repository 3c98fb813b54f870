package org.accountatlas.importer;

import java.nio.file.Files;
import java.nio.file.Path;

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
        throw new IllegalStateException("The dataset " + relative + " was not found in a shared/datasets folder"
                + " above " + Path.of("").toAbsolutePath());
    }
}
