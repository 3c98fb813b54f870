package org.accountatlas.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.store.AtlasDatabase;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** An invalid value shows up as a problem; double-clicking it selects the element; fixing it clears the list. */
class ProblemsViewTest {

    @Test
    void problemsAppearAndLeadToTheirElement() throws Exception {
        AtlasSession session = OpenedSession.await();
        Account account = AtlasDatabase.portfolioOf(session.resource()).getAccounts().get(3);
        AtomicReference<ProblemsView> view = new AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            try {
                view.set((ProblemsView) page.showView(ProblemsView.ID));
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
            session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(), account,
                    AtlasPackage.Literals.ACCOUNT__OWNERSHIP_PERCENT, 150.0));
        });
        try {
            List<Diagnostic> problems = validate(view.get());
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).getMessage().contains("150%"), problems.get(0).getMessage());

            PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
                view.get().reveal(problems.get(0));
                AtlasExplorerView explorer = (AtlasExplorerView) PlatformUI.getWorkbench().getWorkbenchWindows()[0]
                        .getActivePage().findView(AtlasExplorerView.ID);
                assertSame(account, ((IStructuredSelection) explorer.viewer().getSelection()).getFirstElement());
            });
        } finally {
            PlatformUI.getWorkbench().getDisplay().syncExec(() -> session.editingDomain().getCommandStack().undo());
        }
        assertEquals(List.of(), validate(view.get()));
    }

    @SuppressWarnings("unchecked")
    private static List<Diagnostic> validate(ProblemsView view) throws InterruptedException {
        AtomicReference<org.eclipse.core.runtime.jobs.Job> job = new AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            view.viewer().setInput(null);
            job.set(view.validate());
        });
        job.get().join();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        AtomicReference<Object> input = new AtomicReference<>();
        while (input.get() == null && System.nanoTime() < deadline) {
            PlatformUI.getWorkbench().getDisplay().syncExec(() -> input.set(view.viewer().getInput()));
            Thread.sleep(50);
        }
        return (List<Diagnostic>) input.get();
    }
}
