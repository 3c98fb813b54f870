package org.accountatlas.app.start;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accountatlas.app.OpenedSession;
import org.accountatlas.app.Ui;
import org.accountatlas.ui.RepresentationEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The start page a new user sees in the empty editor area: the portfolio at a glance, with links that open. */
class StartPageTest {

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void theStartPageListsTheDiagramsAndALinkOpensOne() throws Exception {
        OpenedSession.await();
        Ui.run(() -> {
            if (page().findEditor(StartInput.INSTANCE) == null) { // another test may have closed it
                try {
                    page().openEditor(StartInput.INSTANCE, StartEditor.ID, false);
                } catch (org.eclipse.ui.PartInitException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        StartEditor start = Ui.call(() -> (StartEditor) page().findEditor(StartInput.INSTANCE));
        List<StartEditor.Target> targets = Ui.call(start::targets);
        StartEditor.Target hierarchy = targets.stream().filter(t -> t.text().equals("华夏钢铁集团 · Account hierarchy"))
                .findFirst().orElseThrow(() -> new AssertionError("links: " + targets));
        Ui.run(() -> hierarchy.open().run());
        IEditorPart opened = Ui.call(() -> page().getActiveEditor());
        assertTrue(opened.getEditorInput() instanceof RepresentationEditorInput input
                && input.representation().getName().equals(hierarchy.text()), "the link opened its diagram");
        Ui.run(() -> page().closeEditor(opened, false));
    }
}
