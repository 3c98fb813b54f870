package org.accountatlas.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One session for the command line and the workbench: create with the sample, open, edit, save, reload. */
class AtlasSessionTest {

    private static final DiagramService DIAGRAMS = new DiagramService(
            (lines, size, bold) -> new double[] { lines.stream().mapToInt(String::length).max().orElse(0) * size * 0.6,
                lines.size() * size * 1.2 });

    @TempDir
    Path folder;

    @Test
    void aNewDatabaseHoldsTheSampleAndItsDiagramsLaidOut() throws IOException {
        Path database = folder.resolve("portfolio");
        AtlasSession.Created created = AtlasSession.createWithSample(database, DIAGRAMS, new Date());
        assertEquals(15, created.diagrams());
        try (AtlasSession session = new AtlasSession(database, DIAGRAMS).open(new NullProgressMonitor())) {
            assertEquals(created.accounts(), session.portfolio().getAccounts().size());
            assertEquals(15, session.representations().size());
            for (Representation diagram : session.representations()) {
                assertTrue(session.diagrams().scene(diagram).boxes().stream().allMatch(b -> b.element().isPlaced()),
                        diagram.getName() + " laid out");
            }
            assertFalse(session.isDirty());
        }
        IOException again = assertThrows(IOException.class, () -> AtlasSession.createWithSample(database, DIAGRAMS, new Date()));
        assertTrue(again.getMessage().contains(database.toString()) || again.getMessage().contains("already"),
                again.getMessage());
    }

    @Test
    void openingTellsTheWaitingPartsOnceAndCreatesTheSampleOnlyWhenThereIsNone() throws IOException {
        Path database = folder.resolve("first-start");
        List<AtlasSession> told = new ArrayList<>();
        try (AtlasSession session = new AtlasSession(database, DIAGRAMS)) {
            session.whenOpened(told::add);
            assertFalse(session.isOpen());
            session.openOrCreateWithSample(new NullProgressMonitor());
            assertEquals(List.of(session), told);
            session.whenOpened(told::add);
            assertEquals(2, told.size(), "an open session tells at once");
        }
        try (AtlasSession again = new AtlasSession(database, DIAGRAMS).openOrCreateWithSample(null)) {
            assertEquals(15, again.representations().size(), "the existing database, not a second sample");
        }
    }

    @Test
    void aSavedCommandIsInTheDatabaseAndReloadDropsWhatWasNotSaved() throws IOException {
        Path database = folder.resolve("edits");
        AtlasSession.createWithSample(database, DIAGRAMS, new Date());
        try (AtlasSession session = new AtlasSession(database, DIAGRAMS).open(null)) {
            Account first = session.portfolio().getAccounts().get(0);
            session.commandStack().execute(SetCommand.create(session.editingDomain(), first,
                    AtlasPackage.Literals.NAMED_ELEMENT__NAME, "Saved name"));
            assertTrue(session.isDirty());
            session.save();
            session.saved();
            assertFalse(session.isDirty());

            session.commandStack().execute(SetCommand.create(session.editingDomain(),
                    session.portfolio().getAccounts().get(0), AtlasPackage.Literals.NAMED_ELEMENT__NAME, "Unsaved"));
            session.reload(null);
            Account reread = session.portfolio().getAccounts().get(0);
            assertNotSame(first, reread, "objects are read anew");
            assertEquals("Saved name", reread.getName());
            assertFalse(session.isDirty());
            assertFalse(session.commandStack().canUndo(), "nothing left to undo from before the reload");
        }
        try (AtlasSession other = new AtlasSession(database, DIAGRAMS).open(null)) {
            assertEquals("Saved name", other.portfolio().getAccounts().get(0).getName());
        }
    }

    @Test
    void modelChangesReachTheListenersOfTheCommandStack() throws IOException {
        Path database = folder.resolve("listeners");
        AtlasSession.createWithSample(database, DIAGRAMS, new Date());
        try (AtlasSession session = new AtlasSession(database, DIAGRAMS).open(null)) {
            Account first = session.portfolio().getAccounts().get(0);
            List<Boolean> heard = new ArrayList<>();
            session.commandStack().addFollowUp((executed, changes) -> {
                heard.add(changes.stream().anyMatch(n -> n.getNotifier() == first
                        && n.getFeature() == AtlasPackage.Literals.NAMED_ELEMENT__NAME && "Heard".equals(n.getNewValue())));
                return null;
            });
            session.commandStack().execute(SetCommand.create(session.editingDomain(), first,
                    AtlasPackage.Literals.NAMED_ELEMENT__NAME, "Heard"));
            assertEquals(List.of(true), heard, "the follow-up runs once and hears the rename");
            session.commandStack().undo();
            assertEquals(1, heard.size(), "undo replays, it does not follow up again");
        }
    }
}
