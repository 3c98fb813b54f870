package org.accountatlas.diagram.ui.internal.canvas;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.accountatlas.diagram.sync.ChangeScope;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.SceneBuilder;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.session.LiveRepresentation;
import org.eclipse.swt.widgets.Display;

/**
 * A representation shown on a canvas and kept up to date with the session at the cost of what concerns it:
 * after a step that changed only the diagram (a move) the scene is rebuilt with the looks it had and the
 * canvas repaints where it differs; after a model change the looks are worked out again and everything is
 * repainted; after a change elsewhere nothing is done. Redraws happen on the UI thread.
 */
public final class ShownDiagram implements AutoCloseable {

    private final Representation representation;
    private final DiagramCanvas canvas;
    private final SceneBuilder scenes;
    private final Predicate<ChangeScope.Effect> stillShown;
    private final Consumer<ChangeScope.Effect> afterwards;
    private final LiveRepresentation live;

    /**
     * Shows the representation on the canvas. {@code stillShown} is asked first after each step (false when
     * the diagram is gone and its viewer closes); {@code afterwards} runs after any redraw.
     */
    public ShownDiagram(AtlasSession session, Representation representation, DiagramCanvas canvas,
            Predicate<ChangeScope.Effect> stillShown, Consumer<ChangeScope.Effect> afterwards) {
        this.representation = representation;
        this.canvas = canvas;
        this.scenes = session.diagrams().sceneBuilder(representation);
        this.stillShown = stillShown;
        this.afterwards = afterwards;
        this.live = new LiveRepresentation(session, representation, this::changed);
    }

    /** Draws the representation as it is now. */
    public void rebuild() {
        canvas.setScene(scenes.build(representation));
    }

    private void changed(ChangeScope.Effect effect) {
        if (canvas.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == null) {
            canvas.getDisplay().asyncExec(() -> changed(effect));
            return;
        }
        if (!stillShown.test(effect)) {
            return;
        }
        if (effect == ChangeScope.Effect.MODEL) {
            scenes.forgetLooks();
        }
        if (effect != ChangeScope.Effect.NONE) {
            rebuild();
        }
        if (effect == ChangeScope.Effect.MODEL) {
            canvas.redraw(); // decorations follow the model, not the scene
        }
        afterwards.accept(effect);
    }

    /** Stops following the session. */
    @Override
    public void close() {
        live.close();
    }
}
