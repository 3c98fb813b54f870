package org.accountatlas.diagram.ui.internal.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.scene.SceneDamage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The diagram on screen: paints the scene with {@link SwtPainter} at any zoom (only what the damaged area shows),
 * scrolls, selects (click,
 * Shift/Ctrl-click, rubber band), and turns drags into requests to its {@link Listener} (move, resize, draw a
 * line, move a line's end), which the editor makes into commands. Esc cancels a drag. Nothing here changes
 * the model: the canvas only shows what the editor hands it.
 */
public final class DiagramCanvas extends Canvas {

    /** What the user asked for on the canvas. */
    public interface Listener {
        void selectionChanged(List<DElement> selection);

        void moved(List<DNode> nodes, double dx, double dy);

        void resized(DNode node, double width, double height);

        /** A click with a creation tool, on a box or (null) on the background, at a scene point. */
        void clicked(Scene.Box box, double x, double y);

        /** A line drawn with a line tool. */
        void connected(Scene.Box from, Scene.Box to);

        void reconnected(Scene.Line line, boolean sourceEnd, Scene.Box to);

        void directEdit(DElement element);
    }

    /** What a press of the left button does. */
    public enum Mode { SELECT, CREATE, CONNECT }

    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 4;
    private static final int HANDLE = 7;

    private final TextMeasurer measurer;
    private final SwtPainter painter;
    private final Set<DElement> selection = new LinkedHashSet<>();
    private final List<Runnable> viewportListeners = new ArrayList<>();
    private Listener listener;
    private Scene scene = new Scene(0, 0, List.of(), List.of());
    private double zoom = 1;
    private Mode mode = Mode.SELECT;
    private boolean snap;
    private boolean spaceDown;
    private Function<EObject, List<String>> decorations = target -> List.of();
    private Drag drag;

    /** A canvas placing text by the measurer, the one the diagram's layout was sized with. */
    public DiagramCanvas(Composite parent, TextMeasurer measurer) {
        super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.measurer = measurer;
        painter = new SwtPainter(getDisplay(), measurer);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, e -> viewportChanged());
        getVerticalBar().addListener(SWT.Selection, e -> viewportChanged());
        CanvasMouse mouse = new CanvasMouse(this);
        addListener(SWT.MouseDown, mouse::down);
        addListener(SWT.MouseMove, mouse::move);
        addListener(SWT.MouseUp, mouse::up);
        addListener(SWT.MouseDoubleClick, mouse::doubleClick);
        addListener(SWT.MouseWheel, this::wheel);
        addListener(SWT.MouseHover, mouse::hover);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.KeyUp, e -> spaceDown = e.character == ' ' ? false : spaceDown);
        addListener(SWT.Traverse, this::traverse);
        addListener(SWT.Dispose, e -> painter.dispose());
    }

    /** The measurer text is placed by, for other pictures of the same scene (overview, clipboard). */
    public TextMeasurer measurer() {
        return measurer;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    Listener listener() {
        return listener;
    }

    /** Shows the scene, repainting only where it differs from the last; the selection keeps what is still on it. */
    public void setScene(Scene scene) {
        double[] damage = SceneDamage.between(this.scene, scene);
        this.scene = scene;
        Set<DElement> shown = new LinkedHashSet<>();
        scene.boxes().forEach(b -> shown.add(b.element()));
        scene.lines().forEach(l -> shown.add(l.element()));
        if (selection.retainAll(shown) && listener != null) {
            listener.selectionChanged(selection());
        }
        updateScrollBars();
        if (damage == null) {
            redraw();
        } else if (damage[2] > 0) {
            int x = toScreenX(damage[0]);
            int y = toScreenY(damage[1]);
            redraw(x, y, toScreenX(damage[0] + damage[2]) - x + 1, toScreenY(damage[1] + damage[3]) - y + 1, false);
        }
        viewportListeners.forEach(Runnable::run);
    }

    public Scene scene() {
        return scene;
    }

    public void setDecorations(Function<EObject, List<String>> decorations) {
        this.decorations = decorations;
    }

    List<String> decorationsOf(Scene.Box box) {
        return box.target() == null ? List.of() : decorations.apply(box.target());
    }

    public void setMode(Mode mode) {
        this.mode = mode;
        setCursor(getDisplay().getSystemCursor(mode == Mode.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
    }

    public Mode mode() {
        return mode;
    }

    public void setSnapToGrid(boolean snap) {
        this.snap = snap;
    }

    public boolean snapToGrid() {
        return snap;
    }

    boolean spaceDown() {
        return spaceDown;
    }

    // Selection

    public List<DElement> selection() {
        return new ArrayList<>(selection);
    }

    public void select(List<? extends DElement> elements) {
        selection.clear();
        selection.addAll(elements);
        redraw();
        if (listener != null) {
            listener.selectionChanged(selection());
        }
    }

    void toggle(DElement element) {
        if (!selection.remove(element)) {
            selection.add(element);
        }
        select(new ArrayList<>(selection));
    }

    boolean isSelected(DElement element) {
        return selection.contains(element);
    }

    public void selectAll() {
        select(scene.boxes().stream().map(Scene.Box::element).toList());
    }

    /** Tab: the next box after the selected one (or the first), shown. */
    public void selectNext(boolean backwards) {
        List<Scene.Box> boxes = scene.boxes();
        if (boxes.isEmpty()) {
            return;
        }
        int current = -1;
        for (int i = 0; i < boxes.size(); i++) {
            if (selection.contains(boxes.get(i).element())) {
                current = i;
            }
        }
        int next = Math.floorMod(current + (backwards ? -1 : 1), boxes.size());
        select(List.of(boxes.get(next).element()));
        reveal(boxes.get(next));
    }

    public Scene.Box boxOf(DElement element) {
        return scene.boxes().stream().filter(b -> b.element() == element).findFirst().orElse(null);
    }

    public Scene.Line lineOf(DElement element) {
        return scene.lines().stream().filter(l -> l.element() == element).findFirst().orElse(null);
    }

    // Viewport

    public double zoom() {
        return zoom;
    }

    /** Zooms keeping the scene point under the given canvas point where it is. */
    public void setZoom(double newZoom, int anchorX, int anchorY) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double sceneX = toSceneX(anchorX);
        double sceneY = toSceneY(anchorY);
        zoom = clamped;
        updateScrollBars();
        getHorizontalBar().setSelection((int) Math.round(sceneX * zoom - anchorX));
        getVerticalBar().setSelection((int) Math.round(sceneY * zoom - anchorY));
        viewportChanged();
    }

    public void setZoom(double newZoom) {
        Rectangle area = getClientArea();
        setZoom(newZoom, area.width / 2, area.height / 2);
    }

    /** The whole diagram in the window (never above 200%). */
    public void zoomToFit() {
        Rectangle area = getClientArea();
        if (scene.width() <= 0 || area.width <= 0) {
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(2, Math.min(area.width / scene.width(), area.height / scene.height())));
        updateScrollBars();
        getHorizontalBar().setSelection(0);
        getVerticalBar().setSelection(0);
        viewportChanged();
    }

    /** Labels smaller than this many pixels are hard to read on screen. */
    static final double READABLE_PIXELS = 9;

    /**
     * How a diagram first shows: whole when it fits at 100 %, or at Fit when that keeps its labels readable
     * ({@value #READABLE_PIXELS} px or more); otherwise at 100 % with its root (the topmost node) at the top,
     * centred. Resizing the window later changes nothing until the user asks.
     */
    public void showForOpening() {
        Rectangle area = getClientArea();
        if (scene.width() <= 0 || area.width <= 0) {
            return;
        }
        double fit = Math.min(area.width / scene.width(), area.height / scene.height());
        if (fit >= 1) {
            return;
        }
        double smallest = scene.boxes().stream().filter(b -> !b.label().isEmpty()).mapToDouble(Scene.Box::fontSize)
                .min().orElse(11);
        if (fit * smallest >= READABLE_PIXELS) {
            zoomToFit();
            return;
        }
        setZoom(1);
        scene.boxes().stream().min(java.util.Comparator.comparingDouble(Scene.Box::y).thenComparingDouble(Scene.Box::x))
                .ifPresent(root -> scrollTo(root.x() + root.width() / 2 - area.width / 2.0, Math.max(0, root.y() - 20)));
    }

    /** The visible part of the scene, in diagram units: x, y, width, height. */
    public double[] viewport() {
        Rectangle area = getClientArea();
        return new double[] { toSceneX(0), toSceneY(0), area.width / zoom, area.height / zoom };
    }

    /** Scrolls so the scene point is at the top left (as the overview asks). */
    public void scrollTo(double sceneX, double sceneY) {
        getHorizontalBar().setSelection((int) Math.round(sceneX * zoom));
        getVerticalBar().setSelection((int) Math.round(sceneY * zoom));
        viewportChanged();
    }

    void scrollBy(int dx, int dy) {
        getHorizontalBar().setSelection(getHorizontalBar().getSelection() + dx);
        getVerticalBar().setSelection(getVerticalBar().getSelection() + dy);
        viewportChanged();
    }

    public void reveal(Scene.Box box) {
        double[] view = viewport();
        if (box.x() < view[0] || box.y() < view[1] || box.x() + box.width() > view[0] + view[2]
                || box.y() + box.height() > view[1] + view[3]) {
            scrollTo(box.x() + box.width() / 2 - view[2] / 2, box.y() + box.height() / 2 - view[3] / 2);
        }
    }

    public void addViewportListener(Runnable listener) {
        viewportListeners.add(listener);
    }

    private void viewportChanged() {
        redraw();
        viewportListeners.forEach(Runnable::run);
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        configure(getHorizontalBar(), (int) Math.ceil(scene.width() * zoom), area.width);
        configure(getVerticalBar(), (int) Math.ceil(scene.height() * zoom), area.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        bar.setMaximum(Math.max(content, 1));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible * 9 / 10));
        bar.setIncrement(20);
        bar.setVisible(content > visible);
    }

    public double toSceneX(int x) {
        return (x + getHorizontalBar().getSelection()) / zoom;
    }

    public double toSceneY(int y) {
        return (y + getVerticalBar().getSelection()) / zoom;
    }

    int toScreenX(double x) {
        return (int) Math.round(x * zoom) - getHorizontalBar().getSelection();
    }

    int toScreenY(double y) {
        return (int) Math.round(y * zoom) - getVerticalBar().getSelection();
    }

    // Painting

    private void paint(GC gc) {
        Rectangle area = gc.getClipping();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        int left = getHorizontalBar().getSelection();
        int top = getVerticalBar().getSelection();
        double[] clip = { (area.x + left) / zoom, (area.y + top) / zoom, area.width / zoom, area.height / zoom };
        Transform transform = new Transform(getDisplay());
        try {
            transform.translate(-getHorizontalBar().getSelection(), -getVerticalBar().getSelection());
            transform.scale((float) zoom, (float) zoom);
            gc.setTransform(transform);
            painter.paint(gc, scene, clip);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        new CanvasOverlay(this, gc).paint(drag);
        if (legendShown && legendOf != null) {
            if (legendScene != scene) {
                legend = legendOf.apply(scene);
                legendScene = scene;
            }
            if (!legend.isEmpty()) {
                int height = painter.legendSize(legend, 0)[1];
                painter.paintLegend(gc, legend, 8, getClientArea().height - height - 8);
            }
        }
    }

    private java.util.function.Function<Scene, List<org.accountatlas.diagram.scene.Legend.Entry>> legendOf;
    private List<org.accountatlas.diagram.scene.Legend.Entry> legend = List.of();
    private Scene legendScene;
    private boolean legendShown;

    /** How the legend of a scene is found: what its fills, borders, badges and lines mean. */
    public void setLegendOf(java.util.function.Function<Scene, List<org.accountatlas.diagram.scene.Legend.Entry>> legendOf) {
        this.legendOf = legendOf;
    }

    /** Shows or hides the legend over the canvas's bottom left corner. */
    public void showLegend(boolean shown) {
        legendShown = shown;
        redraw();
    }

    public boolean isLegendShown() {
        return legendShown;
    }

    // Drags, set by the mouse handler

    Drag drag() {
        return drag;
    }

    void setDrag(Drag drag) {
        this.drag = drag;
        redraw();
    }

    /** Abandons the drag in progress, changing nothing. */
    public void cancelDrag() {
        setDrag(null);
    }

    static int handle() {
        return HANDLE;
    }

    // Keys and wheel

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            setZoom(zoom * (e.count > 0 ? 1.1 : 1 / 1.1), e.x, e.y);
            e.doit = false;
        }
    }

    private void traverse(Event e) {
        if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
            selectNext(e.detail == SWT.TRAVERSE_TAB_PREVIOUS);
            e.doit = false;
        } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
            e.doit = false;
            if (drag != null) {
                cancelDrag();
            } else if (mode != Mode.SELECT && listener != null) {
                setMode(Mode.SELECT);
            }
        }
    }

    private void keyDown(Event e) {
        if (e.character == ' ') {
            spaceDown = true;
            return;
        }
        double step = (e.stateMask & SWT.SHIFT) != 0 ? 10 : 1;
        double dx = e.keyCode == SWT.ARROW_LEFT ? -step : e.keyCode == SWT.ARROW_RIGHT ? step : 0;
        double dy = e.keyCode == SWT.ARROW_UP ? -step : e.keyCode == SWT.ARROW_DOWN ? step : 0;
        List<DNode> nodes = selection.stream().filter(DNode.class::isInstance).map(DNode.class::cast).toList();
        if ((dx != 0 || dy != 0) && !nodes.isEmpty() && listener != null) {
            listener.moved(nodes, dx, dy);
        }
    }

    /** A drag in progress, in scene units. */
    record Drag(Kind kind, double startX, double startY, double x, double y, Scene.Box box, Scene.Line line,
            boolean sourceEnd, int screenX, int screenY) {

        enum Kind { PENDING_MOVE, MOVE, RESIZE, RUBBER, CONNECT, RECONNECT, PAN }

        Drag to(double nx, double ny) {
            return new Drag(kind, startX, startY, nx, ny, box, line, sourceEnd, screenX, screenY);
        }

        Drag as(Kind other) {
            return new Drag(other, startX, startY, x, y, box, line, sourceEnd, screenX, screenY);
        }
    }
}
