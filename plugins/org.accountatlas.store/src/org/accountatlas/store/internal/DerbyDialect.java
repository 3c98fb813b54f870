package org.accountatlas.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.accountatlas.store.DatabaseAddress;
import org.apache.derby.jdbc.EmbeddedDriver;

/** Apache Derby, embedded: one process owns a database directory at a time. */
public final class DerbyDialect implements SqlDialect {

    /** Derby: "Another instance of Derby may have already booted the database". */
    private static final String ALREADY_BOOTED = "XSDB6";
    /** Derby: "Database not found". */
    private static final String NOT_FOUND = "XJ004";

    /**
     * Derby's defaults (1,000 cached pages, a new log file every megabyte, a checkpoint every 10 MB) are
     * sized for the machines of 2005; a large import then spends its time switching logs and checkpointing.
     * Explicit system properties still win.
     */
    static {
        setDefault("derby.storage.pageCacheSize", "8000");
        setDefault("derby.storage.logSwitchInterval", Integer.toString(16 << 20));
        setDefault("derby.storage.checkpointInterval", Integer.toString(128 << 20));
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final EmbeddedDriver driver = new EmbeddedDriver();

    @Override
    public Connection open(DatabaseAddress address, boolean create) throws SQLException {
        Path location = directory(address);
        Properties properties = new Properties();
        if (create) {
            properties.setProperty("create", "true");
        }
        Connection connection = driver.connect(url(location), properties);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        OPEN.merge(key(location), 1, Integer::sum);
        return connection;
    }

    /**
     * Connections this process opened through a dialect, per database: Derby's shutdown ends every connection to
     * the database in the process, so it waits for the last (a read-only view as of a date beside the session).
     */
    private static final java.util.Map<Path, Integer> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static Path key(Path location) {
        return location.toAbsolutePath().normalize();
    }

    /** Opens the database in the directory (backups and tools work on directories). */
    public Connection open(Path location, boolean create) throws SQLException {
        return open(new DatabaseAddress.Embedded(location), create);
    }

    /** Shuts the database in the directory down. */
    public void close(Path location) {
        close(new DatabaseAddress.Embedded(location));
    }

    /** Explains a failure of the database in the directory. */
    public String explain(SQLException e, Path location) {
        return explain(e, new DatabaseAddress.Embedded(location));
    }

    @Override
    public void close(DatabaseAddress address) {
        Integer left = OPEN.computeIfPresent(key(directory(address)), (path, count) -> count > 1 ? count - 1 : null);
        if (left != null) {
            return; // another part of this process still works on it
        }
        try {
            driver.connect(url(directory(address)) + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006; any other state means the database was
            // not booted in this process, so there is nothing to release either way.
        }
    }

    private static Path directory(DatabaseAddress address) {
        return ((DatabaseAddress.Embedded) address).directory();
    }

    private static String url(Path location) {
        return "jdbc:derby:" + location.toAbsolutePath();
    }

    @Override
    public String stringType() {
        return "VARCHAR(32672)";
    }

    @Override
    public String doubleType() {
        return "DOUBLE";
    }

    @Override
    public boolean isBusy(SQLException e) {
        for (Throwable t : e) {
            if (t instanceof SQLException sql && ALREADY_BOOTED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String explain(SQLException e, DatabaseAddress address) {
        Path location = directory(address);
        for (Throwable t : e) {
            if (t instanceof SQLException sql) {
                if (ALREADY_BOOTED.equals(sql.getSQLState())) {
                    return "The database " + location + " is already open in another Account Atlas process."
                            + " An embedded database serves one process at a time: close the other one and try again.";
                }
                if (NOT_FOUND.equals(sql.getSQLState())) {
                    return Files.exists(location) ? location + " is not an Account Atlas database."
                            : "There is no database at " + location + ".";
                }
                if (isDamage(sql.getSQLState())) {
                    return "The database " + location + " is damaged: Derby cannot read its files ("
                            + firstLine(sql.getMessage()) + "). Nothing was changed. Restore it from a backup (atlas"
                            + " restore --from BACKUP.zip --db NEW_DIR) or from an XMI export (atlas import-xmi FILE"
                            + " --db NEW_DIR).";
                }
            }
        }
        return null;
    }

    /**
     * Derby's states for files it cannot read: data pages and containers (XSDB, XSDG), the transaction log
     * (XSLA, XSLB), and a boot that failed on them (XSTB).
     */
    private static boolean isDamage(String state) {
        return state != null && (state.startsWith("XSDB") || state.startsWith("XSDG") || state.startsWith("XSLA")
                || state.startsWith("XSLB") || state.startsWith("XSTB"));
    }

    /** Derby appends a whole page dump to some messages: the first line says what is wrong. */
    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int dump = line.indexOf(", page dump follows");
        line = dump > 0 ? line.substring(0, dump) : line;
        return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
    }
}
