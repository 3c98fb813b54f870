package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.accountatlas.store.AtlasDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments of the commands that write: creating the sample, a first import into a new
 * database, an import into an existing one, and a restore. Whenever it strikes, the database is the old one or
 * the new one, never between, and a directory left behind is either a usable database or absent (a hidden
 * build beside it, which the next creation removes). Eight kills per command, two commands at a time.
 */
class KilledCommandsTest {

    private static final int KILLS = 8;

    @TempDir
    static Path dir;
    private static Path csv;
    private static Path sample;
    private static String sampleInfo;
    private static ExecutorService pool;

    @BeforeAll
    static void prepare() throws Exception {
        csv = dir.resolve("accounts.csv");
        StringBuilder rows = new StringBuilder("Id,Name,ParentId,AnnualRevenue\n");
        for (int i = 0; i < 2_000; i++) {
            rows.append("K").append(i).append(",Killed Test ").append(i).append(',')
                    .append(i % 10 == 0 ? "" : "K" + (i - i % 10)).append(',').append(1_000 + i).append('\n');
        }
        Files.writeString(csv, rows);
        sample = dir.resolve("sample");
        assertEquals(0, atlas("sample", "--db", sample).code());
        sampleInfo = info(sample);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void creatingTheSample() throws Exception {
        killAtRandom("sample", target -> new Object[] { "sample", "--db", target }, null);
    }

    @Test
    void aFirstImportIntoANewDatabase() throws Exception {
        killAtRandom("first-import", target -> new Object[] { "import", "--db", target, "--kind", "accounts", csv }, null);
    }

    @Test
    void anImportIntoAnExistingDatabase() throws Exception {
        killAtRandom("import", target -> new Object[] { "import", "--db", target, "--kind", "accounts", csv }, sample);
    }

    @Test
    void aRestoreFromABackup() throws Exception {
        Path archive = dir.resolve("sample.zip");
        if (!Files.exists(archive)) {
            assertEquals(0, atlas("backup", "--db", sample, "--to", archive).code());
        }
        killAtRandom("restore", target -> new Object[] { "restore", "--from", archive, "--db", target }, null);
    }

    /**
     * Runs the command once to the end (what "new" looks like, and how long it takes), then eight times killed
     * at random moments of that time, each in a directory of its own; {@code existing} is copied in first when
     * the command writes into an existing database.
     */
    private void killAtRandom(String name, Function<Path, Object[]> command, Path existing) throws Exception {
        Path whole = dir.resolve(name + "-whole").resolve("db");
        prepareTarget(whole, existing);
        long start = System.nanoTime();
        Process complete = SecondProcess.start(dir.resolve(name + "-whole.log"), command.apply(whole));
        assertTrue(complete.waitFor(5, TimeUnit.MINUTES));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, complete.exitValue(), Files.readString(dir.resolve(name + "-whole.log")));
        String newInfo = info(whole);
        String oldInfo = existing == null ? null : sampleInfo;

        Random random = new Random(name.hashCode());
        List<Future<String>> runs = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Path target = dir.resolve(name + "-" + i).resolve("db");
            // From the start of the JVM to well after the whole run took: most strike in the middle of work.
            long killAfter = (long) (millis * (0.4 + 1.2 * random.nextDouble()));
            runs.add(pool.submit(() -> killedRun(target, existing, command.apply(target), killAfter)));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> run : runs) {
            String info = run.get(5, TimeUnit.MINUTES);
            assertTrue(info == null ? existing == null : info.equals(newInfo) || info.equals(oldInfo),
                    "old or new, never between: " + info);
            outcomes.add(info == null ? "absent" : info.equals(newInfo) ? "new" : "old");
        }
        System.out.printf("%s (%d ms whole): %s%n", name, millis, outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> !o.equals("new")), "some kills struck before the end");
    }

    /** Kills the command after the delay; answers the database's counts afterwards, or null when there is none. */
    private static String killedRun(Path target, Path existing, Object[] command, long killAfter) throws Exception {
        prepareTarget(target, existing);
        Process process = SecondProcess.start(target.resolveSibling("run.log"), command);
        if (!process.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            process.waitFor(1, TimeUnit.MINUTES);
        }
        Path parent = target.getParent();
        try (Stream<Path> left = Files.list(parent)) {
            for (Path path : left.toList()) {
                String file = path.getFileName().toString();
                assertTrue(file.equals("db") || file.equals("run.log") || file.startsWith("run.log.")
                        || file.startsWith(".atlas-creating-db.") || file.startsWith(".atlas-restoring-db."),
                        "only the database and hidden builds are left: " + file);
            }
        }
        if (!Files.exists(target)) {
            assertCleanedUpBy(target);
            return null;
        }
        assertTrue(AtlasDatabase.exists(target), "a directory left is a database: " + target);
        return info(target);
    }

    /** The next creation under the name succeeds and removes what a killed one left beside it. */
    private static void assertCleanedUpBy(Path target) throws IOException {
        Atlas.Run created = atlas("import", "--db", target, "--kind", "accounts", csv);
        assertEquals(0, created.code(), created.err());
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".atlas-")),
                    "the hidden builds of killed runs are gone");
        }
    }

    private static void prepareTarget(Path target, Path existing) throws IOException {
        Files.createDirectories(target.getParent());
        if (existing != null) {
            try (Stream<Path> files = Files.walk(existing)) {
                for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path copy = target.resolve(existing.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else if (!Set.of("db.lck", "dbex.lck").contains(file.getFileName().toString())) {
                        Files.copy(file, copy);
                    }
                }
            }
        }
    }

    private static String info(Path db) {
        Atlas.Run info = atlas("info", "--db", db);
        assertEquals(0, info.code(), db + ": " + info.err());
        return info.out();
    }
}
