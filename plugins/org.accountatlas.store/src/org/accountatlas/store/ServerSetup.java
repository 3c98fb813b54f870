package org.accountatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.AtlasPackage;
import org.accountatlas.store.internal.PostgresDialect;
import org.accountatlas.store.internal.SchemaManager;
import org.accountatlas.store.internal.SchemaMapping;

/**
 * Prepares a database on a PostgreSQL server for a team: the schema, and three roles a server administrator
 * grants to people: {@value #VIEWER} reads, {@value #PLANNER} edits, {@value #ADMIN} owns the tables (and so
 * can change the schema when a new version of Account Atlas needs it). Running it again changes nothing.
 */
public final class ServerSetup {

    public static final String VIEWER = "atlas_viewer";
    public static final String PLANNER = "atlas_planner";
    public static final String ADMIN = "atlas_admin";

    private ServerSetup() {
    }

    /** Creates what is missing; returns one line per step taken. */
    public static List<String> initialize(DatabaseAddress.Server server) throws StoreException {
        PostgresDialect dialect = new PostgresDialect();
        List<String> done = new ArrayList<>();
        try (Connection connection = dialect.open(server, true)) {
            SchemaMapping mapping = mapping();
            int before = new SchemaManager(dialect, mapping).prepare(connection);
            done.add(before == 0 ? "created the schema (layout " + SchemaManager.LAYOUT_VERSION + ")"
                    : "the schema is current (layout " + SchemaManager.LAYOUT_VERSION + ")");
            for (String role : List.of(VIEWER, PLANNER, ADMIN)) {
                if (!roleExists(connection, role)) {
                    execute(connection, "CREATE ROLE " + role + " NOLOGIN");
                    done.add("created the role " + role);
                }
            }
            String database = '"' + server.database().replace("\"", "\"\"") + '"';
            execute(connection, "GRANT CONNECT ON DATABASE " + database + " TO " + VIEWER);
            execute(connection, "GRANT USAGE ON SCHEMA public TO " + VIEWER);
            execute(connection, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + VIEWER);
            execute(connection, "GRANT " + VIEWER + " TO " + PLANNER);
            execute(connection, "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + PLANNER);
            execute(connection, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + PLANNER);
            execute(connection, "GRANT " + PLANNER + " TO " + ADMIN);
            execute(connection, "GRANT CREATE ON SCHEMA public TO " + ADMIN);
            execute(connection, "GRANT " + ADMIN + " TO CURRENT_USER");
            for (String table : ourTables(connection)) {
                execute(connection, "ALTER TABLE \"" + table + "\" OWNER TO " + ADMIN);
            }
            done.add("granted: " + VIEWER + " reads, " + PLANNER + " edits, " + ADMIN + " owns the tables");
            connection.commit();
        } catch (SQLException e) {
            String explained = dialect.explain(e, server);
            throw new StoreException(explained != null ? explained : "Could not prepare " + server + ": " + e.getMessage(),
                    e);
        }
        return done;
    }

    /** Whether the server database holds a portfolio (false when it has no schema yet). */
    public static boolean holdsPortfolio(DatabaseAddress.Server server) throws StoreException {
        PostgresDialect dialect = new PostgresDialect();
        String table = mapping().table(AtlasPackage.Literals.PORTFOLIO).table();
        try (Connection connection = dialect.open(server, false)) {
            if (!exists(connection, table)) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            String explained = dialect.explain(e, server);
            throw new StoreException(explained != null ? explained : "Could not reach " + server + ": " + e.getMessage(),
                    e);
        }
    }

    private static SchemaMapping mapping() {
        return DatabaseResourceFactory.DefaultMapping.INSTANCE;
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> ourTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'ATLAS\\_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
