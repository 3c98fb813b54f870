package org.accountatlas.diagram.ui.internal.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The canvas's mouse handling, driven by SWT mouse events through the canvas's own listeners: what a press,
 * a move and a release ask the editor for (move threshold, move, rubber band, adding with Ctrl, reconnect).
 */
class CanvasMouseTest {

    /** What the canvas asked for. */
    private final List<String> requests = new ArrayList<>();
    private Display display;
    private Shell shell;
    private DiagramCanvas canvas;
    private Scene scene;

    private final DiagramCanvas.Listener recorder = new DiagramCanvas.Listener() {
        @Override
        public void selectionChanged(List<DElement> selection) {
            requests.add("selection " + selection.size());
        }

        @Override
        public void moved(List<DNode> nodes, double dx, double dy) {
            requests.add(String.format("moved %d by %.0f,%.0f", nodes.size(), dx, dy));
        }

        @Override
        public void resized(DNode node, double width, double height) {
            requests.add("resized");
        }

        @Override
        public void clicked(Scene.Box box, double x, double y) {
            requests.add("clicked");
        }

        @Override
        public void connected(Scene.Box from, Scene.Box to) {
            requests.add("connected");
        }

        @Override
        public void reconnected(Scene.Line line, boolean sourceEnd, Scene.Box to) {
            requests.add("reconnected " + (sourceEnd ? "source" : "target") + " to " + to.label().get(0));
        }

        @Override
        public void directEdit(DElement element) {
            requests.add("direct edit");
        }
    };

    @BeforeEach
    void showAHierarchy() {
        display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            Portfolio portfolio = SamplePortfolio.build(new Date());
            ResourceImpl resource = new ResourceImpl();
            resource.getContents().add(portfolio);
            DiagramService service = new DiagramService(new Java2DMeasurer());
            Representation hierarchy = service.create(resource, "hierarchy", portfolio.getAccounts().stream()
                    .filter(a -> a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow(), "Group", null);
            shell = new Shell(display);
            shell.setLayout(new FillLayout());
            shell.setSize(1400, 900);
            canvas = new DiagramCanvas(shell, service.measurer());
            canvas.setListener(recorder);
            scene = service.scene(hierarchy);
            canvas.setScene(scene);
            shell.open();
            canvas.setZoom(1);
        });
    }

    @AfterEach
    void close() {
        display.syncExec(shell::dispose);
    }

    private void mouse(int type, int button, double sceneX, double sceneY, int stateMask) {
        Event event = new Event();
        event.button = button;
        event.x = canvas.toScreenX(sceneX);
        event.y = canvas.toScreenY(sceneY);
        event.stateMask = stateMask;
        canvas.notifyListeners(type, event);
    }

    private void drag(double fromX, double fromY, double toX, double toY, int stateMask) {
        mouse(SWT.MouseDown, 1, fromX, fromY, stateMask);
        mouse(SWT.MouseMove, 0, (fromX + toX) / 2, (fromY + toY) / 2, stateMask | SWT.BUTTON1);
        mouse(SWT.MouseMove, 0, toX, toY, stateMask | SWT.BUTTON1);
        mouse(SWT.MouseUp, 1, toX, toY, stateMask);
    }

    private Scene.Box leaf(int index) {
        return scene.boxes().stream().filter(b -> !b.container()).skip(index).findFirst().orElseThrow();
    }

    @Test
    void aMapTooLargeToReadAtFitOpensAt100PercentOnItsRootAndASmallerOneAtFit() {
        display.syncExec(() -> {
            canvas.setZoom(0.5);
            canvas.showForOpening();
            assertEquals(1, canvas.zoom(), 1e-9, "a 4,000-unit hierarchy in 1,400 pixels would have 4-pixel labels");
            Scene.Box root = scene.boxes().stream().min(java.util.Comparator.comparingDouble(Scene.Box::y)).orElseThrow();
            double[] view = canvas.viewport();
            assertTrue(root.x() >= view[0] && root.x() + root.width() <= view[0] + view[2] && root.y() >= view[1],
                    "the root is in view");

            org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
            Scene.Box only = leaf(0);
            canvas.setScene(new Scene(area.width / 0.9, area.height / 0.9, List.of(new Scene.Box(only.target(), 10, 10,
                    only.width(), only.height(), only.style(), only.label(), 11, false, false, 0, only.element())),
                    List.of()));
            canvas.setZoom(1);
            canvas.showForOpening();
            assertTrue(canvas.zoom() < 1 && canvas.zoom() * 11 >= DiagramCanvas.READABLE_PIXELS,
                    "nearly fitting: at Fit, labels still readable (zoom " + canvas.zoom() + ")");
        });
    }

    @Test
    void aPressThatBarelyMovesSelectsAndDoesNotMove() {
        display.syncExec(() -> {
            Scene.Box box = leaf(1);
            double x = box.x() + 10;
            double y = box.y() + 10;
            mouse(SWT.MouseDown, 1, x, y, 0);
            mouse(SWT.MouseMove, 0, x + 2, y + 1, SWT.BUTTON1);
            mouse(SWT.MouseUp, 1, x + 2, y + 1, 0);
            assertEquals(List.of(box.element()), canvas.selection());
            assertTrue(requests.stream().noneMatch(r -> r.startsWith("moved")), requests.toString());
        });
    }

    @Test
    void aDragPastTheThresholdMovesTheSelectedNodeByThePointersTravel() {
        display.syncExec(() -> {
            Scene.Box box = leaf(1);
            drag(box.x() + 10, box.y() + 10, box.x() + 50, box.y() + 30, 0);
            assertEquals("moved 1 by 40,20", requests.get(requests.size() - 1), requests.toString());
        });
    }

    @Test
    void aRubberBandSelectsWhatItEnclosesAndCtrlClickAdds() {
        display.syncExec(() -> {
            Scene.Box first = leaf(0);
            Scene.Box second = leaf(1);
            double left = Math.min(first.x(), second.x()) - 5;
            double top = Math.min(first.y(), second.y()) - 5;
            double right = Math.max(first.x() + first.width(), second.x() + second.width()) + 5;
            double bottom = Math.max(first.y() + first.height(), second.y() + second.height()) + 5;
            List<DElement> expected = scene.boxes().stream()
                    .filter(b -> b.x() >= left && b.y() >= top && b.x() + b.width() <= right && b.y() + b.height() <= bottom)
                    .map(b -> (DElement) b.element()).toList();
            drag(left, top, right, bottom, 0);
            assertTrue(canvas.selection().containsAll(List.of(first.element(), second.element())), canvas.selection().toString());
            assertEquals(expected.size(), canvas.selection().size());

            Scene.Box third = scene.boxes().stream().filter(b -> !expected.contains(b.element())).findFirst().orElseThrow();
            mouse(SWT.MouseDown, 1, third.x() + 5, third.y() + 5, SWT.MOD1);
            mouse(SWT.MouseUp, 1, third.x() + 5, third.y() + 5, SWT.MOD1);
            assertEquals(expected.size() + 1, canvas.selection().size(), "Ctrl-click adds");
        });
    }

    @Test
    void draggingTheEndOfASelectedLineOntoAnotherBoxAsksToReconnectIt() {
        display.syncExec(() -> {
            Scene.Line line = scene.lines().get(0);
            double[] end = line.points().get(line.points().size() - 1);
            double[] before = line.points().get(line.points().size() - 2);
            // click the line's middle of its last segment to select it, then take its end
            mouse(SWT.MouseDown, 1, (end[0] + before[0]) / 2, (end[1] + before[1]) / 2, 0);
            mouse(SWT.MouseUp, 1, (end[0] + before[0]) / 2, (end[1] + before[1]) / 2, 0);
            assertEquals(List.of(line.element()), canvas.selection());
            Scene.Box target = scene.boxes().stream()
                    .filter(b -> b.element() != line.element().getSource() && b.element() != line.element().getTargetNode())
                    .findFirst().orElseThrow();
            assertNotNull(target);
            drag(end[0], end[1], target.x() + 5, target.y() + 5, 0);
            assertEquals("reconnected target to " + target.label().get(0), requests.get(requests.size() - 1));
        });
    }
}
