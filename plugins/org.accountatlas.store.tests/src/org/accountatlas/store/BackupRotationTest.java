package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups keep the last N of each database, and restore. */
class BackupRotationTest {

    @TempDir
    Path dir;

    @Test
    void theLastThreeAreKeptAndOtherDatabasesBackupsAreLeftAlone() throws Exception {
        Path db = dir.resolve("a").resolve("portfolio");
        Path namesake = dir.resolve("b").resolve("portfolio");
        StoreFixture.createSample(db).unload();
        StoreFixture.createSample(namesake).unload();
        Path folder = dir.resolve("backups");
        LocalDateTime start = LocalDateTime.of(2026, 12, 2, 9, 0);
        Path other = BackupRotation.backUp(namesake, folder, 3, false, start);
        for (int i = 0; i < 5; i++) {
            BackupRotation.backUp(db, folder, 3, false, start.plusMinutes(i));
        }

        List<Path> kept = BackupRotation.backupsOf(db, folder);
        assertEquals(3, kept.size(), kept::toString);
        assertTrue(kept.get(0).getFileName().toString().endsWith("20261202-090200.zip"), kept::toString);
        assertTrue(kept.get(2).getFileName().toString().endsWith("20261202-090400.zip"), kept::toString);
        assertTrue(Files.exists(other), "the namesake's backup is not this database's to prune");
        assertEquals(List.of(other), BackupRotation.backupsOf(namesake, folder));

        Path restored = dir.resolve("restored");
        DatabaseBackup.restore(kept.get(2), restored);
        DatabaseResource copy = AtlasDatabase.open(new ResourceSetImpl(), restored);
        try {
            assertEquals(42, StoreFixture.portfolio(copy).getAccounts().size());
        } finally {
            copy.unload();
        }
    }
}
