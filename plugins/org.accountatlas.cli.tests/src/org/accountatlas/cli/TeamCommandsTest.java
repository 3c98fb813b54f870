package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.DatabaseResource;
import org.accountatlas.store.testing.ThrowawayPostgres;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a team uses: server set-up, copying to and from a server, history, as-of, and diff. */
class TeamCommandsTest {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    @TempDir
    Path dir;


    @Test
    void aPortfolioCopiedToAServerAndBackIsTheSame() throws Exception {
        DatabaseAddress.Server pg = ThrowawayPostgres.sharedOrSkip().newDatabase("copy");
        Path first = dir.resolve("first");
        Path back = dir.resolve("back");
        assertEquals(0, atlas("sample", "--db", first).code());
        Atlas.Run init = atlas("server", "init", "--db", pg);
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("atlas_planner"), init.out());
        Atlas.Run there = atlas("copy", "--from", first, "--to", pg);
        assertEquals(0, there.code(), there.err());
        assertTrue(there.out().contains("equal"), there.out());
        Atlas.Run again = atlas("copy", "--from", first, "--to", pg);
        assertEquals(1, again.code(), "a server that holds a portfolio is not overwritten");
        Atlas.Run home = atlas("copy", "--from", pg, "--to", back);
        assertEquals(0, home.code(), home.err());

        assertEquals(0, atlas("export-xmi", "--db", first, dir.resolve("first.xmi")).code());
        assertEquals(0, atlas("export-xmi", "--db", pg, dir.resolve("server.xmi")).code());
        assertEquals(0, atlas("export-xmi", "--db", back, dir.resolve("back.xmi")).code());
        String expected = Files.readString(dir.resolve("first.xmi"));
        assertEquals(expected, Files.readString(dir.resolve("server.xmi")));
        assertEquals(expected, Files.readString(dir.resolve("back.xmi")));
        Atlas.Run info = atlas("info", "--db", pg);
        assertEquals(atlas("info", "--db", first).out(), info.out());
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        Atlas.Run run = atlas("info", "--db", "postgresql://alice:s3cret-pw@localhost/atlas");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("holds a password"), run.err());
        assertFalse(run.err().contains("s3cret-pw"), run.err());
    }

    @Test
    void historyAsOfAndDiffTellWhatChangedSinceTheReview() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, atlas("sample", "--db", db).code());
        Thread.sleep(20);
        Instant review = Instant.now();
        Thread.sleep(20);
        assertEquals(0, atlas("export-xmi", "--db", db, dir.resolve("review.xmi")).code());

        String accountName;
        String joined = "赵新人";
        String leftName;
        String subsidiary;
        DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), db);
        try {
            Portfolio portfolio = AtlasDatabase.portfolioOf(resource);
            Account account = portfolio.getAccounts().get(0);
            accountName = account.getName();
            Contact newcomer = AtlasFactory.eINSTANCE.createContact();
            newcomer.setName(joined);
            account.getOrgUnits().get(0).getContacts().add(newcomer);
            Contact leaving = ModelQueries.contactsOf(account).get(4);
            leftName = leaving.getName();
            EcoreUtil.delete(leaving, true);
            Contact turned = ModelQueries.contactsOf(account).get(1);
            turned.setAttitude(turned.getAttitude() == Attitude.OPPONENT ? Attitude.CHAMPION : Attitude.OPPONENT);
            turned.setBuyingRole(turned.getBuyingRole() == BuyingRole.COACH ? BuyingRole.USER_BUYER : BuyingRole.COACH);
            Coverage coverage = AtlasFactory.eINSTANCE.createCoverage();
            coverage.setContact(newcomer);
            coverage.setTeamMember(portfolio.getTeamMembers().get(0));
            account.getCoverages().add(coverage);
            Account child = portfolio.getAccounts().stream().filter(a -> a.getParent() == null && a != account)
                    .findFirst().orElseThrow();
            subsidiary = child.getName();
            child.setParent(account);
            resource.save(null);
        } finally {
            resource.unload();
        }

        String from = MINUTE.format(LocalDateTime.ofInstant(review, ZoneId.systemDefault()));
        Atlas.Run diff = atlas("diff", "--db", db, "--account", accountName, "--from", from, "--out",
                dir.resolve("changes.pdf"));
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("joined: " + joined + " joined the map"), diff.out());
        assertTrue(diff.out().contains("left: " + leftName + " left the map"), diff.out());
        assertTrue(diff.out().contains("attitude: "), diff.out());
        assertTrue(diff.out().contains("buying role: "), diff.out());
        assertTrue(diff.out().contains("covers " + joined), diff.out());
        assertTrue(diff.out().contains("new subsidiary: " + subsidiary + " became a subsidiary"), diff.out());
        assertEquals(1, diff.out().lines().filter(l -> l.contains("attitude:")).count(), diff.out());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("changes.pdf").toFile())) {
            // names in Chinese are drawn as outlines where no embedded font has them; the kinds are text
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("joined") && text.contains("left") && text.contains("new subsidiary"), text);
        }

        Atlas.Run history = atlas("history", "--db", db, "--element", leftName);
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().contains(leftName + " \u00b7 (deleted)"), history.out() + history.err());

        assertEquals(0, atlas("export-xmi", "--db", db, "--as-of", from, dir.resolve("as-of.xmi")).code());
        assertEquals(Files.readString(dir.resolve("review.xmi")), Files.readString(dir.resolve("as-of.xmi")),
                "the portfolio as of the review is the one exported at the review");
        Atlas.Run nothing = atlas("diff", "--db", db, "--account", accountName, "--from", from, "--to", from);
        assertTrue(nothing.out().contains(": 0 changes"), nothing.out());
    }
}
