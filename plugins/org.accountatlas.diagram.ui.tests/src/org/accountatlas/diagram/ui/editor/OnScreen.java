package org.accountatlas.diagram.ui.editor;

import java.util.concurrent.Callable;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.RepresentationEditorInput;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.representation.Representation;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** The running workbench for the tests: its session once the database is open, and steps on its UI thread. */
public final class OnScreen {

    private OnScreen() {
    }

    /** The workbench's session once its database is open (waiting up to a minute). */
    public static AtlasSession session() throws InterruptedException {
        for (int tries = 0; tries < 600; tries++) {
            AtlasSession session = ActiveSession.get();
            if (session != null && session.resource() != null) {
                return session;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the workbench did not open its database within a minute");
    }

    /** Runs the step on the UI thread, then lets the UI finish what it posted (editors redraw after commands). */
    static <T> T get(Callable<T> step) {
        Object[] outcome = new Object[2];
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            try {
                outcome[0] = step.call();
                while (display.readAndDispatch()) {
                    // drain the asyncExecs the step caused
                }
            } catch (Throwable failure) {
                outcome[1] = failure;
            }
        });
        if (outcome[1] instanceof Error error) {
            throw error;
        }
        if (outcome[1] instanceof Throwable failure) {
            throw new AssertionError(failure);
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }

    static void run(ThrowingStep step) {
        get(() -> {
            step.run();
            return null;
        });
    }

    interface ThrowingStep {
        void run() throws Exception;
    }

    /** Opens the diagram of that name in its editor. */
    static DiagramEditor open(AtlasSession session, String name) {
        Representation representation = DiagramService.named(session.resource(), name);
        return get(() -> (DiagramEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .openEditor(new RepresentationEditorInput(representation), DiagramEditor.ID, true));
    }
}
