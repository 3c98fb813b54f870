package org.accountatlas.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Point;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.junit.jupiter.api.Test;

/** Full and incremental layout of representations of the sample portfolio. */
class RepresentationLayoutTest {

    /** Monospaced metrics: 7 units a character, 14 a line; enough to check that sizes follow labels. */
    static final TextMeasurer FIXED = (lines, size, bold) -> new double[] {
        lines.stream().mapToInt(String::length).max().orElse(0) * 7.0, lines.size() * 14.0 };

    private final Portfolio portfolio = SamplePortfolio.build(new Date());

    private Account group() {
        return portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow();
    }

    private static List<DNode> all(List<DNode> level) {
        return org.accountatlas.diagram.testing.Nodes.all(level);
    }

    private static void assertNoSiblingsOverlap(List<DNode> level) {
        for (DNode a : level) {
            for (DNode b : level) {
                assertFalse(a != b && RepresentationLayout.overlaps(a, b), "overlap");
            }
            assertNoSiblingsOverlap(a.getChildren());
        }
    }

    @Test
    void aFullLayoutPlacesEveryNodeWithoutOverlapSizedToItsLabel() {
        DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
        Representation representation = Synchronizer.create(hierarchy, group(), "Group");
        new RepresentationLayout(hierarchy, FIXED, Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        assertNoSiblingsOverlap(representation.getNodes());
        for (DNode node : representation.getNodes()) {
            assertTrue(node.isPlaced());
            String name = ((Account) node.getTarget()).getName();
            assertTrue(node.getWidth() >= name.length() * 7.0 + 2 * RepresentationLayout.PADDING_X, "label fits");
        }
        DNode top = representation.getNodes().get(0);
        representation.getEdges().forEach(edge -> {
            assertTrue(edge.getSource().getY() < edge.getTargetNode().getY(), "groups above subsidiaries");
            assertTrue(edge.getBendpoints().size() >= 2, "routed");
            assertTrue(edge.isSetLabelX(), "the ownership label has a place");
            String text = ((Account) edge.getTarget()).getOwnershipPercent() == 0 ? "0%" : "00%";
            double width = text.length() * 7.0;
            for (DNode node : representation.getNodes()) {
                boolean overlaps = edge.getLabelX() < node.getX() + node.getWidth() && node.getX() < edge.getLabelX() + width
                        && edge.getLabelY() < node.getY() + node.getHeight() && node.getY() < edge.getLabelY() + 14;
                assertFalse(overlaps, "label clear of " + node.getTarget());
            }
        });
        assertEquals(group(), top.getTarget());
    }

    @Test
    void decisionMapContainersHoldTheirPeopleInside() {
        DiagramDescription map = Descriptions.named(Descriptions.shipped(), "decision-map");
        Representation representation = Synchronizer.create(map, group(), "Map");
        new RepresentationLayout(map, FIXED, Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        assertNoSiblingsOverlap(representation.getNodes());
        for (DNode node : all(representation.getNodes())) {
            if (node.eContainer() instanceof DNode unit) {
                assertTrue(node.getX() >= 0 && node.getY() > 0, "inside, below the title");
                assertTrue(node.getX() + node.getWidth() <= unit.getWidth() + 0.5, "inside horizontally");
                assertTrue(node.getY() + node.getHeight() <= unit.getHeight() + 0.5, "inside vertically");
            }
        }
    }

    @Test
    void incrementalLayoutPlacesOnlyNewNodesAndLeavesPinnedOnesStill() {
        DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
        Representation representation = Synchronizer.create(hierarchy, group(), "Group");
        RepresentationLayout layout = new RepresentationLayout(hierarchy, FIXED, Enum::name);
        layout.layout(representation, RepresentationLayout.Mode.FULL);
        DNode pinned = representation.getNodes().get(1);
        double bottom = representation.getNodes().stream().mapToDouble(n -> n.getY() + n.getHeight()).max().orElse(0);
        pinned.setX(pinned.getX() + 333); // somewhere free, below the rest
        pinned.setY(bottom + 77);
        pinned.setPinned(true);
        List<double[]> before = representation.getNodes().stream().map(n -> new double[] { n.getX(), n.getY() }).toList();

        Account fresh = AtlasFactory.eINSTANCE.createAccount();
        fresh.setName("新收购公司");
        fresh.setParent(group());
        portfolio.getAccounts().add(fresh);
        Synchronizer.refresh(hierarchy, representation);
        layout.layout(representation, RepresentationLayout.Mode.INCREMENTAL);

        for (int i = 0; i < before.size(); i++) {
            DNode node = representation.getNodes().get(i);
            assertEquals(before.get(i)[0], node.getX(), "x of " + node.getTarget());
            assertEquals(before.get(i)[1], node.getY(), "y of " + node.getTarget());
        }
        DNode added = representation.getNodes().stream().filter(n -> n.getTarget() == fresh).findFirst().orElseThrow();
        assertTrue(added.isPlaced());
        assertNoSiblingsOverlap(representation.getNodes());
    }

    @Test
    void leftToRightPutsEverySubsidiaryRightOfItsGroup() {
        DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
        Representation representation = Synchronizer.create(hierarchy, group(), "Group");
        representation.setDirection(org.accountatlas.diagram.description.LayoutDirection.RIGHT);
        new RepresentationLayout(hierarchy, FIXED, Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        assertNoSiblingsOverlap(representation.getNodes());
        representation.getEdges().forEach(edge -> assertTrue(
                edge.getSource().getX() + edge.getSource().getWidth() <= edge.getTargetNode().getX(), "left to right"));
    }

    /** A group with {@code n} subsidiaries that have none of their own. */
    private static Account groupWith(int n) {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        Account group = AtlasFactory.eINSTANCE.createAccount();
        group.setName("Holding");
        portfolio.getAccounts().add(group);
        for (int i = 0; i < n; i++) {
            Account subsidiary = AtlasFactory.eINSTANCE.createAccount();
            subsidiary.setName("Subsidiary " + i);
            subsidiary.setOwnershipPercent(60 + i);
            subsidiary.setParent(group);
            portfolio.getAccounts().add(subsidiary);
        }
        return group;
    }

    @Test
    void manyLeavesStackInAColumnUnderTheirParentJoinedByACombWithLabelsOnTheStubs() {
        DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
        Representation representation = Synchronizer.create(hierarchy, groupWith(8), "Holding");
        new RepresentationLayout(hierarchy, FIXED, Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        assertNoSiblingsOverlap(representation.getNodes());
        DNode top = representation.getNodes().get(0);
        List<DNode> leaves = representation.getNodes().subList(1, 9);
        double x = leaves.get(0).getX();
        double y = top.getY() + top.getHeight();
        for (DNode leaf : leaves) {
            assertEquals(x, leaf.getX(), "one column");
            assertTrue(leaf.getY() > y, "each below the one before, all below the holding");
            y = leaf.getY() + leaf.getHeight();
        }
        assertTrue(x + leaves.get(0).getWidth() < top.getX() + 3 * top.getWidth(), "narrow: not side by side");
        representation.getEdges().forEach(edge -> {
            DNode leaf = edge.getTargetNode();
            Point end = edge.getBendpoints().get(edge.getBendpoints().size() - 1);
            assertEquals(leaf.getX(), end.getX(), 0.01, "the stub ends at the leaf's left side");
            assertEquals(leaf.getY() + leaf.getHeight() / 2, end.getY(), 0.01, "at its middle");
            double width = "60%".length() * 7.0 + 4; // as measured
            assertTrue(edge.getLabelX() + width <= leaf.getX(), "the label sits on the stub, left of the leaf");
            for (DNode node : representation.getNodes()) {
                boolean overlaps = edge.getLabelX() < node.getX() + node.getWidth() && node.getX() < edge.getLabelX() + width
                        && edge.getLabelY() < node.getY() + node.getHeight() && node.getY() < edge.getLabelY() + 14;
                assertFalse(overlaps, "label clear of " + node.getTarget());
            }
        });
    }

    @Test
    void threeLeavesStaySideBySide() {
        DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
        Representation representation = Synchronizer.create(hierarchy, groupWith(3), "Holding");
        new RepresentationLayout(hierarchy, FIXED, Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        List<DNode> leaves = representation.getNodes().subList(1, 4);
        assertEquals(leaves.get(0).getY(), leaves.get(2).getY(), "one row");
    }

    @Test
    void unconnectedDepartmentsArePackedIntoRowsInTheirOrder() {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        Account account = AtlasFactory.eINSTANCE.createAccount();
        account.setName("Customer");
        portfolio.getAccounts().add(account);
        for (int d = 0; d < 30; d++) {
            OrgUnit unit = AtlasFactory.eINSTANCE.createOrgUnit();
            unit.setName("Department " + d);
            account.getOrgUnits().add(unit);
            for (int p = 0; p < 3; p++) {
                Contact person = AtlasFactory.eINSTANCE.createContact();
                person.setName("Person " + d + "." + p);
                unit.getContacts().add(person);
            }
        }
        DiagramDescription map = Descriptions.named(Descriptions.shipped(), "decision-map");
        Representation representation = Synchronizer.create(map, account, "Map");
        new RepresentationLayout(map, FIXED, Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        assertNoSiblingsOverlap(representation.getNodes());
        double right = representation.getNodes().stream().mapToDouble(n -> n.getX() + n.getWidth()).max().orElseThrow();
        double bottom = representation.getNodes().stream().mapToDouble(n -> n.getY() + n.getHeight()).max().orElseThrow();
        assertTrue(right / bottom < 3, "about a slide's proportions, not one row: " + right + " × " + bottom);
        DNode first = representation.getNodes().get(0);
        DNode second = representation.getNodes().get(1);
        assertEquals("Department 0", ((OrgUnit) first.getTarget()).getName());
        assertTrue(second.getX() > first.getX() && second.getY() == first.getY(), "in order, left to right");
    }
}
