package org.accountatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseBusyException;

import picocli.CommandLine.Option;

/** The {@code --db DIR} and {@code --wait SECONDS} options every command shares. */
final class DatabaseOption {

    /** How often a busy database is tried again while waiting. */
    private static final long RETRY_MILLIS = 250;

    @Option(names = "--db", paramLabel = "DIR",
            description = "The database directory (default: ${DEFAULT-VALUE}).")
    Path directory = AtlasDatabase.defaultLocation();

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "When another program has the database open, wait up to this long for it to close it"
                    + " (default: do not wait; exit status 4).")
    double waitSeconds;

    Path directory() {
        return directory.toAbsolutePath().normalize();
    }

    /**
     * Runs the opening, trying again while another process holds the database, until {@code --wait} runs out;
     * then the last busy failure is thrown (exit status 4).
     */
    <T> T whenFree(Callable<T> opening) throws Exception {
        long deadline = System.nanoTime() + (long) (Math.max(0, waitSeconds) * 1e9);
        while (true) {
            try {
                return opening.call();
            } catch (DatabaseBusyException busy) {
                if (System.nanoTime() + RETRY_MILLIS * 1_000_000 > deadline) {
                    throw waitSeconds > 0 ? busy : new DatabaseBusyException(busy.getMessage()
                            + " To wait for it instead, give --wait SECONDS.", busy);
                }
                Thread.sleep(RETRY_MILLIS);
            }
        }
    }
}
