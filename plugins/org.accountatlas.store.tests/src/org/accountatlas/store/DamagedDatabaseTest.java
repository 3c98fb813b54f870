package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.accountatlas.store.internal.DerbyDialect;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database damaged outside Account Atlas is refused with a message that says so and what to do, briefly. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aLayoutVersionThatIsNoNumberIsNamed() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + db, new Properties());
                Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE \"ATLAS_SCHEMA_INFO\" SET \"VAL\" = 'abc' WHERE \"NAME\" = 'layoutVersion'");
        }
        new DerbyDialect().close(db);

        StoreException refused = assertThrows(StoreException.class, () -> AtlasDatabase.open(new ResourceSetImpl(), db));
        assertTrue(refused.getMessage().contains("layout version") && refused.getMessage().contains("\"abc\", not a number"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("atlas restore"), refused.getMessage());
        assertFalse(refused.getMessage().contains("For input string"), refused.getMessage());
    }

    @Test
    void aDataFileWithZeroedPagesIsCalledDamagedWithoutAPageDump() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        Path largest;
        try (Stream<Path> files = Files.list(db.resolve("seg0"))) {
            largest = files.max(Comparator.comparingLong(DamagedDatabaseTest::size)).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(4096);
            file.write(new byte[(int) Math.min(file.length() - 4096, 64 * 1024)]);
        }

        StoreException refused = assertThrows(StoreException.class, () -> {
            DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), db);
            resource.unload();
        });
        String message = refused.getMessage();
        assertTrue(message.contains("is damaged") && message.contains("atlas restore"), message);
        assertFalse(message.contains("page dump") || message.contains("No current connection"), message);
        assertTrue(message.length() < 500, message.length() + ": " + message);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
