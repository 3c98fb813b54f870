package org.accountatlas.diagram.sync;

import org.accountatlas.diagram.internal.expressions.DerivedValues;
import org.accountatlas.diagram.internal.expressions.LabelTemplate;
import org.accountatlas.diagram.internal.expressions.StyleResolver;
import org.accountatlas.diagram.service.Descriptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.analysis.Rollup;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.Shape;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Mappings evaluated on the sample portfolio, styles resolved, and refreshes that keep what the user did. */
class SynchronizerTest {

    private final Portfolio portfolio = SamplePortfolio.build(new Date());
    private final DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
    private final DiagramDescription decisionMap = Descriptions.named(Descriptions.shipped(), "decision-map");

    private Account named(String name) {
        return portfolio.getAccounts().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<DNode> all(List<DNode> level) {
        return org.accountatlas.diagram.testing.Nodes.all(level);
    }

    private static DNode nodeOf(Representation representation, EObject element) {
        return all(representation.getNodes()).stream().filter(n -> n.getTarget() == element).findFirst().orElseThrow();
    }

    @Test
    void aHierarchyShowsTheGroupItsWholeTreeAndOneEdgePerSubsidiary() {
        Account group = named("华夏钢铁集团");
        Representation representation = Synchronizer.create(hierarchy, group, "Group");
        int accounts = Rollup.accounts(group);
        assertEquals(accounts, representation.getNodes().size());
        assertSame(group, representation.getNodes().get(0).getTarget(), "the group first");
        assertEquals(accounts - 1, representation.getEdges().size());
        for (DEdge edge : representation.getEdges()) {
            Account subsidiary = (Account) edge.getTarget();
            assertSame(subsidiary, edge.getTargetNode().getTarget());
            assertSame(subsidiary.getParent(), edge.getSource().getTarget());
        }
        var style = StyleResolver.resolve(hierarchy.getNodeMappings().get(0), group, Enum::name);
        assertEquals(Shape.ROUNDED, style.shape());
        assertEquals(PyramidTier.KEY_STRATEGIC, group.getTier());
        assertEquals("#1F4E79", style.fill(), "key strategic accounts are dark blue");
        assertTrue(style.badge() != null && !style.badge().isEmpty(), "relationship badge");
        List<String> label = LabelTemplate.parse(hierarchy.getNodeMappings().get(0).getLabel().getExpression())
                .render(group, Enum::name);
        assertEquals(group.getName(), label.get(0));
        assertTrue(label.get(1).contains("Σ"), label.toString());
    }

    @Test
    void aRefreshAddsNewElementsRemovesDeletedOnesAndKeepsWhatTheUserDid() {
        Account group = named("华夏钢铁集团");
        Representation representation = Synchronizer.create(hierarchy, group, "Group");
        DNode groupNode = nodeOf(representation, group);
        groupNode.setX(123);
        groupNode.setY(45);
        groupNode.setPinned(true);
        Account leaving = group.getSubsidiaries().get(0);

        Account fresh = AtlasFactory.eINSTANCE.createAccount();
        fresh.setName("新子公司");
        fresh.setParent(group);
        portfolio.getAccounts().add(fresh);
        leaving.setParent(null);

        Synchronizer.SyncReport report = Synchronizer.refresh(hierarchy, representation);

        assertSame(groupNode, nodeOf(representation, group), "the same node object");
        assertEquals(123, groupNode.getX());
        assertEquals(45, groupNode.getY());
        assertTrue(groupNode.isPinned());
        assertFalse(nodeOf(representation, fresh).isPlaced(), "a new node waits for the layout");
        assertTrue(all(representation.getNodes()).stream().noneMatch(n -> n.getTarget() == leaving));
        assertTrue(representation.getEdges().stream().noneMatch(e -> e.getTarget() == leaving));
        assertEquals(1, report.added());
        assertTrue(report.removed() >= 1);
    }

    @Test
    void aDecisionMapNestsPeopleInTheirDepartmentsAndDrawsTheRelations() {
        Account account = named("华夏钢铁集团");
        Representation representation = Synchronizer.create(decisionMap, account, "Map");
        List<Contact> people = ModelQueries.contactsOf(account);
        List<DNode> contactNodes = all(representation.getNodes()).stream().filter(n -> n.getMapping().equals("contact")).toList();
        assertEquals(people.size(), contactNodes.size());
        for (DNode node : contactNodes) {
            DNode unit = (DNode) node.eContainer();
            assertSame(((Contact) node.getTarget()).eContainer(), unit.getTarget(), "inside its own department");
        }
        long reports = people.stream().filter(c -> c.getReportsTo() != null).count();
        assertEquals(reports, representation.getEdges().stream().filter(e -> e.getMapping().equals("reportsTo")).count());
        assertEquals(account.getInfluences().size(),
                representation.getEdges().stream().filter(e -> e.getMapping().equals("influence")).count());
        assertEquals(account.getCoverages().size(),
                representation.getEdges().stream().filter(e -> e.getMapping().equals("coverage")).count());
        assertEquals(List.of("reports", "influence", "coverage"), representation.getActiveLayers());
    }

    @Test
    void conditionalStylesFollowTheModel() {
        Account account = named("华夏钢铁集团");
        Contact someone = ModelQueries.contactsOf(account).get(0);
        var mapping = decisionMap.getNodeMappings().get(0).getChildMappings().get(0);
        someone.setAttitude(Attitude.CHAMPION);
        assertEquals("#2E7D32", StyleResolver.resolve(mapping, someone, Enum::name).fill());
        someone.setAttitude(Attitude.OPPONENT);
        Portfolio before = EcoreUtil.copy(portfolio);
        assertEquals("#E57373", StyleResolver.resolve(mapping, someone, Enum::name).fill());
        assertTrue(EcoreUtil.equals(before, portfolio), "resolving styles changes nothing in the model");
    }

    @Test
    void aReportsToCycleAndAnUncoveredDecisionMakerAreFlagged() {
        Account account = named("华夏钢铁集团");
        List<Contact> people = ModelQueries.contactsOf(account);
        Contact a = people.get(1);
        Contact b = people.get(2);
        var mapping = decisionMap.getNodeMappings().get(0).getChildMappings().get(0);
        assertFalse((Boolean) DerivedValues.of("inReportsToCycle", a));
        a.setReportsTo(b);
        b.setReportsTo(a);
        assertTrue((Boolean) DerivedValues.of("inReportsToCycle", a));
        assertEquals(org.accountatlas.diagram.description.LineStyle.DOTTED, StyleResolver.resolve(mapping, a, Enum::name).line());

        Contact buyer = people.stream().filter(c -> c.getBuyingRole() == org.accountatlas.model.BuyingRole.ECONOMIC_BUYER)
                .findFirst().orElseThrow();
        account.getCoverages().removeIf(c -> c.getContact() == buyer);
        assertTrue((Boolean) DerivedValues.of("uncoveredDecisionMaker", buyer));
        assertEquals("#C62828", StyleResolver.resolve(mapping, buyer, Enum::name).border());
    }
}
