package org.accountatlas.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Point;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hierarchy's org-chart layout on generated groups: proportions of a page, ink enough to read, no box on
 * another, the root centred over its children, and every line orthogonal and clear of every box but its ends.
 */
class OrgChartLayoutTest {

    private static final DiagramDescription HIERARCHY = Descriptions.named(Descriptions.shipped(), "hierarchy");

    private static Representation laidOut(int accounts, int depth) {
        Portfolio portfolio = GeneratedPortfolio.generate(accounts, 1, depth, accounts, 7, new Date(0));
        Account root = portfolio.getAccounts().get(0);
        Representation representation = Synchronizer.create(HIERARCHY, root, "Group");
        new RepresentationLayout(HIERARCHY, RepresentationLayoutTest.FIXED, Enum::name).layout(representation,
                RepresentationLayout.Mode.FULL);
        assertEquals(accounts, representation.getNodes().size());
        return representation;
    }

    @ParameterizedTest(name = "{0} accounts over {1} levels")
    @CsvSource({ "100, 8", "1000, 12" })
    void aGroupFitsAPageWithEnoughInkAndNothingOnAnything(int accounts, int depth) {
        Representation representation = laidOut(accounts, depth);
        double[] box = bounds(representation);
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        double aspect = width / height;
        assertTrue(aspect >= 1 / 3.0 && aspect <= 3, "aspect " + aspect);
        double ink = representation.getNodes().stream().mapToDouble(n -> n.getWidth() * n.getHeight()).sum();
        assertTrue(ink / (width * height) >= 0.08, "coverage " + ink / (width * height));
        List<DNode> nodes = representation.getNodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                if (RepresentationLayout.overlaps(nodes.get(i), nodes.get(j))) {
                    fail(nodes.get(i).getTarget() + " on " + nodes.get(j).getTarget());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} accounts over {1} levels")
    @CsvSource({ "100, 8", "1000, 12" })
    void linesAreOrthogonalAndRunClearOfEveryBoxButTheirEnds(int accounts, int depth) {
        Representation representation = laidOut(accounts, depth);
        for (DEdge edge : representation.getEdges()) {
            List<Point> points = edge.getBendpoints();
            assertTrue(points.size() >= 2, "routed");
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                assertTrue(a.getX() == b.getX() || a.getY() == b.getY(), "orthogonal");
                for (DNode node : representation.getNodes()) {
                    if (node != edge.getSource() && node != edge.getTargetNode() && crosses(a, b, node)) {
                        fail("the line to " + edge.getTargetNode().getTarget() + " runs through " + node.getTarget());
                    }
                }
            }
            Point first = points.get(0);
            DNode parent = edge.getSource();
            assertEquals(parent.getY() + parent.getHeight(), first.getY(), 0.01, "leaves the parent at its bottom");
        }
    }

    @ParameterizedTest(name = "{0} accounts over {1} levels")
    @CsvSource({ "100, 8", "1000, 12" })
    void theRootIsCentredAboveItsChildren(int accounts, int depth) {
        Representation representation = laidOut(accounts, depth);
        DNode root = representation.getNodes().get(0);
        double centre = root.getX() + root.getWidth() / 2;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double firstCentre = Double.MAX_VALUE;
        double lastCentre = -Double.MAX_VALUE;
        for (DEdge edge : representation.getEdges()) {
            if (edge.getSource() == root) {
                DNode child = edge.getTargetNode();
                assertTrue(child.getY() > root.getY() + root.getHeight(), "below the root");
                left = Math.min(left, child.getX());
                right = Math.max(right, child.getX() + child.getWidth());
                firstCentre = Math.min(firstCentre, child.getX() + child.getWidth() / 2);
                lastCentre = Math.max(lastCentre, child.getX() + child.getWidth() / 2);
            }
        }
        double[] box = bounds(representation);
        assertTrue(centre > left && centre < right, "over its children");
        assertTrue(centre > firstCentre && centre < lastCentre, "between the first and the last");
        assertEquals(0.5, (centre - box[0]) / (box[2] - box[0]), 0.05, "over the middle of the chart");
        assertEquals(box[1], root.getY(), 0.01, "at the top");
    }

    /** An organisation of 700 posts in 120 units, most of one or two people, every post reporting upwards. */
    private static Account organisation() {
        Portfolio portfolio = org.accountatlas.model.AtlasFactory.eINSTANCE.createPortfolio();
        Account account = org.accountatlas.model.AtlasFactory.eINSTANCE.createAccount();
        account.setName("Ministry");
        portfolio.getAccounts().add(account);
        java.util.Random random = new java.util.Random(11);
        List<org.accountatlas.model.Contact> posts = new java.util.ArrayList<>();
        for (int u = 0; u < 120; u++) {
            org.accountatlas.model.OrgUnit unit = org.accountatlas.model.AtlasFactory.eINSTANCE.createOrgUnit();
            unit.setName("Directorate of " + u);
            account.getOrgUnits().add(unit);
            int size = u % 10 == 0 ? 40 : 1 + random.nextInt(2);
            for (int p = 0; p < size && posts.size() < 700; p++) {
                org.accountatlas.model.Contact post = org.accountatlas.model.AtlasFactory.eINSTANCE.createContact();
                post.setName(p % 7 == 3 ? "N/D" : "Post holder " + posts.size());
                post.setTitle("Deputy Director, Strategy " + posts.size());
                if (!posts.isEmpty()) {
                    post.setReportsTo(posts.get(random.nextInt(Math.min(posts.size(), 1 + posts.size() / 3))));
                }
                unit.getContacts().add(post);
                posts.add(post);
            }
        }
        return account;
    }

    /** The organisation drawn as a diagram of the type, laid out in full. */
    private static Representation organisationAs(String type) {
        DiagramDescription description = Descriptions.named(Descriptions.shipped(), type);
        Representation representation = Synchronizer.create(description, organisation(), "Ministry");
        new RepresentationLayout(description, RepresentationLayoutTest.FIXED, Enum::name).layout(representation,
                RepresentationLayout.Mode.FULL);
        return representation;
    }

    @org.junit.jupiter.api.Test
    void reportingLinesOfSevenHundredPostsInMoreThanAHundredUnitsFitAPage() {
        Representation representation = organisationAs("reporting-lines");
        assertTrue(representation.getNodes().size() >= 600, "posts shown: " + representation.getNodes().size());
        double[] box = bounds(representation);
        double aspect = (box[2] - box[0]) / (box[3] - box[1]);
        assertTrue(aspect >= 1 / 3.0 && aspect <= 3, "aspect " + aspect);
        double ink = representation.getNodes().stream().mapToDouble(n -> n.getWidth() * n.getHeight()).sum();
        assertTrue(ink / ((box[2] - box[0]) * (box[3] - box[1])) >= 0.08, "coverage");
        assertNoneOverlap(representation.getNodes());
    }

    private static void assertNoneOverlap(List<DNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertTrue(!RepresentationLayout.overlaps(nodes.get(i), nodes.get(j)), nodes.get(i).getTarget() + " on "
                        + nodes.get(j).getTarget());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aDecisionMapOfSevenHundredPostsInMoreThanAHundredUnitsIsNoStrip() {
        Representation representation = organisationAs("decision-map");
        double[] box = bounds(representation);
        double aspect = (box[2] - box[0]) / (box[3] - box[1]);
        assertTrue(aspect >= 1 / 3.0 && aspect <= 3, "aspect " + aspect);
        assertNoneOverlap(representation.getNodes());
        for (DEdge edge : representation.getEdges()) {
            List<Point> points = edge.getBendpoints();
            for (int i = 1; i < points.size(); i++) {
                assertTrue(points.get(i - 1).getX() == points.get(i).getX()
                        || points.get(i - 1).getY() == points.get(i).getY(), "orthogonal");
            }
        }
    }

    private static boolean crosses(Point a, Point b, DNode node) {
        double minX = Math.min(a.getX(), b.getX());
        double maxX = Math.max(a.getX(), b.getX());
        double minY = Math.min(a.getY(), b.getY());
        double maxY = Math.max(a.getY(), b.getY());
        return minX < node.getX() + node.getWidth() && maxX > node.getX() && minY < node.getY() + node.getHeight()
                && maxY > node.getY();
    }

    /** minX, minY, maxX, maxY of the nodes and the lines. */
    private static double[] bounds(Representation representation) {
        double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (DNode node : representation.getNodes()) {
            box[0] = Math.min(box[0], node.getX());
            box[1] = Math.min(box[1], node.getY());
            box[2] = Math.max(box[2], node.getX() + node.getWidth());
            box[3] = Math.max(box[3], node.getY() + node.getHeight());
        }
        for (DEdge edge : representation.getEdges()) {
            for (Point point : edge.getBendpoints()) {
                box[0] = Math.min(box[0], point.getX());
                box[2] = Math.max(box[2], point.getX());
            }
        }
        return box;
    }
}
