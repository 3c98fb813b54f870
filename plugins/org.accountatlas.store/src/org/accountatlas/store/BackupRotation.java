package org.accountatlas.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Automatic backups: one archive per opening of a database in a folder of backups, the last N kept. Archives are
 * named after the database and a short hash of its path, so two databases of the same name share the folder
 * without pruning each other's backups: {@code portfolio-1a2b3c4d-20261202-132200.zip}.
 */
public final class BackupRotation {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupRotation() {
    }

    /** The folder for automatic backups: {@code backups} under the state directory (as crash logs). */
    public static Path defaultFolder() {
        return AtlasDatabase.stateDirectory().resolve("backups");
    }

    /**
     * Backs the database up into the folder, stamped with the time, then deletes its oldest automatic backups
     * beyond {@code keep}; answers the new archive. Backups of other databases in the folder are left alone.
     */
    public static Path backUp(Path database, Path folder, int keep, boolean inUse, LocalDateTime now)
            throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        Path archive = folder.resolve(prefixOf(database) + STAMP.format(now) + ".zip");
        DatabaseBackup.backUp(database, archive, inUse);
        List<Path> backups = backupsOf(database, folder);
        for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
            Files.deleteIfExists(old);
        }
        return archive;
    }

    /** The database's automatic backups in the folder, oldest first. */
    public static List<Path> backupsOf(Path database, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = prefixOf(database);
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".zip")
                        && name.length() == prefix.length() + "yyyyMMdd-HHmmss.zip".length();
            }).sorted().toList()); // the stamp sorts by time
        }
    }

    private static String prefixOf(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        byte[] path = absolute.toString().getBytes(StandardCharsets.UTF_8);
        int hash = java.util.Arrays.hashCode(path);
        return absolute.getFileName() + "-" + HexFormat.of().toHexDigits(hash) + "-";
    }
}
