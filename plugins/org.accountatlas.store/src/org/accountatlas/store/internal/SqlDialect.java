package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.accountatlas.store.DatabaseAddress;

/**
 * Everything that differs between SQL databases, so the rest of the store is plain JDBC: embedded Derby for
 * one person, a PostgreSQL server for a team.
 */
public interface SqlDialect {

    /** Opens a connection with auto-commit off; creates the database if asked. */
    Connection open(DatabaseAddress address, boolean create) throws SQLException;

    /** Releases the database so another process may open it. */
    void close(DatabaseAddress address);

    /** A generated, increasing 64-bit key column (history change sets are numbered by it). */
    default String identityKeyType() {
        return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
    }

    /** Whether the connected user may change rows (false for a viewer on a server). */
    default boolean canWrite(Connection connection) throws SQLException {
        return true;
    }

    /** Whether the connection was lost (server restarted, network gone), so a new one may succeed. */
    default boolean isConnectionLost(SQLException e) {
        return false;
    }

    /** A quoted identifier: names are upper case in every database, so they are always quoted. */
    default String quote(String identifier) {
        return '"' + identifier + '"';
    }

    /** Text of any length. */
    String stringType();

    /** Ids, enumeration literals, feature names. */
    default String keyType() {
        return "VARCHAR(128)";
    }

    default String integerType() {
        return "INTEGER";
    }

    default String longType() {
        return "BIGINT";
    }

    String doubleType();

    default String booleanType() {
        return "BOOLEAN";
    }

    default String timestampType() {
        return "TIMESTAMP";
    }

    /** Turns a driver exception into a message a user can act on, or null when it has nothing better to say. */
    String explain(SQLException e, DatabaseAddress address);

    /** Whether the failure is another process holding the database (worth waiting for, not a broken one). */
    default boolean isBusy(SQLException e) {
        return false;
    }
}
