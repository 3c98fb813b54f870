package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every save is recorded: who changed which field from what to what, and any earlier state can be read back. */
class HistoryTest {

    @TempDir
    Path dir;

    DatabaseResource resource;

    /** Where the test's database goes: a directory here, a server database in the subclass for PostgreSQL. */
    DatabaseAddress newAddress() throws Exception {
        return new DatabaseAddress.Embedded(dir.resolve("db"));
    }

    @BeforeEach
    void sample() throws Exception {
        resource = StoreFixture.reopen(StoreFixture.createSample(newAddress()));
    }

    @AfterEach
    void close() {
        resource.unload();
    }

    private Portfolio portfolio() {
        return StoreFixture.portfolio(resource);
    }

    private static Instant between() throws InterruptedException {
        Thread.sleep(20);
        Instant moment = Instant.now();
        Thread.sleep(20);
        return moment;
    }

    @Test
    void asOfGivesBackExactlyEachEarlierState() throws Exception {
        String created = StoreFixture.xmi(resource);
        Instant t0 = between();

        Account first = portfolio().getAccounts().get(0);
        first.setRegion("改过的区域");
        Contact moved = first.getOrgUnits().get(0).getContacts().get(0);
        first.getOrgUnits().get(1).getContacts().add(0, moved);
        Contact removed = ModelQueries.contactsOf(portfolio().getAccounts().get(1)).get(0);
        EcoreUtil.delete(removed, true);
        Contact added = AtlasFactory.eINSTANCE.createContact();
        added.setName("新人");
        added.setAttitude(Attitude.SUPPORTER);
        added.setReportsTo(ModelQueries.contactsOf(first).get(0));
        first.getOrgUnits().get(0).getContacts().add(added);
        portfolio().getAccounts().get(5).setParent(first);
        resource.save(Map.of(DatabaseResource.OPTION_NOTE, "after the review"));
        String afterFirst = StoreFixture.xmi(resource);
        Instant t1 = between();

        EcoreUtil.delete(portfolio().getAccounts().get(2), true);
        added.setName("新人改名");
        portfolio().getAccounts().move(0, 7);
        resource.save(null);
        String afterSecond = StoreFixture.xmi(resource);
        assertNotEquals(created, afterFirst);

        StoreFixture.assertSameXmi(created, xmiAsOf(t0), "as of before the edits");
        StoreFixture.assertSameXmi(afterFirst, xmiAsOf(t1), "as of between the saves");
        StoreFixture.assertSameXmi(afterSecond, xmiAsOf(Instant.now()), "as of now");
    }

    private String xmiAsOf(Instant moment) throws Exception {
        DatabaseResource past = AtlasDatabase.openAsOf(new ResourceSetImpl(), resource.address(), moment);
        try {
            past.getWarnings().forEach(w -> {
                throw new AssertionError(w.getMessage());
            });
            return StoreFixture.xmi(past);
        } finally {
            past.unload();
        }
    }

    @Test
    void aPastStateCannotBeSavedAndAMomentBeforeTheHistoryIsRefused() throws Exception {
        DatabaseResource past = AtlasDatabase.openAsOf(new ResourceSetImpl(), resource.address(), Instant.now());
        try {
            StoreFixture.portfolio(past).setName("x");
            StoreException refused = assertThrows(StoreException.class, () -> past.save(null));
            assertTrue(refused.getMessage().contains("cannot be changed"), refused.getMessage());
        } finally {
            past.unload();
        }
        portfolio().getAccounts().get(0).setRegion("still open");
        resource.save(null); // closing the view of the past left the open database alone (one Derby per process)
        assertEquals(1, resource.lastSave().updated());
        StoreException before = assertThrows(StoreException.class, () -> AtlasDatabase.openAsOf(new ResourceSetImpl(),
                resource.address(), Instant.parse("2001-01-01T00:00:00Z")));
        assertTrue(before.getMessage().contains("history of"), before.getMessage());
    }

    @Test
    void eachChangedFieldIsRecordedWithItsOldAndNewValueAuthorAndNote() throws Exception {
        Account account = portfolio().getAccounts().get(4);
        String oldRegion = account.getRegion();
        account.setRegion("新区域");
        Contact gone = ModelQueries.contactsOf(account).get(0);
        String goneName = gone.getName();
        EcoreUtil.delete(gone, true);
        resource.save(Map.of(DatabaseResource.OPTION_NOTE, "季度回顾"));

        List<HistoryEntry> entries = resource.history(new HistoryQuery(null, account.getId(), null, null));
        HistoryEntry region = entries.stream().filter(e -> e.feature().equals("region")).findFirst().orElseThrow();
        assertEquals(oldRegion == null ? "" : oldRegion, region.oldValue());
        assertEquals("新区域", region.newValue());
        assertEquals("季度回顾", region.note());
        assertEquals(account.getName(), region.element());
        assertTrue(!region.author().isBlank() && region.at() != null, region.toString());
        assertTrue(entries.stream().anyMatch(e -> e.feature().equals("(deleted)") && e.element().equals(goneName)),
                "a deleted contact is named as it was");
        List<HistoryEntry> ofGone = resource.history(new HistoryQuery(java.util.Set.of(gone.getId()), null, null, null));
        assertTrue(ofGone.size() > 2, "its values are kept: " + ofGone);
    }

    @Test
    void namesFullOfQuotesSemicolonsAndSqlAreStoredAsTheyAre() throws Exception {
        List<String> hostile = List.of("O'Brien \"The Boss\"; --", "'); DROP TABLE \"ATLAS_ACCOUNT\"; --",
                "Robert'); DELETE FROM \"ATLAS_CHANGE\" WHERE ('1'='1", "\\\\ \\' %_ $1 ?", "名字'||chr(59)||'");
        List<Account> accounts = portfolio().getAccounts();
        for (int i = 0; i < hostile.size(); i++) {
            accounts.get(i).setName(hostile.get(i));
            accounts.get(i).setRegion(hostile.get((i + 1) % hostile.size()));
        }
        resource.save(Map.of(DatabaseResource.OPTION_NOTE, hostile.get(1)));
        resource = StoreFixture.reopen(resource);
        for (int i = 0; i < hostile.size(); i++) {
            assertEquals(hostile.get(i), portfolio().getAccounts().get(i).getName());
            assertEquals(hostile.get((i + 1) % hostile.size()), portfolio().getAccounts().get(i).getRegion());
        }
        assertEquals(42, portfolio().getAccounts().size());
        assertTrue(resource.history(HistoryQuery.all()).stream().anyMatch(e -> hostile.get(2).equals(e.newValue())));
        assertTrue(resource.history(new HistoryQuery(java.util.Set.of(hostile.get(1)), hostile.get(2), null, null))
                .isEmpty(), "hostile query parameters match nothing and break nothing");
    }
}
