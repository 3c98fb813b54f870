package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a script runs them: exit codes, output lines, and no partial writes on failure. */
class CommandLineTest {

    @TempDir
    Path dir;


    private static Map<String, Integer> counts(String info) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : info.split("\n")) {
            String[] parts = line.split(": ");
            counts.put(parts[0], Integer.parseInt(parts[1].trim()));
        }
        return counts;
    }

    @Test
    void sampleThenInfoPrintsTheCountsOfARealisticPortfolio() {
        Path db = dir.resolve("db");
        Atlas.Run sample = atlas("sample", "--db", db);
        assertEquals(0, sample.code(), sample.err());
        Atlas.Run info = atlas("info", "--db", db);
        assertEquals(0, info.code(), info.err());
        Map<String, Integer> counts = counts(info.out());
        assertTrue(counts.get("accounts") >= 40, info.out());
        assertTrue(counts.get("contacts") >= 150, info.out());
        for (String kind : new String[] { "org units", "influences", "coverages", "team members", "competitors",
            "opportunities", "plans" }) {
            assertTrue(counts.get(kind) > 0, kind + " in " + info.out());
        }
    }

    @Test
    void theSampleIsValidAndValidateSaysSo() {
        Path db = dir.resolve("db");
        atlas("sample", "--db", db);
        Atlas.Run validate = atlas("validate", "--db", db);
        assertEquals(0, validate.code(), validate.out());
        assertTrue(validate.out().contains("0 errors"), validate.out());
    }

    @Test
    void sampleRefusesAnExistingDatabase() throws Exception {
        Path db = dir.resolve("db");
        atlas("sample", "--db", db);
        Atlas.Run again = atlas("sample", "--db", db);
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("atlas sample: "), again.err());
        assertEquals(1, again.err().strip().lines().count(), "one line: " + again.err());
    }

    @Test
    void aMissingDatabaseIsOneClearLine() {
        Atlas.Run info = atlas("info", "--db", dir.resolve("nowhere"));
        assertEquals(1, info.code());
        assertTrue(info.err().contains("There is no Account Atlas database at"), info.err());
        assertFalse(info.err().contains("Exception"), info.err());
    }

    @Test
    void xmiExportAndImportRoundTrip() throws Exception {
        Path db = dir.resolve("db");
        atlas("sample", "--db", db);
        Path xmi = dir.resolve("portfolio.xmi");
        assertEquals(0, atlas("export-xmi", "--db", db, xmi).code());
        String text = Files.readString(xmi);
        assertTrue(text.contains("华夏钢铁集团") && text.contains("Nordlicht Automotive AG"));

        Path copy = dir.resolve("copy");
        Atlas.Run imported = atlas("import-xmi", "--db", copy, xmi);
        assertEquals(0, imported.code(), imported.err());
        assertEquals(atlas("info", "--db", db).out(), atlas("info", "--db", copy).out());
    }

    @Test
    void anInvalidXmiFileIsRefusedAndChangesNothing() throws Exception {
        Path db = dir.resolve("db");
        atlas("sample", "--db", db);
        Path xmi = dir.resolve("portfolio.xmi");
        atlas("export-xmi", "--db", db, xmi);
        String before = atlas("info", "--db", db).out();

        Path cyclic = dir.resolve("bad.xmi");
        Files.writeString(cyclic, Files.readString(xmi).replaceFirst("ownershipPercent=\"100.0\"", "ownershipPercent=\"250.0\""));
        Atlas.Run refused = atlas("import-xmi", "--db", db, cyclic);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("250%"), refused.err());

        Path truncated = dir.resolve("truncated.xmi");
        Files.writeString(truncated, Files.readString(xmi).substring(0, 2000));
        Atlas.Run broken = atlas("import-xmi", "--db", db, truncated);
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("truncated.xmi:"), "names the file and line: " + broken.err());

        assertEquals(before, atlas("info", "--db", db).out());
        assertEquals(0, atlas("validate", "--db", db).code());
    }

    @Test
    void validateReportsErrorsAndExitsOne() throws Exception {
        Path db = dir.resolve("db");
        atlas("sample", "--db", db);
        // Two accounts each other's parent, written through the store (import-xmi would refuse them).
        org.eclipse.emf.ecore.resource.ResourceSet set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
        org.accountatlas.store.DatabaseResource resource = org.accountatlas.store.AtlasDatabase.open(set, db);
        org.accountatlas.model.Portfolio portfolio = org.accountatlas.store.AtlasDatabase.portfolioOf(resource);
        portfolio.getAccounts().get(0).setParent(portfolio.getAccounts().get(1));
        resource.save(null);
        resource.unload();

        Atlas.Run validate = atlas("validate", "--db", db);
        assertEquals(1, validate.code());
        assertTrue(validate.out().contains("error: Account 华夏钢铁集团 is its own group"), validate.out());
    }

    @Test
    void everyCommandHasHelpAndUnknownOnesExitTwo() {
        for (String command : new String[] { "sample", "info", "validate", "export-xmi", "import-xmi" }) {
            Atlas.Run help = atlas(command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains("--db"), command + ": " + help.out());
        }
        Atlas.Run unknown = atlas("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());
    }

    @Test
    void aDatabaseHoldingTextXmlCannotCarryIsNamedByValidateAndStillBacksUpAndDraws() throws Exception {
        Path db = dir.resolve("control");
        assertEquals(0, atlas("sample", "--db", db).code());
        org.accountatlas.store.DatabaseResource resource = org.accountatlas.store.AtlasDatabase.open(
                new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), db);
        try {
            org.accountatlas.model.Account group = org.accountatlas.store.AtlasDatabase.portfolioOf(resource)
                    .getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow();
            group.setName("华夏钢铁\u000C集团"); // as an older version's import let it in
            resource.save(null);
        } finally {
            resource.unload();
        }
        Atlas.Run validate = atlas("validate", "--db", db);
        assertTrue(validate.out().contains("U+000C"), validate.out());

        Path xmi = dir.resolve("backup.xmi");
        Atlas.Run exported = atlas("export-xmi", "--db", db, xmi);
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.err().contains("1 texts held characters XML cannot carry"), exported.err());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xmi.toFile());
        assertEquals(0, atlas("import-xmi", "--db", dir.resolve("restored"), xmi).code(), "the backup restores");

        Path svg = dir.resolve("svg");
        Atlas.Run drawn = atlas("export", "--db", db, "--diagram", "all", "--format", "svg", "--out", svg);
        assertEquals(0, drawn.code(), drawn.err());
        try (var files = java.nio.file.Files.list(svg)) {
            for (Path file : files.toList()) {
                javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            }
        }
    }

    @Test
    void theSameModelDrawsTheSameFilesBeforeAndAfterARestoreAndDrawingChangesNothing() throws Exception {
        Path db = dir.resolve("original");
        assertEquals(0, atlas("sample", "--db", db).code());
        Path xmi = dir.resolve("backup.xmi");
        assertEquals(0, atlas("export-xmi", "--db", db, xmi).code());
        for (String copy : new String[] { "first", "second" }) {
            assertEquals(0, atlas("import-xmi", "--db", dir.resolve(copy), xmi).code());
        }
        for (String name : new String[] { "original", "first", "second" }) {
            Atlas.Run drawn = atlas("export", "--db", dir.resolve(name), "--diagram", "all", "--format", "svg", "--out",
                    dir.resolve("svg-" + name));
            assertEquals(0, drawn.code(), drawn.err());
        }
        Path after = dir.resolve("after.xmi");
        assertEquals(0, atlas("export-xmi", "--db", db, after).code());
        assertEquals(java.nio.file.Files.readString(xmi), java.nio.file.Files.readString(after),
                "drawing the diagrams rewrote nothing");
        try (var files = java.nio.file.Files.list(dir.resolve("svg-original"))) {
            for (Path file : files.sorted().toList()) {
                String original = java.nio.file.Files.readString(file);
                for (String copy : new String[] { "first", "second" }) {
                    assertEquals(original, java.nio.file.Files.readString(dir.resolve("svg-" + copy).resolve(file.getFileName())),
                            file.getFileName() + " is drawn the same from the " + copy + " restore");
                }
            }
        }
    }

    @Test
    void aBackupRestoresIntoANewDirectoryHoldingTheSamePortfolio() throws Exception {
        Path db = dir.resolve("live");
        assertEquals(0, atlas("sample", "--db", db).code());
        Path archive = dir.resolve("backups").resolve("live.zip");
        Atlas.Run backedUp = atlas("backup", "--db", db, "--to", archive);
        assertEquals(0, backedUp.code(), backedUp.err());
        Path restored = dir.resolve("restored");
        Atlas.Run restoredRun = atlas("restore", "--from", archive, "--db", restored);
        assertEquals(0, restoredRun.code(), restoredRun.err());
        Path before = dir.resolve("before.xmi");
        Path after = dir.resolve("after.xmi");
        assertEquals(0, atlas("export-xmi", "--db", db, before).code());
        assertEquals(0, atlas("export-xmi", "--db", restored, after).code());
        assertEquals(java.nio.file.Files.readString(before), java.nio.file.Files.readString(after), "the same portfolio");

        Atlas.Run again = atlas("restore", "--from", archive, "--db", restored);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already holds a database"), again.err());
        Path notABackup = java.nio.file.Files.writeString(dir.resolve("notes.zip"), "not a zip");
        Atlas.Run refused = atlas("restore", "--from", notABackup, "--db", dir.resolve("other"));
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("notes.zip is not"), refused.err());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("other")), "nothing left behind");
    }

    @Test
    void anUnexpectedFailurePrintsOneLineNamingTheKeptLog() throws Exception {
        System.setProperty("accountatlas.logDirectory", dir.resolve("logs").toString());
        try {
            java.io.StringWriter printed = new java.io.StringWriter();
            Throwable overflow = new StackOverflowError();
            int code = AtlasCommandLine.unexpected(overflow, "atlas import", new String[] { "import", "plan.json" },
                    new java.io.PrintWriter(printed, true));
            assertEquals(AtlasCommandLine.UNEXPECTED, code);
            String line = printed.toString().strip();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("atlas import: unexpected failure (StackOverflowError)"), line);
            Path log = Path.of(line.substring(line.indexOf("Details: ") + "Details: ".length()));
            assertTrue(log.startsWith(dir.resolve("logs")), log.toString());
            String logged = java.nio.file.Files.readString(log);
            assertTrue(logged.startsWith("atlas import plan.json") && logged.contains("java.lang.StackOverflowError"), logged);
        } finally {
            System.clearProperty("accountatlas.logDirectory");
        }
    }
}
