package org.accountatlas.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.app.Ui;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseBackup;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Back Up… backs the open database up while the workbench keeps using it; the archive restores. */
class BackupActionTest {

    @TempDir
    Path dir;

    @Test
    void theOpenDatabaseBacksUpAndTheArchiveRestores() throws Exception {
        AtlasSession session = OpenedSession.await();
        // Another test may have left unsaved changes, which a backup of the saved database does not hold.
        Integer accounts = session.isDirty() ? null : session.portfolio().getAccounts().size();
        Path archive = dir.resolve("portfolio.zip");
        Job job = Ui.call(() -> new BackupAction(PlatformUI.getWorkbench().getActiveWorkbenchWindow())
                .backUp(session, archive));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        assertTrue(Files.size(archive) > 0);
        assertTrue(session.resource().isLoaded(), "the workbench still has its database");

        Path restored = dir.resolve("restored");
        DatabaseBackup.restore(archive, restored);
        DatabaseResource copy = AtlasDatabase.open(new ResourceSetImpl(), restored);
        try {
            int restoredAccounts = AtlasDatabase.portfolioOf(copy).getAccounts().size();
            assertTrue(restoredAccounts > 0);
            if (accounts != null) {
                assertEquals(accounts, restoredAccounts);
            }
        } finally {
            copy.unload();
        }
    }
}
