package org.accountatlas.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.app.Ui;
import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.DatabaseResource;
import org.accountatlas.store.HistoryEntry;
import org.accountatlas.store.testing.ThrowawayPostgres;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.SessionSaveable;
import org.accountatlas.ui.UiMessages;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The team features as a user reaches them: History, the map as of a change, others' saves, conflicts. */
class TeamWorkbenchTest {

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    private static void setRegion(AtlasSession session, Account account, String region) {
        session.commandStack().execute(SetCommand.create(session.editingDomain(), account,
                AtlasPackage.Literals.ACCOUNT__REGION, region));
    }

    @Test
    void historyListsASavedEditAndOpensTheMapAsItWasThen() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account account = session.portfolio().getAccounts().get(0);
        String region = "历史视图-" + System.nanoTime();
        Ui.run(() -> setRegion(session, account, region));
        assertTrue(Ui.call(() -> ActiveSession.saveable().save(page().getWorkbenchWindow().getShell())));

        HistoryView view = Ui.call(() -> (HistoryView) page().showView(HistoryView.ID));
        Ui.run(() -> view.show(account));
        List<HistoryEntry> entries = Ui.call(view::entries);
        HistoryEntry newest = entries.get(0);
        assertEquals("region", newest.feature());
        assertEquals(region, newest.newValue());
        assertEquals(account.getName(), newest.element());

        AsOfEditor asOf = Ui.call(() -> AsOfEditor.open(page(), account, newest.at()));
        Ui.await("the map as of the change is drawn", () -> asOf.scene() != null);
        assertTrue(asOf.scene().boxes().size() > 5, "the account's map, not an empty page");
        Ui.run(() -> page().closeEditor(asOf, false));
    }


    @Test
    void othersSavesArriveAndAConflictIsSettledInTheDialog() throws Exception {
        DatabaseAddress.Server address = ThrowawayPostgres.sharedOrSkip().newDatabase("workbench");
        AtlasSession.createWithSample(address, new DiagramService(new Java2DMeasurer()), new Date());
        AtlasSession mine = new AtlasSession(address, new DiagramService(new Java2DMeasurer())).open(null);
        DatabaseResource theirs = AtlasDatabase.open(new ResourceSetImpl(), address);
        try {
            List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
            TeamRefresh refresh = Ui.call(() -> TeamRefresh.startIfShared(PlatformUI.getWorkbench().getDisplay(), mine,
                    said::add));
            AtlasDatabase.portfolioOf(theirs).getAccounts().get(3).setIndustry("他们改的行业");
            theirs.save(null);
            Ui.await("their save arrives", () -> "他们改的行业".equals(mine.portfolio().getAccounts().get(3).getIndustry()));
            Ui.await("the status line says who changed what", () -> said.stream().anyMatch(m -> m.contains(
                    ThrowawayPostgres.SUPERUSER) && m.contains(mine.portfolio().getAccounts().get(3).getName())
                    && m.contains("industry")));
            refresh.stop(); // the rest of the test saves and settles by hand

            AtlasDatabase.portfolioOf(theirs).getAccounts().get(4).setRegion("他们的区域");
            theirs.save(null);
            Account contested = mine.portfolio().getAccounts().get(4);
            Ui.run(() -> setRegion(mine, contested, "我的区域"));
            Ui.run(() -> setRegion(mine, mine.portfolio().getAccounts().get(5), "也要保存"));

            SessionSaveable saveable = new SessionSaveable(mine);
            AtomicReference<Boolean> saved = new AtomicReference<>();
            Shell window = Ui.call(() -> page().getWorkbenchWindow().getShell());
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> saved.set(saveable.save(window)));
            Ui.await("the conflict dialog", () -> conflictShell() != null);
            Ui.run(() -> {
                Shell dialog = conflictShell();
                CCombo choice = find(dialog, CCombo.class, null);
                choice.select(1); // take theirs
                choice.notifyListeners(SWT.Selection, new Event());
                find(dialog, Button.class, UiMessages.Conflict_saveAgain).notifyListeners(SWT.Selection, new Event());
            });
            Ui.await("saved after settling", () -> Boolean.TRUE.equals(saved.get()));
            assertEquals("他们的区域", contested.getRegion(), "theirs is shown");
            DatabaseResource reread = AtlasDatabase.open(new ResourceSetImpl(), address);
            try {
                assertEquals("他们的区域", AtlasDatabase.portfolioOf(reread).getAccounts().get(4).getRegion());
                assertEquals("也要保存", AtlasDatabase.portfolioOf(reread).getAccounts().get(5).getRegion());
            } finally {
                reread.unload();
            }
        } finally {
            theirs.unload();
            mine.close();
        }
    }

    private static Shell conflictShell() {
        for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && UiMessages.Conflict_title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, String text) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && (text == null || child instanceof Button b && text.equals(b.getText()))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
