package org.accountatlas.cli;

import java.nio.file.Path;

import org.accountatlas.store.AtlasDatabase;

import picocli.CommandLine.Option;

/** The {@code --db DIR} option every command shares. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "The database directory (default: ${DEFAULT-VALUE}).")
    Path directory = AtlasDatabase.defaultLocation();

    Path directory() {
        return directory.toAbsolutePath().normalize();
    }
}
