package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Contact;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.store.internal.DerbyDialect;
import org.accountatlas.store.internal.SchemaManager;
import org.accountatlas.store.internal.SchemaManagerAccess;
import org.accountatlas.store.internal.SchemaMapping;
import org.accountatlas.store.internal.SqlDialect;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    private final DerbyDialect dialect = new DerbyDialect();
    private final SchemaMapping mapping = new SchemaMapping(List.of(AtlasPackage.eINSTANCE));

    /** A database from before contacts had a status date and accounts a needs archive. */
    @Test
    void anOlderSchemaGainsTheNewTablesAndColumnsAndKeepsItsData() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        // The older release mapped a smaller model, so it recorded another schema fingerprint.
        execute(db, "ALTER TABLE \"ATLAS_CONTACT\" DROP COLUMN \"STATUS_DATE\"", "DROP TABLE \"ATLAS_NEED\"",
                "UPDATE \"ATLAS_SCHEMA_INFO\" SET \"VAL\" = 'older' WHERE \"NAME\" = 'schemaFingerprint'");

        DatabaseResource resource = AtlasDatabase.open(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), db);
        try {
            List<Contact> contacts = ModelQueries.contactsOf(StoreFixture.portfolio(resource).getAccounts().get(0));
            assertTrue(contacts.size() > 5);
            assertTrue(contacts.stream().allMatch(c -> c.getStatusDate() == null), "the new column starts empty");
            assertTrue(StoreFixture.portfolio(resource).getAccounts().get(0).getNeeds().isEmpty());
            assertEquals(42, StoreFixture.portfolio(resource).getAccounts().size());
            contacts.get(0).setStatusDate(new java.util.Date(0));
            resource.save(null);
        } finally {
            resource.unload();
        }
        assertEquals(1, countWhere(db, "ATLAS_CONTACT", "\"STATUS_DATE\" IS NOT NULL"));
    }

    /** A database of layout 1 (before row versions and history) is brought forward and then edits as any other. */
    @Test
    void layoutOneGainsRowVersionsAndAHistory() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        List<String> statements = new java.util.ArrayList<>(List.of("DROP TABLE \"ATLAS_CHANGE\"",
                "DROP TABLE \"ATLAS_CHANGESET\"",
                "UPDATE \"ATLAS_SCHEMA_INFO\" SET \"VAL\" = '1' WHERE \"NAME\" = 'layoutVersion'"));
        for (var table : new SchemaMapping(List.of(AtlasPackage.eINSTANCE)).tables()) {
            statements.add("ALTER TABLE \"" + table.table() + "\" DROP COLUMN \"VERSION\"");
        }
        execute(db, statements.toArray(String[]::new));

        DatabaseResource resource = AtlasDatabase.open(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), db);
        try {
            StoreFixture.portfolio(resource).getAccounts().get(2).setRegion("迁移后");
            resource.save(null);
            List<HistoryEntry> history = resource.history(HistoryQuery.all());
            assertEquals(1, history.size(), history.toString());
            assertEquals("region", history.get(0).feature());
            assertEquals("迁移后", history.get(0).newValue());
        } finally {
            resource.unload();
        }
        assertEquals(1, countWhere(db, "ATLAS_ACCOUNT", "\"VERSION\" = 2"));
    }

    @Test
    void numberedMigrationsRunOnceInOrderAndRecordTheVersion() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        SchemaManager.Migration next = new SchemaManager.Migration() {
            @Override
            public int from() {
                return SchemaManager.LAYOUT_VERSION;
            }

            @Override
            public void apply(Connection connection, SqlDialect d) throws SQLException {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("UPDATE \"ATLAS_ACCOUNT\" SET \"REGION\" = 'migrated'");
                }
            }
        };
        try (Connection connection = dialect.open(db, false)) {
            int target = SchemaManager.LAYOUT_VERSION + 1;
            assertEquals(target - 1, SchemaManagerAccess.withTarget(dialect, mapping, List.of(next), target).prepare(connection));
            assertEquals(target, SchemaManagerAccess.withTarget(dialect, mapping, List.of(next), target).prepare(connection));
        } finally {
            dialect.close(db);
        }
        assertEquals(42, countWhere(db, "ATLAS_ACCOUNT", "\"REGION\" = 'migrated'"));

        StoreException newer = assertThrows(StoreException.class,
                () -> AtlasDatabase.open(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), db));
        assertTrue(newer.getMessage().contains("newer Account Atlas"), newer.getMessage());
    }

    private static void execute(Path db, String... statements) throws SQLException {
        try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + db, new Properties());
                Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int countWhere(Path db, String table, String condition) throws SQLException {
        try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + db, new Properties());
                var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + condition)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
