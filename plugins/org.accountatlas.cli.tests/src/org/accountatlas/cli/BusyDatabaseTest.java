package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database another program has open (here: this test, as the workbench would) makes a command exit with
 * status 4 at once, saying it may wait; with {@code --wait SECONDS} it waits for the database to be closed.
 */
class BusyDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aBusyDatabaseExitsFourAtOnceOrIsWaitedFor() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, atlas("sample", "--db", db).code());
        DatabaseResource held = AtlasDatabase.open(new ResourceSetImpl(), db);
        try {
            Path log = dir.resolve("busy.log");
            Process busy = SecondProcess.start(log, "info", "--db", db);
            assertTrue(busy.waitFor(2, TimeUnit.MINUTES));
            assertEquals(4, busy.exitValue(), Files.readString(log));
            assertTrue(Files.readString(log).contains("already open in another Account Atlas process")
                    && Files.readString(log).contains("--wait SECONDS"), Files.readString(log));

            Path shortLog = dir.resolve("short-wait.log");
            long start = System.nanoTime();
            Process shortWait = SecondProcess.start(shortLog, "info", "--db", db, "--wait", "1");
            assertTrue(shortWait.waitFor(2, TimeUnit.MINUTES));
            assertEquals(4, shortWait.exitValue(), Files.readString(shortLog));
            assertTrue(System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(1), "it waited the second given");

            Path waitedLog = dir.resolve("waited.log");
            Process waiting = SecondProcess.start(waitedLog, "info", "--db", db, "--wait", "60");
            Thread.sleep(3_000); // it has started and found the database busy
            assertTrue(waiting.isAlive(), "still waiting: " + Files.readString(waitedLog));
            held.unload();
            held = null;
            assertTrue(waiting.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, waiting.exitValue(), Files.readString(waitedLog));
            assertTrue(Files.readString(waitedLog).contains("accounts: 42"), Files.readString(waitedLog));
        } finally {
            if (held != null) {
                held.unload();
            }
        }
    }
}
