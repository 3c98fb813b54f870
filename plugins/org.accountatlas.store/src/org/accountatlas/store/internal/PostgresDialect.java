package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.ServerPasswords;
import org.postgresql.Driver;

/**
 * A PostgreSQL server shared by a team. Connections carry the user and the password from {@link ServerPasswords}
 * (never from the address), and TLS settings from the address; statements are all parameterised.
 */
public final class PostgresDialect implements SqlDialect {

    private final Driver driver = new Driver();

    @Override
    public Connection open(DatabaseAddress address, boolean create) throws SQLException {
        DatabaseAddress.Server server = (DatabaseAddress.Server) address;
        Properties properties = new Properties();
        properties.setProperty("user", server.effectiveUser());
        properties.setProperty("ApplicationName", "Account Atlas");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        properties.putAll(server.settings());
        char[] password = ServerPasswords.current().passwordFor(server);
        if (password != null) {
            properties.setProperty("password", new String(password));
            Arrays.fill(password, '\0');
        }
        Connection connection = driver.connect(server.jdbcUrl(), properties);
        properties.remove("password");
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    @Override
    public void close(DatabaseAddress address) {
        // the server stays up; closing the connection released everything this client held
    }

    @Override
    public boolean canWrite(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT has_table_privilege(current_user, ?, 'UPDATE')")) {
            ps.setString(1, "\"" + SchemaMapping.INFO_TABLE + "\"");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException noSchemaYet) {
            connection.rollback();
            return true; // a new database: server init decides who may write
        }
    }

    @Override
    public String stringType() {
        return "TEXT";
    }

    @Override
    public String doubleType() {
        return "DOUBLE PRECISION";
    }

    @Override
    public boolean isConnectionLost(SQLException e) {
        for (Throwable t : e) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String explain(SQLException e, DatabaseAddress address) {
        DatabaseAddress.Server server = (DatabaseAddress.Server) address;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String who = server.effectiveUser();
        return switch (state) {
            case "28P01", "28000" -> "The server " + server.host() + " refused " + who + ": wrong user name or password"
                    + " (give the password in " + ServerPasswords.ENVIRONMENT_VARIABLE + " or type it when asked).";
            case "08004" -> "The server " + server.host() + " wants a password for " + who + " and none was given: set "
                    + ServerPasswords.ENVIRONMENT_VARIABLE + " or type it when asked.";
            case "3D000" -> "The server " + server.host() + " has no database \"" + server.database() + "\": create it"
                    + " (createdb " + server.database() + ") and run atlas server init --db " + server + ".";
            case "42501" -> who + " may only read " + server + " (role atlas_viewer): nothing was written. Ask the"
                    + " administrator for the atlas_planner role to edit.";
            case "42P01" -> server + " holds no Account Atlas schema yet: run atlas server init --db " + server + ".";
            default -> isConnectionLost(e) ? "The server " + server.host() + ":" + server.port() + " cannot be reached ("
                    + firstLine(e.getMessage()) + "). Your edits are kept: save again once it is back." : null;
        };
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
