package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas import} against a real database: counts printed, bad files refused, the database untouched. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private Path db;


    @BeforeEach
    void sampleDatabase() {
        db = dir.resolve("db");
        assertEquals(0, atlas("sample", "--db", db).code());
    }

    /** The whole stored portfolio, as bytes: equal snapshots mean an unchanged database. */
    private byte[] snapshot(String name) throws Exception {
        Path file = dir.resolve(name + ".xmi");
        Atlas.Run export = atlas("export-xmi", "--db", db, file);
        assertEquals(0, export.code(), export.err());
        return Files.readAllBytes(file);
    }

    @Test
    void aCycleFailsTheImportNamingFileLineAndValueAndTheDatabaseIsUnchanged() throws Exception {
        byte[] before = snapshot("before");
        Path file = Files.writeString(dir.resolve("cycle.csv"), "Id,Name,ParentId\nX1,One,X2\nX2,Two,X1\n");

        Atlas.Run run = atlas("import", "--db", db, "--kind", "accounts", file);

        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("atlas import: cycle.csv line 2, column ParentId, value \"X2\""), run.err());
        assertTrue(run.err().contains("One \u2192 Two \u2192 One"), run.err());
        assertTrue(run.err().strip().endsWith("nothing was imported; the database is unchanged."), run.err());
        assertArrayEquals(before, snapshot("after"));
    }

    @Test
    void reimportingChangesNothingAndPrintsTheCounts() throws Exception {
        Path file = Files.writeString(dir.resolve("accounts.csv"),
                "Id,Name,ParentName,AnnualRevenue\nN1,Neue Gruppe,,1200\nN2,Neue Tochter,Neue Gruppe,300\n");

        Atlas.Run first = atlas("import", "--db", db, "--kind", "accounts", file);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("accounts.csv: 2 created, 0 updated, 0 unchanged, 0 skipped"), first.out());
        byte[] afterFirst = snapshot("first");

        Atlas.Run second = atlas("import", "--db", db, "--kind", "accounts", file);
        assertTrue(second.out().contains("accounts.csv: 0 created, 0 updated, 2 unchanged, 0 skipped"),
                second.out());
        assertArrayEquals(afterFirst, snapshot("second"));
    }

    @Test
    void aDryRunPrintsWhatWouldHappenAndWritesNothing() throws Exception {
        byte[] before = snapshot("before");
        Path file = Files.writeString(dir.resolve("people.csv"), "FirstName,LastName,Department,Title\n"
                + "Wei,Zhang,采购部/设备科,Buyer\n");

        Atlas.Run run = atlas("import", "--db", db, "--kind", "contacts", "--account", "华夏钢铁集团", "--dry-run", file);

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Would import contacts from people.csv: 1 created"), run.out());
        assertTrue(run.out().contains("Dry run: nothing was written."), run.out());
        assertArrayEquals(before, snapshot("after"));
    }

    @Test
    void fieldsAreListedForBothKinds() {
        Atlas.Run run = atlas("import", "--fields");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("parentName"), run.out());
        assertTrue(run.out().contains("reportsTo"), run.out());
        assertTrue(run.out().contains("annualRevenue"), run.out());
    }

    @Test
    void aFailedFirstImportLeavesNoDirectoryAndASuccessfulOneMakesTheDatabase() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("orphans.csv"), "Id,Name,ParentId\nA1,Alpha,NOPE\n");
        Path fresh = dir.resolve("fresh");
        Atlas.Run refused = atlas("import", "--db", fresh, file);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("(to keep it at the top: --orphans-as-roots)"), refused.err());
        assertTrue(!java.nio.file.Files.exists(fresh), "no half-made database left behind");
        try (var left = java.nio.file.Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".atlas-creating")), "no build left");
        }
        assertEquals(0, atlas("import", "--db", fresh, "--orphans-as-roots", file).code());
        assertTrue(org.accountatlas.store.AtlasDatabase.exists(fresh));
    }
}
