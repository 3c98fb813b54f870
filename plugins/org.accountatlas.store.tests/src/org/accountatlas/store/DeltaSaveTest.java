package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeltaSaveTest {

    @TempDir
    Path dir;

    private DatabaseResource resource;

    @BeforeEach
    void sample() throws Exception {
        resource = StoreFixture.reopen(StoreFixture.createSample(newAddress()));
    }

    /** Where the test's database goes: a directory here, a server database in the subclass for PostgreSQL. */
    DatabaseAddress newAddress() throws Exception {
        return new DatabaseAddress.Embedded(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        resource.unload();
    }

    @Test
    void oneAttributeChangeWritesOneRow() throws Exception {
        Account account = StoreFixture.portfolio(resource).getAccounts().get(5);
        account.setRegion("西南");
        assertTrue(resource.isModified());
        resource.save(null);
        assertEquals(1, resource.lastSave().rowsWritten());
        assertEquals(1, resource.lastSave().updated());
        assertFalse(resource.isModified());

        resource = StoreFixture.reopen(resource);
        assertEquals("西南", StoreFixture.portfolio(resource).getAccounts().get(5).getRegion());
    }

    @Test
    void savingWithoutChangesWritesNothing() throws Exception {
        resource.save(null);
        assertEquals(0, resource.lastSave().rowsWritten());
    }

    @Test
    void anAppendedContactIsOneInsertAndKeepsItsPlace() throws Exception {
        OrgUnit unit = StoreFixture.portfolio(resource).getAccounts().get(0).getOrgUnits().get(1);
        Contact contact = AtlasFactory.eINSTANCE.createContact();
        contact.setName("New Person");
        contact.setReportsTo(unit.getContacts().get(0));
        unit.getContacts().add(contact);
        resource.save(null);
        assertEquals(1, resource.lastSave().inserted());
        assertEquals(1, resource.lastSave().rowsWritten());
        String id = EcoreUtil.getID(contact);

        resource = StoreFixture.reopen(resource);
        OrgUnit reloaded = StoreFixture.portfolio(resource).getAccounts().get(0).getOrgUnits().get(1);
        Contact last = reloaded.getContacts().get(reloaded.getContacts().size() - 1);
        assertEquals(id, last.getId());
        assertSame(reloaded.getContacts().get(0), last.getReportsTo());
    }

    @Test
    void insertingAtTheFrontRewritesNoSibling() throws Exception {
        OrgUnit unit = StoreFixture.portfolio(resource).getAccounts().get(0).getOrgUnits().get(0);
        Contact first = AtlasFactory.eINSTANCE.createContact();
        first.setName("First");
        unit.getContacts().add(0, first);
        Contact middle = AtlasFactory.eINSTANCE.createContact();
        middle.setName("Middle");
        unit.getContacts().add(2, middle);
        resource.save(null);
        assertEquals(2, resource.lastSave().inserted());
        assertEquals(0, resource.lastSave().updated());

        resource = StoreFixture.reopen(resource);
        OrgUnit reloaded = StoreFixture.portfolio(resource).getAccounts().get(0).getOrgUnits().get(0);
        assertEquals("First", reloaded.getContacts().get(0).getName());
        assertEquals("Middle", reloaded.getContacts().get(2).getName());
    }

    @Test
    void deletingAnAccountDeletesItsWholeSubtreeAndClearsLinksToIt() throws Exception {
        Portfolio portfolio = StoreFixture.portfolio(resource);
        Account group = portfolio.getAccounts().get(0);
        Account subsidiary = group.getSubsidiaries().get(0);
        int subtree = 1 + (int) count(subsidiary);
        int contacts = ModelQueries.contactsOf(subsidiary).size();
        int children = subsidiary.getSubsidiaries().size();
        EcoreUtil.delete(subsidiary);
        resource.save(null);
        assertEquals(subtree, resource.lastSave().deleted());
        assertEquals(children, resource.lastSave().updated(), "children lose their parent");

        resource = StoreFixture.reopen(resource);
        assertEquals(41, StoreFixture.portfolio(resource).getAccounts().size());
        assertNotEquals(0, contacts);
        assertEquals(224 - contacts, count(StoreFixture.portfolio(resource), org.accountatlas.model.AtlasPackage.Literals.CONTACT));
    }

    @Test
    void movingWithinAListRewritesOnlyTheMovedElement() throws Exception {
        Portfolio portfolio = StoreFixture.portfolio(resource);
        Account last = portfolio.getAccounts().get(41);
        portfolio.getAccounts().move(0, 41);
        resource.save(null);
        assertEquals(1, resource.lastSave().rowsWritten());

        resource = StoreFixture.reopen(resource);
        assertEquals(last.getId(), StoreFixture.portfolio(resource).getAccounts().get(0).getId());
    }

    @Test
    void reparentingAnAccountIsOneUpdate() throws Exception {
        Portfolio portfolio = StoreFixture.portfolio(resource);
        Account moved = portfolio.getAccounts().get(3);
        Account newParent = portfolio.getAccounts().get(20);
        moved.setParent(newParent);
        resource.save(null);
        assertEquals(1, resource.lastSave().rowsWritten());

        resource = StoreFixture.reopen(resource);
        Account reloaded = StoreFixture.portfolio(resource).getAccounts().get(3);
        assertEquals(newParent.getId(), reloaded.getParent().getId());
        assertTrue(reloaded.getParent().getSubsidiaries().contains(reloaded));
    }

    @Test
    void aPastedCopyGetsNewIdsInsteadOfCollidingWithItsOriginal() throws Exception {
        Portfolio portfolio = StoreFixture.portfolio(resource);
        Account original = portfolio.getAccounts().get(41);
        Account copy = EcoreUtil.copy(original);
        assertEquals(original.getId(), copy.getId());
        portfolio.getAccounts().add(copy);
        resource.save(null);
        assertNotEquals(original.getId(), copy.getId());

        resource = StoreFixture.reopen(resource);
        assertEquals(43, StoreFixture.portfolio(resource).getAccounts().size());
    }

    @Test
    void undoingARemovalBeforeSavingWritesNothing() throws Exception {
        Portfolio portfolio = StoreFixture.portfolio(resource);
        Account account = portfolio.getAccounts().remove(41);
        assertNull(account.eResource());
        portfolio.getAccounts().add(account);
        resource.save(null);
        assertEquals(0, resource.lastSave().deleted());
        assertEquals(0, resource.lastSave().inserted());
    }

    private static long count(org.eclipse.emf.ecore.EObject root) {
        long n = 0;
        for (var it = root.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static long count(Portfolio portfolio, org.eclipse.emf.ecore.EClass eClass) {
        long n = 0;
        for (var it = portfolio.eAllContents(); it.hasNext();) {
            if (it.next().eClass() == eClass) {
                n++;
            }
        }
        return n;
    }
}
