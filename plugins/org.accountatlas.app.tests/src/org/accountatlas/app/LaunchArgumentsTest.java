package org.accountatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.StoreException;
import org.junit.jupiter.api.Test;

/** Which database the workbench opens: one chosen in File › Open Database…, else --db, else the default. */
class LaunchArgumentsTest {

    @Test
    void aServerAddressWithItsUserIsReadFromTheArguments() throws Exception {
        DatabaseAddress address = LaunchArguments.databaseOf(new String[] { "--db",
            "postgresql://db.example.com:5433/atlas?sslmode=verify-full", "--user", "alice" });
        DatabaseAddress.Server server = (DatabaseAddress.Server) address;
        assertEquals("alice", server.effectiveUser());
        assertEquals(5433, server.port());
        assertEquals("verify-full", server.settings().get("sslmode"));
        assertThrows(StoreException.class, () -> LaunchArguments.databaseOf(new String[] { "--db",
            "postgresql://alice:secret@db.example.com/atlas" }), "a password in the address is refused");
    }

    @Test
    void aDatabaseChosenInTheDialogIsOpenedOnceAndRemembered() throws Exception {
        String chosen = "postgresql://bob@team.example.com:5432/portfolio";
        AtlasPreferences.opened(chosen);
        AtlasPreferences.store().setValue(AtlasPreferences.NEXT_DATABASE, chosen);
        assertEquals(chosen, LaunchArguments.databaseOf(new String[] { "--db", "/tmp/elsewhere" }).toString());
        assertEquals("/tmp/elsewhere", LaunchArguments.databaseOf(new String[] { "--db", "/tmp/elsewhere" }).toString(),
                "only once");
        List<String> recent = AtlasPreferences.recentDatabases();
        assertEquals(chosen, recent.get(0));
        for (int i = 0; i < 10; i++) {
            AtlasPreferences.opened("/tmp/db" + i);
        }
        assertEquals(8, AtlasPreferences.recentDatabases().size());
        assertTrue(AtlasPreferences.recentDatabases().get(0).endsWith("db9"));
    }
}
