package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.accountatlas.store.StoreException;

/**
 * Creates the schema on first use and brings older databases forward. Growth of the model (new classes and
 * features) is followed by adding tables and columns; anything else is a numbered {@link Migration}.
 */
public final class SchemaManager {

    /** The layout written by this version of the store. */
    public static final int LAYOUT_VERSION = 2;
    static final String VERSION_KEY = "layoutVersion";
    /** A digest of the tables and columns the model maps to: when it matches, the schema is known to be current. */
    static final String FINGERPRINT_KEY = "schemaFingerprint";

    /** One step from layout version {@link #from()} to the next. */
    public interface Migration {
        int from();

        void apply(Connection connection, SqlDialect dialect) throws SQLException;
    }

    private final SqlDialect dialect;
    private final SchemaMapping mapping;
    private final List<Migration> migrations;
    private final int targetVersion;

    public SchemaManager(SqlDialect dialect, SchemaMapping mapping) {
        this(dialect, mapping, List.of(new RowVersions(mapping)), LAYOUT_VERSION);
    }

    SchemaManager(SqlDialect dialect, SchemaMapping mapping, List<Migration> migrations, int targetVersion) {
        this.dialect = dialect;
        this.mapping = mapping;
        this.migrations = migrations;
        this.targetVersion = targetVersion;
    }

    /** Makes the schema current, in one transaction; returns the version the database had before (0 if new). */
    public int prepare(Connection connection) throws SQLException, StoreException {
        try {
            int found = tableExists(connection, SchemaMapping.INFO_TABLE) ? readVersion(connection) : 0;
            String fingerprint = fingerprint();
            if (found == targetVersion && fingerprint.equals(readInfo(connection, FINGERPRINT_KEY))) {
                connection.commit();
                return found; // current: skip the (slow) metadata queries
            }
            if (found > targetVersion) {
                throw new StoreException("This database was written by a newer Account Atlas (layout " + found
                        + "; this version reads up to " + targetVersion + "). Update Account Atlas to open it.");
            }
            if (found == 0) {
                createInfoTable(connection);
            }
            for (int v = Math.max(found, 1); v < targetVersion; v++) {
                migrationFrom(v).apply(connection, dialect);
            }
            addMissingTablesAndColumns(connection);
            writeInfo(connection, VERSION_KEY, Integer.toString(targetVersion));
            writeInfo(connection, FINGERPRINT_KEY, fingerprint);
            connection.commit();
            return found;
        } catch (SQLException | StoreException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException closed) {
                // Derby closes the connection on damage ("No current connection."): the first failure says why.
                e.addSuppressed(closed);
            }
            throw e;
        }
    }

    private Migration migrationFrom(int version) {
        return migrations.stream().filter(m -> m.from() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("No migration from layout " + version));
    }

    private void createInfoTable(Connection connection) throws SQLException {
        execute(connection, "CREATE TABLE " + dialect.quote(SchemaMapping.INFO_TABLE) + " (" + dialect.quote("NAME")
                + " " + dialect.keyType() + " PRIMARY KEY, " + dialect.quote("VAL") + " " + dialect.keyType() + ")");
    }

    /** Layout 2: every row carries a version, the optimistic lock of concurrent saves. */
    private record RowVersions(SchemaMapping mapping) implements Migration {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public void apply(Connection connection, SqlDialect dialect) throws SQLException {
            for (TableMapping table : mapping.tables()) {
                if (tableExists(connection, table.table())
                        && !columnsOf(connection, table.table()).contains(TableMapping.VERSION)) {
                    execute(connection, "ALTER TABLE " + dialect.quote(table.table()) + " ADD COLUMN "
                            + dialect.quote(TableMapping.VERSION) + " " + dialect.integerType() + " DEFAULT 1 NOT NULL");
                }
            }
        }
    }

    private void addMissingTablesAndColumns(Connection connection) throws SQLException {
        if (!tableExists(connection, HistoryWriter.CHANGESET_TABLE)) {
            execute(connection, "CREATE TABLE " + dialect.quote(HistoryWriter.CHANGESET_TABLE) + " ("
                    + dialect.quote("ID") + " " + dialect.identityKeyType() + ", "
                    + dialect.quote("AUTHOR") + " " + dialect.keyType() + ", "
                    + dialect.quote("CHANGED_AT") + " " + dialect.timestampType() + " NOT NULL, "
                    + dialect.quote("NOTE") + " " + dialect.stringType() + ", "
                    + dialect.quote("KIND") + " " + dialect.keyType() + ")");
            execute(connection, "CREATE TABLE " + dialect.quote(HistoryWriter.CHANGE_TABLE) + " ("
                    + dialect.quote("CHANGESET") + " " + dialect.longType() + " NOT NULL, "
                    + dialect.quote("SEQ") + " " + dialect.integerType() + " NOT NULL, "
                    + dialect.quote("ELEMENT_ID") + " " + dialect.keyType() + " NOT NULL, "
                    + dialect.quote("ELEMENT_CLASS") + " " + dialect.keyType() + " NOT NULL, "
                    + dialect.quote("ACCOUNT_ID") + " " + dialect.keyType() + ", "
                    + dialect.quote("VERSION") + " " + dialect.integerType() + " NOT NULL, "
                    + dialect.quote("FEATURE") + " " + dialect.keyType() + " NOT NULL, "
                    + dialect.quote("OLD_VALUE") + " " + dialect.stringType() + ", "
                    + dialect.quote("NEW_VALUE") + " " + dialect.stringType() + ", PRIMARY KEY ("
                    + dialect.quote("CHANGESET") + ", " + dialect.quote("SEQ") + "))");
            execute(connection, "CREATE INDEX " + dialect.quote("ATLAS_CHANGE_ELEMENT") + " ON "
                    + dialect.quote(HistoryWriter.CHANGE_TABLE) + " (" + dialect.quote("ELEMENT_ID") + ")");
            execute(connection, "CREATE INDEX " + dialect.quote("ATLAS_CHANGE_ACCOUNT") + " ON "
                    + dialect.quote(HistoryWriter.CHANGE_TABLE) + " (" + dialect.quote("ACCOUNT_ID") + ")");
            HistoryWriter.recordBeginning(connection, dialect, "Account Atlas", "history begins");
        }
        if (!tableExists(connection, SchemaMapping.REFS_TABLE)) {
            execute(connection, "CREATE TABLE " + dialect.quote(SchemaMapping.REFS_TABLE) + " ("
                    + dialect.quote("SRC_ID") + " " + dialect.keyType() + " NOT NULL, "
                    + dialect.quote("FEATURE") + " " + dialect.keyType() + " NOT NULL, "
                    + dialect.quote("POS") + " " + dialect.integerType() + " NOT NULL, "
                    + dialect.quote("TGT_ID") + " " + dialect.keyType() + ", PRIMARY KEY ("
                    + dialect.quote("SRC_ID") + ", " + dialect.quote("FEATURE") + ", " + dialect.quote("POS") + "))");
        }
        for (TableMapping table : mapping.tables()) {
            if (!tableExists(connection, table.table())) {
                createTable(connection, table);
            } else {
                addMissingColumns(connection, table);
            }
        }
    }

    private void createTable(Connection connection, TableMapping table) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(dialect.quote(table.table())).append(" (")
                .append(dialect.quote(TableMapping.ID)).append(' ').append(dialect.keyType()).append(" PRIMARY KEY, ")
                .append(dialect.quote(TableMapping.CONTAINER_ID)).append(' ').append(dialect.keyType()).append(", ")
                .append(dialect.quote(TableMapping.CONTAINER_FEATURE)).append(' ').append(dialect.keyType()).append(", ")
                .append(dialect.quote(TableMapping.POS)).append(' ').append(dialect.integerType()).append(", ")
                .append(dialect.quote(TableMapping.VERSION)).append(' ').append(dialect.integerType())
                .append(" DEFAULT 1 NOT NULL");
        for (ColumnMapping column : table.columns()) {
            sql.append(", ").append(dialect.quote(column.column())).append(' ').append(column.sqlType(dialect));
        }
        execute(connection, sql.append(')').toString());
    }

    private void addMissingColumns(Connection connection, TableMapping table) throws SQLException {
        Set<String> existing = columnsOf(connection, table.table());
        for (ColumnMapping column : table.columns()) {
            if (!existing.contains(column.column())) {
                execute(connection, "ALTER TABLE " + dialect.quote(table.table()) + " ADD COLUMN "
                        + dialect.quote(column.column()) + " " + column.sqlType(dialect));
            }
        }
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, table, new String[] { "TABLE" })) {
            return rs.next();
        }
    }

    static Set<String> columnsOf(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private int readVersion(Connection connection) throws SQLException, StoreException {
        String version = readInfo(connection, VERSION_KEY);
        try {
            return version == null ? 0 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new StoreException("The database's layout version (" + SchemaMapping.INFO_TABLE + "." + VERSION_KEY
                    + ") reads \"" + (version.length() > 40 ? version.substring(0, 40) + "\u2026" : version)
                    + "\", not a number: the database was changed outside Account Atlas. Nothing was changed."
                    + " Restore it from a backup (atlas restore) or an XMI export (atlas import-xmi).", e);
        }
    }

    private String readInfo(Connection connection, String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + dialect.quote("VAL") + " FROM "
                + dialect.quote(SchemaMapping.INFO_TABLE) + " WHERE " + dialect.quote("NAME") + " = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void writeInfo(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + dialect.quote(SchemaMapping.INFO_TABLE)
                + " SET " + dialect.quote("VAL") + " = ? WHERE " + dialect.quote("NAME") + " = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + dialect.quote(SchemaMapping.INFO_TABLE)
                + " (" + dialect.quote("VAL") + ", " + dialect.quote("NAME") + ") VALUES (?, ?)")) {
            insert.setString(1, value);
            insert.setString(2, key);
            insert.executeUpdate();
        }
    }

    /** Every table and column with its type, digested. */
    String fingerprint() {
        StringBuilder ddl = new StringBuilder();
        for (TableMapping table : mapping.tables()) {
            ddl.append(table.table()).append('(');
            table.columns().forEach(c -> ddl.append(c.column()).append(' ').append(c.sqlType(dialect)).append(','));
            ddl.append(')');
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(ddl.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
