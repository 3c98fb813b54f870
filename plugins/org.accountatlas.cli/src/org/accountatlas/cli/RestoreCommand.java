package org.accountatlas.cli;

import java.nio.file.Path;

import org.accountatlas.store.DatabaseBackup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup archive into a new database directory, which appears only once the "
                + "restored database has opened and holds a portfolio.")
final class RestoreCommand extends DatabaseCommand {

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The archive atlas backup wrote.")
    Path archive;

    @Override
    public Integer call() throws Exception {
        DatabaseBackup.restore(archive, db.directory());
        out().printf("Restored %s into %s.%n", archive, db.directory());
        return 0;
    }
}
