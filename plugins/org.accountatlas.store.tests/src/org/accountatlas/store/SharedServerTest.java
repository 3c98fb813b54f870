package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.store.testing.ThrowawayPostgres;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two people on one portfolio on a PostgreSQL server: what both save lands, what contradicts is caught. */
class SharedServerTest {

    private DatabaseResource mine;
    private DatabaseResource theirs;

    @BeforeEach
    void twoClients() throws Exception {
        mine = StoreFixture.reopen(StoreFixture.createSample(StoreFixture.serverDatabase()));
        theirs = StoreFixture.another(mine);
    }

    @AfterEach
    void close() {
        mine.unload();
        theirs.unload();
    }

    /** What a third client, opening the database now, reads. */
    @FunctionalInterface
    private interface Check {
        void on(DatabaseResource reread) throws Exception;
    }

    private void inAnotherClient(Check check) throws Exception {
        DatabaseResource reread = StoreFixture.another(mine);
        try {
            check.on(reread);
        } finally {
            reread.unload();
        }
    }

    private static Account account(DatabaseResource resource, int index) {
        return StoreFixture.portfolio(resource).getAccounts().get(index);
    }

    private static Contact contact(DatabaseResource resource, int account, int index) {
        return ModelQueries.contactsOf(account(resource, account)).get(index);
    }

    @Test
    void editsOfDifferentObjectsBothLand() throws Exception {
        account(mine, 1).setRegion("华南区(我)");
        account(theirs, 2).setRegion("西北区(他们)");
        mine.save(null);
        theirs.save(null);
        inAnotherClient(reread -> {
            assertEquals("华南区(我)", account(reread, 1).getRegion());
            assertEquals("西北区(他们)", account(reread, 2).getRegion());
        });
    }

    @Test
    void editsOfDifferentFeaturesOfOneObjectAreMerged() throws Exception {
        account(mine, 3).setRegion("华南区(我)");
        account(theirs, 3).setIndustry("光伏");
        theirs.save(null);
        mine.save(null);
        inAnotherClient(reread -> {
            assertEquals("华南区(我)", account(reread, 3).getRegion());
            assertEquals("光伏", account(reread, 3).getIndustry());
        });
    }

    @Test
    void theSameFieldIsAConflictThatRefusesTheWholeSave() throws Exception {
        String name = account(mine, 4).getName();
        account(theirs, 4).setRegion("西北区(他们)");
        theirs.save(null);
        account(mine, 4).setRegion("华南区(我)");
        account(mine, 5).setRegion("东北"); // not contradicted, but nothing is written while anything is
        SaveConflictException refused = assertThrows(SaveConflictException.class, () -> mine.save(null));
        assertEquals(1, refused.conflicts().size(), refused.getMessage());
        SaveConflict conflict = refused.conflicts().get(0);
        assertEquals(name, conflict.element());
        assertEquals("region", conflict.feature());
        assertEquals("华南区(我)", conflict.mine());
        assertEquals("西北区(他们)", conflict.theirs());
        assertEquals(ThrowawayPostgres.SUPERUSER, conflict.who());
        assertNotNull(conflict.when());
        assertTrue(mine.isModified(), "the edits are kept");
        inAnotherClient(reread -> {
            assertEquals("西北区(他们)", account(reread, 4).getRegion());
            assertFalse("东北".equals(account(reread, 5).getRegion()), "nothing of the refused save was written");
        });

        mine.resolve(Map.of(conflict, true));
        mine.save(null);
        inAnotherClient(reread -> {
            assertEquals("华南区(我)", account(reread, 4).getRegion(), "kept mine");
            assertEquals("东北", account(reread, 5).getRegion());
        });
    }

    @Test
    void takingTheirsBringsTheirValueInAndSavesTheRest() throws Exception {
        account(theirs, 6).setRegion("西北区(他们)");
        theirs.save(null);
        account(mine, 6).setRegion("华南区(我)");
        account(mine, 7).setRegion("东北");
        SaveConflictException refused = assertThrows(SaveConflictException.class, () -> mine.save(null));
        mine.resolve(Map.of(refused.conflicts().get(0), false));
        assertEquals("西北区(他们)", account(mine, 6).getRegion(), "theirs is shown");
        mine.save(null);
        inAnotherClient(reread -> {
            assertEquals("西北区(他们)", account(reread, 6).getRegion());
            assertEquals("东北", account(reread, 7).getRegion());
        });
    }

    @Test
    void editingWhatAnotherDeletedIsAConflict() throws Exception {
        Contact gone = contact(theirs, 0, 2);
        String name = gone.getName();
        EcoreUtil.delete(gone, true);
        theirs.save(null);
        contact(mine, 0, 2).setTitle("总监");
        SaveConflictException refused = assertThrows(SaveConflictException.class, () -> mine.save(null));
        SaveConflict conflict = refused.conflicts().get(0);
        assertEquals(SaveConflict.Kind.EDITED_WHAT_THEY_DELETED, conflict.kind());
        assertEquals(name, conflict.element());
        assertEquals("deleted", conflict.theirs());

        mine.resolve(Map.of(conflict, true)); // keep mine: the contact comes back
        mine.save(null);
        inAnotherClient(reread -> {
            assertTrue(ModelQueries.contactsOf(account(reread, 0)).stream().anyMatch(c -> name.equals(c.getName())
                    && "总监".equals(c.getTitle())));
        });
    }

    @Test
    void addingToWhatAnotherDeletedIsAConflict() throws Exception {
        OrgUnit gone = account(theirs, 0).getOrgUnits().get(1);
        String unitName = gone.getName();
        EcoreUtil.delete(gone, true);
        theirs.save(null);
        Contact added = AtlasFactory.eINSTANCE.createContact();
        added.setName("新同事");
        account(mine, 0).getOrgUnits().get(1).getContacts().add(added);
        SaveConflictException refused = assertThrows(SaveConflictException.class, () -> mine.save(null));
        SaveConflict conflict = refused.conflicts().get(0);
        assertEquals(unitName, conflict.element());
        assertEquals("added 新同事", conflict.mine());
        mine.resolve(Map.of(conflict, true)); // keep mine: the department comes back with the new colleague
        mine.save(null);
        inAnotherClient(reread -> assertTrue(account(reread, 0).getOrgUnits().stream().anyMatch(u -> unitName.equals(
                u.getName()) && u.getContacts().stream().anyMatch(c -> "新同事".equals(c.getName())))));
    }

    @Test
    void deletingWhatAnotherEditedIsAConflictAndTakingTheirsPutsItBack() throws Exception {
        contact(theirs, 1, 1).setTitle("副总裁");
        theirs.save(null);
        Contact doomed = contact(mine, 1, 1);
        String name = doomed.getName();
        EcoreUtil.remove(doomed);
        SaveConflictException refused = assertThrows(SaveConflictException.class, () -> mine.save(null));
        SaveConflict conflict = refused.conflicts().get(0);
        assertEquals(SaveConflict.Kind.DELETED_WHAT_THEY_EDITED, conflict.kind());
        mine.resolve(Map.of(conflict, false));
        Contact back = ModelQueries.contactsOf(account(mine, 1)).stream().filter(c -> name.equals(c.getName()))
                .findFirst().orElseThrow();
        assertEquals("副总裁", back.getTitle(), "their edit is in");
        mine.save(null);
        inAnotherClient(reread -> {
            assertTrue(ModelQueries.contactsOf(account(reread, 1)).stream().anyMatch(c -> name.equals(c.getName())));
        });
    }

    @Test
    void refreshBringsTheOthersWorkInAndKeepsUnsavedEdits() throws Exception {
        account(mine, 8).setRegion("华南区(我)"); // unsaved here
        account(theirs, 8).setIndustry("光伏");
        account(theirs, 8).setRegion("西北区(他们)");
        account(theirs, 9).setName("新名字集团");
        OrgUnit unit = account(theirs, 10).getOrgUnits().get(0);
        Contact joined = AtlasFactory.eINSTANCE.createContact();
        joined.setName("新来的");
        unit.getContacts().add(joined);
        Contact left = contact(theirs, 11, 0);
        String leftName = left.getName();
        EcoreUtil.delete(left, true);
        theirs.save(null);

        List<RemoteChange> changes = mine.refresh();
        assertFalse(changes.isEmpty());
        assertTrue(changes.stream().allMatch(c -> ThrowawayPostgres.SUPERUSER.equals(c.who())), changes.toString());
        assertEquals("光伏", account(mine, 8).getIndustry());
        assertEquals("华南区(我)", account(mine, 8).getRegion(), "my unsaved edit wins here");
        assertEquals("新名字集团", account(mine, 9).getName());
        assertTrue(ModelQueries.contactsOf(account(mine, 10)).stream().anyMatch(c -> "新来的".equals(c.getName())));
        assertTrue(ModelQueries.contactsOf(account(mine, 11)).stream().noneMatch(c -> leftName.equals(c.getName())));
        assertTrue(mine.isModified());
        assertTrue(mine.refresh().isEmpty(), "seen once");

        SaveConflictException refused = assertThrows(SaveConflictException.class, () -> mine.save(null));
        assertEquals("region", refused.conflicts().get(0).feature());
    }

    @Test
    void aServerRestartUnderUnsavedEditsIsSurvived() throws Exception {
        account(mine, 12).setRegion("华南区(我)");
        ThrowawayPostgres.shared().restart();
        mine.save(null);
        inAnotherClient(reread -> {
            assertEquals("华南区(我)", account(reread, 12).getRegion());
        });
    }

    @Test
    void anUnreachableServerKeepsTheEditsAndSaysSo() throws Exception {
        account(mine, 13).setRegion("华南区(我)");
        ThrowawayPostgres.shared().stop();
        try {
            StoreException failed = assertThrows(StoreException.class, () -> mine.save(null));
            assertTrue(failed.getMessage().contains("cannot be reached") && failed.getMessage().contains("kept"),
                    failed.getMessage());
            assertTrue(mine.isModified());
        } finally {
            ThrowawayPostgres.shared().start();
        }
        mine.save(null);
        inAnotherClient(reread -> {
            assertEquals("华南区(我)", account(reread, 13).getRegion());
        });
    }

    @Test
    void aViewerIsRefusedBeforeAnythingIsSentAndAPlannerMayEdit() throws Exception {
        DatabaseAddress.Server server = (DatabaseAddress.Server) mine.address();
        ServerSetup.initialize(server);
        String suffix = server.database();
        ThrowawayPostgres.shared().createUser("viewer_" + suffix, "v-" + suffix, ServerSetup.VIEWER);
        ThrowawayPostgres.shared().createUser("planner_" + suffix, "p-" + suffix, ServerSetup.PLANNER);
        DatabaseResource viewer = AtlasDatabase.open(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(),
                server.withUser("viewer_" + suffix));
        try {
            assertFalse(viewer.isWritable());
            account(viewer, 14).setRegion("不该写入");
            StoreException refused = assertThrows(StoreException.class, () -> viewer.save(null));
            assertTrue(refused.getMessage().contains("may only read") && refused.getMessage().contains("nothing was sent"),
                    refused.getMessage());
        } finally {
            viewer.unload();
        }
        DatabaseResource planner = AtlasDatabase.open(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(),
                server.withUser("planner_" + suffix));
        try {
            assertTrue(planner.isWritable());
            account(planner, 14).setRegion("规划者");
            planner.save(null);
            assertEquals("planner_" + suffix, planner.history(HistoryQuery.all()).getLast().author());
        } finally {
            planner.unload();
        }
    }

    @Test
    void wrongOrMissingPasswordsAreNamedAndNothingIsOpened() throws Exception {
        DatabaseAddress.Server server = (DatabaseAddress.Server) mine.address();
        String user = "nopass_" + server.database();
        ThrowawayPostgres.shared().createUser(user, "right-one");
        ThrowawayPostgres.shared().answerWith(user, "wrong-one");
        StoreException wrong = assertThrows(StoreException.class, () -> AtlasDatabase.open(
                new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), server.withUser(user)));
        assertTrue(wrong.getMessage().contains("wrong user name or password"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("wrong-one"), "the password is never in a message");
        ThrowawayPostgres.shared().answerWith(user, null);
        StoreException none = assertThrows(StoreException.class, () -> AtlasDatabase.open(
                new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), server.withUser(user)));
        assertTrue(none.getMessage().contains("password"), none.getMessage());
    }
}
