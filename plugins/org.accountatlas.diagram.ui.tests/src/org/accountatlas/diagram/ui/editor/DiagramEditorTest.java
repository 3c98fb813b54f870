package org.accountatlas.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.ui.export.DiagramExportJob;
import org.accountatlas.diagram.ui.handlers.NewDiagramHandler;
import org.accountatlas.model.Account;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.RepresentationEditorInput;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The diagram editor in the product's workbench, on the sample database: every edit a command, undoable. */
class DiagramEditorTest {

    private static final String MAP = "华夏钢铁集团 · Decision-maker map";

    private static Contact contactNamed(DiagramEditor editor, String name) {
        return (Contact) editor.canvas().scene().boxes().stream().map(Scene.Box::target)
                .filter(t -> t instanceof Contact c && name.equals(c.getName())).findFirst().orElseThrow();
    }

    private static DNode nodeOf(DiagramEditor editor, Object target) {
        return editor.requests().nodeOf((org.eclipse.emf.ecore.EObject) target);
    }

    @Test
    void showsTheMapAndOffersTheSelectedPersonToTheProperties() throws Exception {
        AtlasSession session = OnScreen.session();
        DiagramEditor editor = OnScreen.open(session, MAP);
        OnScreen.run(() -> {
            Scene scene = editor.canvas().scene();
            assertTrue(scene.boxes().stream().anyMatch(b -> b.target() instanceof OrgUnit && b.container()), "departments");
            assertTrue(scene.lines().size() > 0, "lines");
            Contact someone = contactNamed(editor, "张强");
            editor.canvas().select(List.of(nodeOf(editor, someone)));
            IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
            assertSame(someone, selection.getFirstElement(), "the person, not the diagram node, goes to Properties");
            assertFalse(editor.canvas().scene().boxes().isEmpty());
        });
    }

    @Test
    void aMoveIsOneCommandAndUndoPutsTheNodeAndItsLinesBack() throws Exception {
        AtlasSession session = OnScreen.session();
        DiagramEditor editor = OnScreen.open(session, MAP);
        CommandStack stack = session.commandStack();
        OnScreen.run(() -> {
            DNode node = nodeOf(editor, contactNamed(editor, "朱娜"));
            double x = node.getX();
            List<String> routes = routesOf(editor.representation(), node);
            editor.requests().moved(List.of(node), 40, 30);
            assertEquals(x + 40, node.getX());
            assertTrue(node.isPinned(), "what the user put somewhere stays there");
            for (var edge : editor.representation().getEdges()) {
                if (edge.getSource() == node || edge.getTargetNode() == node) {
                    var points = edge.getBendpoints();
                    assertTrue(points.size() >= 2, "routed again");
                    for (int i = 1; i < points.size(); i++) {
                        assertTrue(points.get(i - 1).getX() == points.get(i).getX()
                                || points.get(i - 1).getY() == points.get(i).getY(), "orthogonally");
                    }
                }
            }
            assertTrue(editor.isDirty());
            stack.undo();
            assertEquals(x, node.getX());
            assertFalse(node.isPinned());
            assertEquals(routes, routesOf(editor.representation(), node), "undo brings the routes back too");
        });
    }

    private static List<String> routesOf(Representation representation, DNode node) {
        return representation.getEdges().stream().filter(e -> e.getSource() == node || e.getTargetNode() == node)
                .map(e -> e.getBendpoints().stream().map(p -> p.getX() + "," + p.getY()).toList().toString()).toList();
    }

    @Test
    void thePersonToolMakesAPersonInTheClickedDepartmentWhereClickedAndOpensTheName() throws Exception {
        AtlasSession session = OnScreen.session();
        DiagramEditor editor = OnScreen.open(session, MAP);
        CommandStack stack = session.commandStack();
        OnScreen.run(() -> {
            Scene.Box unit = editor.canvas().scene().boxes().stream()
                    .filter(b -> b.target() instanceof OrgUnit u && u.getName().equals("采购部")).findFirst().orElseThrow();
            OrgUnit department = (OrgUnit) unit.target();
            int people = department.getContacts().size();
            for (String label : new String[] { "Reports-to line", "Person" }) { // clicked as a user clicks them
                org.eclipse.swt.widgets.ToolItem item = editor.palette().item(label);
                item.setSelection(true);
                item.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                assertEquals(1, editor.palette().pressedCount(), "one tool pressed at a time");
            }
            editor.palette().selectTool(editor.palette().tool("Person"));
            editor.requests().clicked(unit, unit.x() + 15, unit.y() + 30);
            assertEquals(people + 1, department.getContacts().size(), "the model has the person");
            Contact created = department.getContacts().get(people);
            DNode node = nodeOf(editor, created);
            assertNotNull(node, "and the diagram shows it");
            assertEquals(15, node.getX(), 0.01, "where the click was, inside the department");
            assertEquals(30, node.getY(), 0.01);
            Text name = openText(editor);
            assertNotNull(name, "its name opens for typing");
            name.setText("李伟");
            name.notifyListeners(SWT.DefaultSelection, null);
            assertEquals("李伟", created.getName());

            stack.undo(); // the name
            stack.undo(); // the person and its node, one step
            assertEquals(people, department.getContacts().size());
            assertNull(nodeOf(editor, created));
            stack.redo();
            assertSame(node, nodeOf(editor, created), "redo brings back the same node");
            stack.undo();
        });
    }

    private static Text openText(DiagramEditor editor) {
        for (Control child : editor.canvas().getChildren()) {
            if (child instanceof Text text && !text.isDisposed()) {
                return text;
            }
        }
        return null;
    }

    @Test
    void drawingAReportsToLineSetsTheManagerAndALoopIsRefused() throws Exception {
        AtlasSession session = OnScreen.session();
        DiagramEditor editor = OnScreen.open(session, MAP);
        CommandStack stack = session.commandStack();
        OnScreen.run(() -> {
            Contact wu = contactNamed(editor, "吴明");
            Contact xu = contactNamed(editor, "徐洋");
            Contact before = wu.getReportsTo();
            editor.palette().selectTool(editor.palette().tool("Reports-to line"));
            editor.requests().connected(editor.canvas().boxOf(nodeOf(editor, wu)), editor.canvas().boxOf(nodeOf(editor, xu)));
            assertSame(xu, wu.getReportsTo());
            assertTrue(editor.representation().getEdges().stream()
                    .anyMatch(e -> e.getSource() == nodeOf(editor, wu) && e.getTargetNode() == nodeOf(editor, xu)),
                    "the line is on the diagram");
            Object last = stack.getMostRecentCommand();
            editor.requests().connected(editor.canvas().boxOf(nodeOf(editor, xu)), editor.canvas().boxOf(nodeOf(editor, wu)));
            assertSame(last, stack.getMostRecentCommand(), "a manager reporting to their report is refused");
            stack.undo();
            assertSame(before, wu.getReportsTo());
        });
    }

    @Test
    void aChangeMadeElsewhereShowsAtOnceAndUndoBringsTheNodeBackWhereItWas() throws Exception {
        AtlasSession session = OnScreen.session();
        DiagramEditor editor = OnScreen.open(session, MAP);
        CommandStack stack = session.commandStack();
        OnScreen.run(() -> {
            Contact zhang = contactNamed(editor, "张强");
            DNode node = nodeOf(editor, zhang);
            double x = node.getX();
            double y = node.getY();
            stack.execute(SetCommand.create(session.editingDomain(), zhang,
                    org.accountatlas.model.AtlasPackage.Literals.CONTACT__TITLE, "采购副总裁"));
            assertTrue(editor.canvas().boxOf(node).label().contains("采购副总裁"), "the label follows the model");
            stack.undo();
            stack.execute(DeleteCommand.create(session.editingDomain(), List.of(zhang)));
        });
        OnScreen.run(() -> {
            assertNull(editor.canvas().scene().boxes().stream().filter(b -> b.target() == null).findAny().orElse(null));
            assertFalse(editor.canvas().scene().boxes().stream().anyMatch(b -> b.element().getTarget() == null));
            stack.undo();
        });
        OnScreen.run(() -> {
            Contact zhang = contactNamed(editor, "张强");
            DNode node = nodeOf(editor, zhang);
            assertNotNull(node);
            assertTrue(node.isPlaced());
        });
    }

    @Test
    void layersSwitchAsCommandsAndArrangeAllIsUndoable() throws Exception {
        AtlasSession session = OnScreen.session();
        DiagramEditor editor = OnScreen.open(session, MAP);
        CommandStack stack = session.commandStack();
        OnScreen.run(() -> {
            Representation map = editor.representation();
            long influences = editor.canvas().scene().lines().stream().filter(l -> "influence".equals(l.element().getMapping())).count();
            assertTrue(influences > 0);
            editor.execute(editor.edits().toggle(map, "influence", false), null);
            assertEquals(0, editor.canvas().scene().lines().stream().filter(l -> "influence".equals(l.element().getMapping())).count());
            stack.undo();
            assertEquals(influences, editor.canvas().scene().lines().stream().filter(l -> "influence".equals(l.element().getMapping())).count());

            DNode first = map.getNodes().get(0);
            editor.requests().moved(List.of(first), 300, 0);
            double moved = first.getX();
            editor.execute(editor.edits().arrangeAll(map), null);
            assertTrue(first.isPinned() && first.getX() == moved, "a node the user placed stays where it was put");
            for (DNode other : map.getNodes()) {
                assertTrue(other == first || other.eContainer() != first.eContainer()
                        || !(other.getX() < first.getX() + first.getWidth() && first.getX() < other.getX() + other.getWidth()
                                && other.getY() < first.getY() + first.getHeight()
                                && first.getY() < other.getY() + other.getHeight()),
                        "nothing arranged lands on it");
            }
            stack.undo();
            editor.execute(org.accountatlas.diagram.commands.DiagramEdits.pin(session.editingDomain(), List.of(first), false),
                    null);
            editor.execute(editor.edits().arrangeAll(map), null);
            assertTrue(first.getX() != moved, "unpinned, it is arranged anew");
            stack.undo();
            stack.undo();
            assertEquals(moved, first.getX());
            stack.undo();
        });
    }

    @Test
    void aNewDiagramIsAddedByACommandShownUnderItsAccountAndExports(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        AtlasSession session = OnScreen.session();
        Account account = AtlasDatabase.portfolioOf(session.resource()).getAccounts().stream()
                .filter(a -> a.getName().equals("长江能源集团")).findFirst().orElseThrow();
        Representation created = OnScreen.get(() -> NewDiagramHandler.create(session, account, "decision-map", "项目地图"));
        assertSame(account, created.getTarget());
        assertTrue(session.resource().getContents().contains(created));
        OnScreen.run(() -> {
            DiagramEditor editor = (DiagramEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new RepresentationEditorInput(created), DiagramEditor.ID, true);
            assertFalse(editor.canvas().scene().boxes().isEmpty());
        });
        Path png = folder.resolve("map.png");
        DiagramExportJob job = OnScreen.get(() -> DiagramExportJob.one(session, created, ExportFormat.PNG, png));
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertTrue(ImageIO.read(Files.newInputStream(png)).getWidth() > 100, "a real picture");
        OnScreen.run(() -> session.commandStack().undo());
        assertFalse(session.resource().getContents().contains(created), "undo takes the new diagram away");
        OnScreen.run(() -> assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getEditorReferences().length >= 0));
    }

    @Test
    void reconnectingAnOwnershipLineMovesTheSubsidiaryToAnotherGroup() throws Exception {
        AtlasSession session = OnScreen.session();
        DiagramEditor editor = OnScreen.open(session, "华夏钢铁集团 · Account hierarchy");
        OnScreen.run(() -> {
            DEdge line = editor.representation().getEdges().get(0);
            Account subsidiary = (Account) line.getTargetNode().getTarget();
            Account parent = subsidiary.getParent();
            DNode sibling = editor.representation().getEdges().stream().map(DEdge::getTargetNode)
                    .filter(n -> n != line.getTargetNode()).findFirst().orElseThrow();
            editor.requests().reconnected(editor.canvas().lineOf(line), true, editor.canvas().boxOf(sibling));
            assertSame(sibling.getTarget(), subsidiary.getParent(), "now owned by the sibling");
            session.commandStack().undo();
            assertSame(parent, subsidiary.getParent());
        });
    }
}
