package org.accountatlas.diagram.ui.internal.canvas;

import java.util.List;

import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas.Drag;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas.Drag.Kind;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/** The mouse on the diagram: what a press starts, what moving shows, what releasing asks the editor for. */
final class CanvasMouse {

    /** Pixels the pointer must travel before a press on a node becomes a move. */
    private static final int THRESHOLD = 3;

    private final DiagramCanvas canvas;

    CanvasMouse(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    void down(Event e) {
        canvas.setFocus();
        double x = canvas.toSceneX(e.x);
        double y = canvas.toSceneY(e.y);
        Scene scene = canvas.scene();
        if (e.button == 2 || e.button == 1 && canvas.spaceDown()) {
            canvas.setDrag(new Drag(Kind.PAN, x, y, x, y, null, null, false, e.x, e.y));
            return;
        }
        if (e.button != 1) {
            selectUnderPointer(x, y, false); // the context menu acts on what was right-clicked
            return;
        }
        Scene.Box box = HitTest.boxAt(scene, x, y);
        switch (canvas.mode()) {
            case CREATE -> {
                canvas.listener().clicked(box, x, y);
                return;
            }
            case CONNECT -> {
                if (box != null && !box.container()) {
                    canvas.setDrag(new Drag(Kind.CONNECT, x, y, x, y, box, null, false, e.x, e.y));
                }
                return;
            }
            case SELECT -> {
                // handled below
            }
        }
        Drag handle = handleAt(e.x, e.y, x, y);
        if (handle != null) {
            canvas.setDrag(handle);
            return;
        }
        boolean adding = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        if (box != null) {
            if (adding) {
                canvas.toggle(box.element());
            } else if (!canvas.isSelected(box.element())) {
                canvas.select(List.of(box.element()));
            }
            canvas.setDrag(new Drag(Kind.PENDING_MOVE, x, y, x, y, box, null, false, e.x, e.y));
            return;
        }
        Scene.Line line = HitTest.lineAt(scene, x, y, 4 / canvas.zoom());
        if (line != null) {
            if (adding) {
                canvas.toggle(line.element());
            } else {
                canvas.select(List.of(line.element()));
            }
            return;
        }
        if (!adding) {
            canvas.select(List.of());
        }
        canvas.setDrag(new Drag(Kind.RUBBER, x, y, x, y, null, null, false, e.x, e.y));
    }

    private void selectUnderPointer(double x, double y, boolean adding) {
        Scene.Box box = HitTest.boxAt(canvas.scene(), x, y);
        DElement element = box != null ? box.element() : null;
        if (element == null) {
            Scene.Line line = HitTest.lineAt(canvas.scene(), x, y, 4 / canvas.zoom());
            element = line == null ? null : line.element();
        }
        if (element != null && !canvas.isSelected(element) && !adding) {
            canvas.select(List.of(element));
        }
    }

    /** The resize handle of the one selected node, or an end of the one selected line, under the pointer. */
    private Drag handleAt(int screenX, int screenY, double x, double y) {
        List<DElement> selected = canvas.selection();
        if (selected.size() != 1) {
            return null;
        }
        int reach = DiagramCanvas.handle();
        if (selected.get(0) instanceof DNode node && canvas.boxOf(node) instanceof Scene.Box box) {
            int hx = canvas.toScreenX(box.x() + box.width());
            int hy = canvas.toScreenY(box.y() + box.height());
            if (Math.abs(screenX - hx) <= reach && Math.abs(screenY - hy) <= reach) {
                return new Drag(Kind.RESIZE, x, y, x, y, box, null, false, screenX, screenY);
            }
        }
        Scene.Line line = canvas.lineOf(selected.get(0));
        if (line != null) {
            for (boolean sourceEnd : new boolean[] { true, false }) {
                double[] end = sourceEnd ? line.points().get(0) : line.points().get(line.points().size() - 1);
                if (Math.abs(screenX - canvas.toScreenX(end[0])) <= reach
                        && Math.abs(screenY - canvas.toScreenY(end[1])) <= reach) {
                    return new Drag(Kind.RECONNECT, x, y, x, y, null, line, sourceEnd, screenX, screenY);
                }
            }
        }
        return null;
    }

    void move(Event e) {
        Drag drag = canvas.drag();
        if (drag == null) {
            return;
        }
        if (drag.kind() == Kind.PAN) {
            canvas.scrollBy(drag.screenX() - e.x, drag.screenY() - e.y);
            canvas.setDrag(new Drag(Kind.PAN, 0, 0, 0, 0, null, null, false, e.x, e.y));
            return;
        }
        Drag moved = drag.to(canvas.toSceneX(e.x), canvas.toSceneY(e.y));
        if (moved.kind() == Kind.PENDING_MOVE
                && Math.max(Math.abs(e.x - drag.screenX()), Math.abs(e.y - drag.screenY())) >= THRESHOLD) {
            moved = moved.as(Kind.MOVE);
        }
        canvas.setDrag(moved);
    }

    void up(Event e) {
        Drag drag = canvas.drag();
        canvas.setDrag(null);
        if (drag == null || e.button == 3) {
            return;
        }
        double x = canvas.toSceneX(e.x);
        double y = canvas.toSceneY(e.y);
        DiagramCanvas.Listener listener = canvas.listener();
        Scene.Box under = HitTest.boxAt(canvas.scene(), x, y);
        switch (drag.kind()) {
            case MOVE -> {
                List<DNode> nodes = movable();
                if (!nodes.isEmpty()) {
                    listener.moved(nodes, x - drag.startX(), y - drag.startY());
                }
            }
            case RESIZE -> listener.resized((DNode) drag.box().element(), drag.box().width() + x - drag.startX(),
                    drag.box().height() + y - drag.startY());
            case RUBBER -> {
                List<DElement> enclosed = HitTest.inside(canvas.scene(), drag.startX(), drag.startY(), x, y).stream()
                        .map(b -> (DElement) b.element()).toList();
                if (!enclosed.isEmpty() || (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
                    List<DElement> all = new java.util.ArrayList<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0
                            ? canvas.selection() : List.of());
                    enclosed.stream().filter(el -> !all.contains(el)).forEach(all::add);
                    canvas.select(all);
                }
            }
            case CONNECT -> {
                if (under != null && under != drag.box()) {
                    listener.connected(drag.box(), under);
                }
            }
            case RECONNECT -> {
                if (under != null) {
                    listener.reconnected(drag.line(), drag.sourceEnd(), under);
                }
            }
            case PENDING_MOVE, PAN -> {
                // a click: the selection is already made
            }
        }
    }

    /** The selected nodes, without those whose container is selected too (it moves them along). */
    private List<DNode> movable() {
        List<DElement> selected = canvas.selection();
        return selected.stream().filter(DNode.class::isInstance).map(DNode.class::cast)
                .filter(n -> !(n.eContainer() instanceof DNode parent && selected.contains(parent))).toList();
    }

    void doubleClick(Event e) {
        if (e.button != 1 || canvas.mode() != DiagramCanvas.Mode.SELECT) {
            return;
        }
        double x = canvas.toSceneX(e.x);
        double y = canvas.toSceneY(e.y);
        Scene.Box box = HitTest.boxAt(canvas.scene(), x, y);
        if (box != null) {
            canvas.listener().directEdit(box.element());
        }
    }

    /** Decorated nodes say what is wrong and what to do. */
    void hover(Event e) {
        Scene.Box box = HitTest.boxAt(canvas.scene(), canvas.toSceneX(e.x), canvas.toSceneY(e.y));
        List<String> problems = box == null ? List.of() : canvas.decorationsOf(box);
        canvas.setToolTipText(problems.isEmpty() ? null : String.join("\n", problems));
    }
}
