package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database appears under its name only when complete; what a failed or killed creation left is no trap. */
class WholeCreationTest {

    @TempDir
    Path dir;

    private static Portfolio portfolio(String name) {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        portfolio.setName(name);
        return portfolio;
    }

    @Test
    void aCompleteCreationIsThereAndOpens() throws Exception {
        Path db = dir.resolve("db");
        int rows = AtlasDatabase.createWhole(db, resource -> {
            resource.getContents().add(portfolio("Whole"));
            resource.save(null);
            return resource.lastSave().rowsWritten();
        });
        assertTrue(rows > 0);
        DatabaseResource opened = AtlasDatabase.open(new ResourceSetImpl(), db);
        try {
            assertEquals("Whole", AtlasDatabase.portfolioOf(opened).getName());
        } finally {
            opened.unload();
        }
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "nothing beside it");
        }
    }

    @Test
    void aFailedCreationLeavesNothing() throws Exception {
        Path db = dir.resolve("db");
        assertThrows(IllegalStateException.class, () -> AtlasDatabase.createWhole(db, resource -> {
            resource.getContents().add(portfolio("Half"));
            resource.save(null);
            throw new IllegalStateException("the import failed after the first save");
        }));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "neither the database nor its build");
        }
        AtlasDatabase.createWhole(db, resource -> {
            resource.getContents().add(portfolio("Second try"));
            resource.save(null);
            return null;
        });
        assertTrue(AtlasDatabase.exists(db), "the name is free for a second try");
    }

    @Test
    void whatAKilledCreationLeftIsRemovedByTheNextOne() throws Exception {
        Path abandoned = dir.resolve(".atlas-creating-db.999999999");
        Files.createDirectories(abandoned.resolve("seg0"));
        Files.writeString(abandoned.resolve("service.properties"), "half");
        AtlasDatabase.createWhole(dir.resolve("db"), resource -> {
            resource.getContents().add(portfolio("After a kill"));
            resource.save(null);
            return null;
        });
        assertFalse(Files.exists(abandoned), "the dead process's build is gone");
    }

    @Test
    void aDirectoryAnInterruptedCreationLeftIsExplained() throws Exception {
        Path partial = dir.resolve("partial");
        Files.createDirectories(partial.resolve("seg0"));
        Files.writeString(partial.resolve("log.ctrl"), "x");
        StoreException refused = assertThrows(StoreException.class, () -> AtlasDatabase.createWhole(partial,
                resource -> null));
        assertTrue(refused.getMessage().contains("holds no complete Account Atlas database")
                && refused.getMessage().contains("move it aside or delete it"), refused.getMessage());
    }
}
