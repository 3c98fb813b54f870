package org.accountatlas.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.app.Ui;
import org.accountatlas.model.Account;
import org.accountatlas.session.AtlasSession;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export › Account Review Pack… is in the menu and writes the account's pack in a Job. */
class ReviewPackActionTest {

    @TempDir
    Path dir;

    @Test
    void theMenuHasItAndItWritesThePack() throws Exception {
        AtlasSession session = OpenedSession.await();
        boolean inMenu = Ui.call(() -> {
            var menuBar = ((WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow()).getMenuBarManager();
            MenuManager file = (MenuManager) menuBar.find(org.eclipse.ui.IWorkbenchActionConstants.M_FILE);
            MenuManager export = (MenuManager) file.find("export");
            return Arrays.stream(export.getItems()).map(IContributionItem::getId)
                    .anyMatch("org.accountatlas.app.reviewPack"::equals);
        });
        assertTrue(inMenu, "File > Export > Account Review Pack...");

        Account account = Ui.call(() -> session.portfolio().getAccounts().get(0));
        Path pdf = dir.resolve("pack.pdf");
        Job job = Ui.call(() -> new ReviewPackAction(PlatformUI.getWorkbench().getActiveWorkbenchWindow())
                .write(session, account, pdf));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        assertEquals("%PDF-", new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), StandardCharsets.US_ASCII));
        Path pptx = dir.resolve("pack.pptx");
        Job deck = Ui.call(() -> new ReviewPackAction(PlatformUI.getWorkbench().getActiveWorkbenchWindow())
                .write(session, account, pptx));
        deck.join();
        assertTrue(deck.getResult().isOK(), deck.getResult().getMessage());
        assertTrue(Files.size(pptx) > 10_000);
    }
}
