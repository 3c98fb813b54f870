package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;

import org.accountatlas.model.Account;
import org.accountatlas.store.internal.DerbyDialect;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value this version does not know (a newer one added it) opens with a warning naming the row, not a lockout. */
class UnknownValueTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownLiteralIsLeftUnsetAndNamed() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + db, new Properties());
                Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE \"ATLAS_ACCOUNT\" SET \"TIER\" = 'PLATINUM' WHERE \"NAME\" = '华夏钢铁集团'");
        }
        new DerbyDialect().close(db);
        DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), db);
        try {
            Account group = AtlasDatabase.portfolioOf(resource).getAccounts().stream()
                    .filter(a -> a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow();
            assertTrue(!group.isSetTier(), "the unknown tier is left unset");
            assertEquals(42, AtlasDatabase.portfolioOf(resource).getAccounts().size(), "everything else is read");
            assertEquals(1, resource.getWarnings().size(), resource.getWarnings().toString());
            String warning = resource.getWarnings().get(0).getMessage();
            assertTrue(warning.contains("'PLATINUM'") && warning.contains("PyramidTier") && warning.contains("left unset"),
                    warning);
        } finally {
            resource.unload();
        }
    }
}
