package org.accountatlas.cli;

import java.nio.file.Path;

import org.accountatlas.store.DatabaseBackup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Backs the database up into one archive with Derby's own backup (consistent; the archive is "
                + "replaced only once complete). Restore it with: atlas restore --from FILE --db NEW_DIR.")
final class BackupCommand extends DatabaseCommand {

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The archive to write (a .zip).")
    Path archive;

    @Override
    public Integer call() throws Exception {
        long size = db.whenFree(() -> DatabaseBackup.backUp(db.directory(), archive, false));
        out().printf("Backed up %s to %s (%,d KB).%n", db.directory(), archive, size >> 10);
        return 0;
    }
}
