package org.accountatlas.diagram.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.service.DiagramServiceTest;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

/** Folding keeps the user's picture: collapsing and expanding move nothing but what comes back. */
class DiagramEditsTest {

    private final DiagramService service = new DiagramService(DiagramServiceTest.FIXED);
    private final DiagramEdits edits = new DiagramEdits(service);

    private static Map<DNode, double[]> places(Scene scene) {
        Map<DNode, double[]> places = new HashMap<>();
        scene.boxes().forEach(b -> places.put(b.element(), new double[] { b.x(), b.y() }));
        return places;
    }

    /** The sample's steel group as a laid-out hierarchy. */
    private Representation steelGroupHierarchy() {
        Portfolio portfolio = SamplePortfolio.build(new Date());
        ResourceImpl resource = new ResourceImpl();
        resource.getContents().add(portfolio);
        Account group = portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团")).findFirst()
                .orElseThrow();
        return service.create(resource, "hierarchy", group, "Group", null);
    }

    @Test
    void collapseMovesNothingAndExpandPlacesOnlyWhatComesBackClearOfTheRest() {
        Representation hierarchy = steelGroupHierarchy();
        Account group = (Account) hierarchy.getTarget();
        Account parent = group.getSubsidiaries().stream().filter(a -> !a.getSubsidiaries().isEmpty()).findFirst()
                .orElseThrow();
        DNode folded = hierarchy.getNodes().stream().filter(n -> n.getTarget() == parent).findFirst().orElseThrow();
        Map<DNode, double[]> before = places(service.scene(hierarchy));

        edits.collapse(hierarchy, List.of(folded), true).execute();
        Scene collapsed = service.scene(hierarchy);
        assertTrue(collapsed.boxes().size() < before.size(), "the subtree is folded");
        for (Scene.Box box : collapsed.boxes()) {
            assertEquals(before.get(box.element())[0], box.x(), 1e-9, "nothing else moves");
            assertEquals(before.get(box.element())[1], box.y(), 1e-9);
        }

        // Something the user moved in the meantime stays put when the subtree comes back.
        DNode other = collapsed.boxes().stream().map(Scene.Box::element).filter(n -> n != folded).findFirst()
                .orElseThrow();
        other.setPinned(true);
        Map<DNode, double[]> stayed = places(collapsed);
        edits.collapse(hierarchy, List.of(folded), false).execute();
        Scene expanded = service.scene(hierarchy);
        assertEquals(before.size(), expanded.boxes().size(), "everything is back");
        for (Scene.Box box : expanded.boxes()) {
            double[] was = stayed.get(box.element());
            if (was != null) {
                assertEquals(was[0], box.x(), 1e-9, "what stayed shown did not move");
            } else {
                for (Scene.Box shown : collapsed.boxes()) {
                    Scene.Box now = expanded.boxes().stream().filter(b -> b.element() == shown.element()).findFirst()
                            .orElseThrow();
                    assertFalse(box.overlaps(now), "a node that came back lies clear of the others");
                }
            }
        }
    }

    @Test
    void aMovedNodesLinesAreRoutedAgainOrthogonallyAndAroundTheOtherBoxes() {
        Representation hierarchy = steelGroupHierarchy();
        DNode root = hierarchy.getNodes().get(0);
        DNode child = hierarchy.getEdges().stream().filter(e -> e.getSource() == root).findFirst().orElseThrow()
                .getTargetNode();
        // Dragged far to the right and below everything: the lines must go around, not through, the others.
        double right = hierarchy.getNodes().stream().mapToDouble(n -> n.getX() + n.getWidth()).max().orElseThrow();
        double bottom = hierarchy.getNodes().stream().mapToDouble(n -> n.getY() + n.getHeight()).max().orElseThrow();
        org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain domain = new org.eclipse.emf.edit.domain
                .AdapterFactoryEditingDomain(new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(),
                        new org.eclipse.emf.common.command.BasicCommandStack());
        domain.getCommandStack().execute(DiagramEdits.move(domain, List.of(child), right + 200 - child.getX(),
                bottom + 100 - child.getY(), false));
        for (var edge : hierarchy.getEdges()) {
            if (edge.getSource() != child && edge.getTargetNode() != child) {
                continue;
            }
            var points = edge.getBendpoints();
            assertTrue(points.size() >= 2, "routed");
            for (int i = 1; i < points.size(); i++) {
                var a = points.get(i - 1);
                var b = points.get(i);
                assertTrue(a.getX() == b.getX() || a.getY() == b.getY(), "orthogonal");
                for (DNode node : hierarchy.getNodes()) {
                    if (node != edge.getSource() && node != edge.getTargetNode()) {
                        boolean through = Math.min(a.getX(), b.getX()) < node.getX() + node.getWidth()
                                && Math.max(a.getX(), b.getX()) > node.getX()
                                && Math.min(a.getY(), b.getY()) < node.getY() + node.getHeight()
                                && Math.max(a.getY(), b.getY()) > node.getY();
                        assertFalse(through, "the line to " + child.getTarget() + " runs through " + node.getTarget());
                    }
                }
            }
        }
        domain.getCommandStack().undo();
        assertTrue(hierarchy.getEdges().stream().filter(e -> e.getTargetNode() == child).allMatch(
                e -> e.getBendpoints().size() >= 2), "undo brings the old route back");
    }
}
