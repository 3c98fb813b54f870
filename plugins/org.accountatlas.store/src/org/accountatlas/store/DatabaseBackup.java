package org.accountatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.accountatlas.store.internal.DerbyDialect;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Real backups: Derby's own online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, consistent while the
 * database is in use by this process) packed into one zip archive, and its restore into a new directory that
 * appears only once the restored database has been opened and found to hold a portfolio.
 */
public final class DatabaseBackup {

    private static final String BUILDING_PREFIX = ".atlas-restoring-";

    private DatabaseBackup() {
    }

    /**
     * Backs the database up into the archive (replaced only once complete); answers the archive's size.
     * The database stays booted while another part of this process (the workbench, {@code inUse}) has it open;
     * otherwise it is shut down afterwards so other processes may open it.
     */
    public static long backUp(Path database, Path archive, boolean inUse) throws IOException {
        if (!AtlasDatabase.exists(database)) {
            throw new StoreException("There is no Account Atlas database at " + database + " to back up.");
        }
        Path target = archive.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path work = Files.createTempDirectory(target.getParent(), ".atlas-backup-");
        DerbyDialect dialect = new DerbyDialect();
        try {
            Connection connection = null;
            try (Connection opened = dialect.open(database, false);
                    CallableStatement backup = opened.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                connection = opened;
                backup.setString(1, work.toString());
                backup.execute();
                connection.commit();
            } catch (SQLException e) {
                String explained = dialect.explain(e, database);
                throw dialect.isBusy(e) ? new DatabaseBusyException(explained, e)
                        : new StoreException("Could not back up " + database + ": "
                                + (explained != null ? explained : e.getMessage()), e);
            } finally {
                if (connection != null || !inUse) {
                    // shuts the database down unless another part of this process (the workbench) has it open
                    dialect.close(database);
                }
            }
            Path copy = work.resolve(database.toAbsolutePath().getFileName());
            Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                zip(copy, part);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return Files.size(target);
        } finally {
            AtlasDatabase.deleteTree(work);
        }
    }

    /**
     * Restores an archive {@link #backUp} wrote into a new directory; the directory appears only when the
     * restored database opens and holds a portfolio. Anything else in the archive is refused by name.
     */
    public static void restore(Path archive, Path database) throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new StoreException(archive + ": no such backup file");
        }
        AtlasDatabase.refuseExisting(database);
        Path target = database.toAbsolutePath();
        Files.createDirectories(target.getParent());
        AtlasDatabase.removeAbandonedBuilds(target);
        Path building = target.resolveSibling(BUILDING_PREFIX + target.getFileName() + "." + ProcessHandle.current().pid());
        AtlasDatabase.deleteTree(building);
        try {
            unzip(archive, building);
            if (!AtlasDatabase.exists(building)) {
                throw new StoreException(archive + " is not an Account Atlas backup (it holds no database).");
            }
            DatabaseResource restored = AtlasDatabase.open(new ResourceSetImpl(), building);
            restored.unload(); // opened, read, shut down: it is a database holding a portfolio
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            new DerbyDialect().close(building);
            AtlasDatabase.deleteTree(building);
            throw e;
        }
    }

    private static void zip(Path directory, Path archive) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out);
                var files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static void unzip(Path archive, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new StoreException(archive + ": the entry " + entry.getName() + " points outside the backup");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StoreException(archive + " is not a backup archive (" + e.getMessage() + ").", e);
        }
    }
}
