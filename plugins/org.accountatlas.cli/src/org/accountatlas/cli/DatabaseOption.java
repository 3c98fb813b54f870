package org.accountatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.StoreException;
import org.accountatlas.store.DatabaseBusyException;

import picocli.CommandLine.Option;

/** The {@code --db DIR} and {@code --wait SECONDS} options every command shares. */
final class DatabaseOption {

    /** How often a busy database is tried again while waiting. */
    private static final long RETRY_MILLIS = 250;

    @Option(names = "--db", paramLabel = "DIR|postgresql://[USER@]HOST[:PORT]/DB",
            description = "The database: a directory (default: ${DEFAULT-VALUE}), or a database on a PostgreSQL server"
                    + " (the password comes from ATLAS_PASSWORD or is asked for; add ?sslmode=verify-full for TLS).")
    String database = AtlasDatabase.defaultLocation().toString();

    @Option(names = "--user", paramLabel = "NAME",
            description = "The user to log in to a server as (default: the one in the address, else yours).")
    String user;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Moments.class,
            description = "Read the portfolio as it stood at that moment (yyyy-MM-dd: the end of that day;"
                    + " or yyyy-MM-ddTHH:mm), read-only, from the history every save records.")
    java.time.Instant asOf;

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "When another program has the database open, wait up to this long for it to close it"
                    + " (default: do not wait; exit status 4).")
    double waitSeconds;

    /** Where the database is: a directory or a server. */
    DatabaseAddress address() {
        try {
            return DatabaseAddress.parse(database, user);
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The database directory, for commands that only work on an embedded database. */
    Path directory() throws StoreException {
        if (address() instanceof DatabaseAddress.Embedded embedded) {
            return embedded.directory();
        }
        throw new StoreException("This command works on a database directory; " + database + " is on a server,"
                + " which its administrator backs up and restores there (pg_dump, pg_restore). To move a portfolio"
                + " between a directory and a server, use: atlas copy --from SOURCE --to TARGET");
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
