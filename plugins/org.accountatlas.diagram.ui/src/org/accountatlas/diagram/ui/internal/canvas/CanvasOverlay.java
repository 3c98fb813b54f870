package org.accountatlas.diagram.ui.internal.canvas;

import java.util.List;

import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas.Drag;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * What the canvas draws over the diagram, in screen pixels so it stays thin at any zoom: selection outlines and
 * handles, the warning marks of decorated nodes, and the feedback of a drag (ghosts, band, line being drawn).
 */
final class CanvasOverlay {

    private final DiagramCanvas canvas;
    private final GC gc;
    private final Color accent;
    private final Color warning;

    CanvasOverlay(DiagramCanvas canvas, GC gc) {
        this.canvas = canvas;
        this.gc = gc;
        this.accent = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
        this.warning = canvas.getDisplay().getSystemColor(SWT.COLOR_RED);
    }

    void paint(Drag drag) {
        gc.setAntialias(SWT.ON);
        gc.setLineStyle(SWT.LINE_SOLID);
        for (Scene.Box box : canvas.scene().boxes()) {
            if (!canvas.decorationsOf(box).isEmpty()) {
                mark(box);
            }
        }
        List<DElement> selection = canvas.selection();
        gc.setForeground(accent);
        gc.setBackground(accent);
        gc.setLineWidth(2);
        for (DElement element : selection) {
            Scene.Box box = canvas.boxOf(element);
            if (box != null) {
                gc.drawRectangle(x(box.x()) - 2, y(box.y()) - 2, w(box.width()) + 4, w(box.height()) + 4);
            }
            Scene.Line line = canvas.lineOf(element);
            if (line != null) {
                polyline(line.points());
            }
        }
        if (selection.size() == 1) {
            handles(selection.get(0));
        }
        if (drag != null) {
            feedback(drag);
        }
    }

    private void mark(Scene.Box box) {
        int size = 14;
        int mx = x(box.x()) - size / 2;
        int my = y(box.y()) - size / 2;
        gc.setBackground(warning);
        gc.fillOval(mx, my, size, size);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.setLineWidth(2);
        gc.drawLine(mx + size / 2, my + 3, mx + size / 2, my + size - 6);
        gc.drawLine(mx + size / 2, my + size - 4, mx + size / 2, my + size - 3);
    }

    private void handles(DElement element) {
        int half = DiagramCanvas.handle() / 2;
        gc.setBackground(accent);
        if (element instanceof DNode && canvas.boxOf(element) instanceof Scene.Box box) {
            gc.fillRectangle(x(box.x() + box.width()) - half, y(box.y() + box.height()) - half, 2 * half + 1, 2 * half + 1);
        }
        Scene.Line line = canvas.lineOf(element);
        if (line != null) {
            for (double[] end : List.of(line.points().get(0), line.points().get(line.points().size() - 1))) {
                gc.fillRectangle(x(end[0]) - half, y(end[1]) - half, 2 * half + 1, 2 * half + 1);
            }
        }
    }

    private void feedback(Drag drag) {
        gc.setForeground(accent);
        gc.setLineWidth(1);
        gc.setLineDash(new int[] { 4, 3 });
        double dx = drag.x() - drag.startX();
        double dy = drag.y() - drag.startY();
        switch (drag.kind()) {
            case MOVE -> {
                for (DElement element : canvas.selection()) {
                    Scene.Box box = canvas.boxOf(element);
                    if (box != null) {
                        gc.drawRectangle(x(box.x() + dx), y(box.y() + dy), w(box.width()), w(box.height()));
                    }
                }
            }
            case RESIZE -> gc.drawRectangle(x(drag.box().x()), y(drag.box().y()), w(drag.box().width() + dx),
                    w(drag.box().height() + dy));
            case RUBBER -> gc.drawRectangle(x(Math.min(drag.startX(), drag.x())), y(Math.min(drag.startY(), drag.y())),
                    w(Math.abs(dx)), w(Math.abs(dy)));
            case CONNECT -> gc.drawLine(x(drag.box().x() + drag.box().width() / 2), y(drag.box().y() + drag.box().height() / 2),
                    x(drag.x()), y(drag.y()));
            case RECONNECT -> {
                List<double[]> points = drag.line().points();
                double[] fixed = drag.sourceEnd() ? points.get(points.size() - 1) : points.get(0);
                gc.drawLine(x(fixed[0]), y(fixed[1]), x(drag.x()), y(drag.y()));
            }
            case PENDING_MOVE, PAN -> {
                // nothing to show yet
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void polyline(List<double[]> points) {
        int[] xy = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = x(points.get(i)[0]);
            xy[2 * i + 1] = y(points.get(i)[1]);
        }
        gc.drawPolyline(xy);
    }

    private int x(double sceneX) {
        return canvas.toScreenX(sceneX);
    }

    private int y(double sceneY) {
        return canvas.toScreenY(sceneY);
    }

    private int w(double length) {
        return (int) Math.round(length * canvas.zoom());
    }
}
