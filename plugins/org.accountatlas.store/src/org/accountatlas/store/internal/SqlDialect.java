package org.accountatlas.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything that differs between SQL databases, so the rest of the store is plain JDBC. Derby is the only
 * implementation today; Apache Derby is retired, so a server database will come in beside it.
 */
public interface SqlDialect {

    /** Opens a connection with auto-commit off; creates the database if asked. */
    Connection open(Path location, boolean create) throws SQLException;

    /** Releases the database so another process may open it. */
    void close(Path location);

    String quote(String identifier);

    String stringType();

    String keyType();

    String integerType();

    String longType();

    String doubleType();

    String booleanType();

    String timestampType();

    /** Turns a driver exception into a message a user can act on, or null when it has nothing better to say. */
    String explain(SQLException e, Path location);

    /** Whether the failure is another process holding the database (worth waiting for, not a broken one). */
    default boolean isBusy(SQLException e) {
        return false;
    }
}
