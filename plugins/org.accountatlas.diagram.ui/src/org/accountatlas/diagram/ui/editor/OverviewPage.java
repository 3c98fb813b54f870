package org.accountatlas.diagram.ui.editor;

import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas;
import org.accountatlas.diagram.ui.internal.canvas.SwtPainter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** The Outline view's overview: the whole diagram, small, with the visible part framed; drag the frame to scroll. */
final class OverviewPage extends Page implements IContentOutlinePage {

    private final DiagramCanvas diagram;
    private Canvas overview;
    private SwtPainter renderer;

    OverviewPage(DiagramCanvas diagram) {
        this.diagram = diagram;
    }

    @Override
    public void createControl(Composite parent) {
        overview = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        renderer = new SwtPainter(overview.getDisplay(), diagram.measurer());
        overview.addListener(SWT.Paint, e -> paint(e.gc));
        overview.addListener(SWT.MouseDown, this::scroll);
        overview.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                scroll(e);
            }
        });
        Runnable redraw = () -> {
            if (!overview.isDisposed()) {
                overview.redraw();
            }
        };
        diagram.addViewportListener(redraw);
        overview.addListener(SWT.Dispose, e -> renderer.dispose());
    }

    private double scale() {
        Scene scene = diagram.scene();
        Rectangle area = overview.getClientArea();
        return scene.width() <= 0 ? 1 : Math.min(area.width / scene.width(), area.height / scene.height());
    }

    private void paint(GC gc) {
        if (diagram.isDisposed()) {
            return;
        }
        gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(overview.getClientArea());
        double scale = scale();
        Transform transform = new Transform(overview.getDisplay());
        transform.scale((float) scale, (float) scale);
        gc.setTransform(transform);
        renderer.paint(gc, diagram.scene(), null);
        gc.setTransform(null);
        transform.dispose();
        double[] view = diagram.viewport();
        gc.setForeground(overview.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(2);
        gc.drawRectangle((int) (view[0] * scale), (int) (view[1] * scale), (int) (view[2] * scale), (int) (view[3] * scale));
    }

    private void scroll(Event e) {
        double scale = scale();
        double[] view = diagram.viewport();
        diagram.scrollTo(e.x / scale - view[2] / 2, e.y / scale - view[3] / 2);
    }

    @Override
    public Control getControl() {
        return overview;
    }

    @Override
    public void setFocus() {
        overview.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // the overview selects nothing
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // the overview selects nothing
    }

    @Override
    public void setSelection(ISelection selection) {
        // the overview selects nothing
    }
}
