package org.accountatlas.diagram.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.service.DiagramServiceTest;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Attitude;
import org.accountatlas.model.BuyingRole;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.RelationshipType;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

/** Labels, styles and legends say only what the data says: nothing drawn for values never set. */
class TrueLabelsTest {

    private static final AtlasFactory F = AtlasFactory.eINSTANCE;
    private final DiagramService service = new DiagramService(DiagramServiceTest.FIXED);
    private final Portfolio portfolio = F.createPortfolio();
    private final ResourceImpl resource = new ResourceImpl();

    TrueLabelsTest() {
        resource.getContents().add(portfolio);
    }

    private Account account(String name, Account parent) {
        Account account = F.createAccount();
        account.setName(name);
        account.setParent(parent);
        portfolio.getAccounts().add(account);
        return account;
    }

    private static Scene.Box boxOf(Scene scene, Object target) {
        return scene.boxes().stream().filter(b -> b.target() == target).findFirst().orElseThrow();
    }

    @Test
    void unsetNumbersTiersAndRelationshipsDrawNothingAndPercentagesKeepTheirPrecision() {
        Account group = account("Group", null);
        Account nearlyAll = account("Nearly all", group);
        nearlyAll.setOwnershipPercent(99.99);
        Account sliver = account("Sliver", group);
        sliver.setOwnershipPercent(0.01);
        Account unknown = account("Unknown share", group);
        Account set = account("Set", group);
        set.setAnnualRevenue(1_250_000);
        set.setTier(PyramidTier.KEY);
        set.setRelationshipType(RelationshipType.PARTNERSHIP);
        Representation hierarchy = service.create(resource, "hierarchy", group, "Group", null);
        Scene scene = service.framedScene(hierarchy, LocalDate.of(2026, 12, 2));

        assertEquals(List.of("Group", "Σ 1,250,000"), boxOf(scene, group).label(),
                "its own revenue unknown: blank, not 0, and no separator left hanging");
        assertEquals(List.of("Nearly all"), boxOf(scene, nearlyAll).label(), "no revenue anywhere below: no '0 · Σ 0'");
        assertNull(boxOf(scene, group).style().badge(), "no relationship chosen: no badge");
        assertEquals("#DEEBF7", boxOf(scene, group).style().fill(), "no tier set: the plain fill, not Ordinary's");
        assertEquals(List.of("Set", "1,250,000 · Σ 1,250,000"), boxOf(scene, set).label());
        assertEquals("P", boxOf(scene, set).style().badge());
        List<String> shares = scene.lines().stream().map(l -> String.join(" ", l.label())).sorted().toList();
        assertTrue(shares.contains("99.99%") && shares.contains("0.01%"), shares.toString());
        assertFalse(shares.contains("0%"), "an unknown share is blank: " + shares);

        List<String> legend = scene.frame().legend().stream().map(Legend.Entry::text).toList();
        assertTrue(legend.stream().anyMatch(t -> t.contains("Key") && !t.contains("strategic")), legend.toString());
        assertFalse(legend.stream().anyMatch(t -> t.contains("Ordinary") || t.contains("strategic")),
                "only tiers that are shown: " + legend);
        assertTrue(legend.contains("Partnership") && legend.contains("Ownership line"), legend.toString());
    }

    @Test
    void longTitlesWrapIntoTallerNarrowerBoxes() {
        List<String> wrapped = org.accountatlas.diagram.internal.expressions.LabelTemplate.wrap(List.of(
                "Director General, Finance and Chief Financial Officer", "华夏钢铁集团采购与供应链管理中心副总经理兼总监"), 32);
        assertEquals(List.of("Director General, Finance and", "Chief Financial Officer", "华夏钢铁集团采购与供应链管理中心",
                "副总经理兼总监"), wrapped);
        Account customer = account("Customer", null);
        OrgUnit unit = F.createOrgUnit();
        unit.setName("Finance");
        customer.getOrgUnits().add(unit);
        Contact director = F.createContact();
        director.setName("Ada Long");
        director.setTitle("Director General, Finance and Chief Financial Officer");
        unit.getContacts().add(director);
        Scene scene = service.scene(service.create(resource, "decision-map", customer, "Finance", null));
        Scene.Box box = boxOf(scene, director);
        assertEquals(List.of("Ada Long", "Director General, Finance and", "Chief Financial Officer"), box.label());
        double[] size = DiagramServiceTest.FIXED.measure(box.label(), box.fontSize(), box.bold());
        assertTrue(size[0] <= box.width() && size[1] <= box.height(), "the wrapped label fits its box");
    }

    @Test
    void vacantPostsAreStyledAndCountedApartAndTheLegendSaysWhatBadgesMean() {
        Account customer = account("Customer", null);
        OrgUnit unit = F.createOrgUnit();
        unit.setName("Board");
        customer.getOrgUnits().add(unit);
        Contact chair = F.createContact();
        chair.setName("Ada Chair");
        chair.setBuyingRole(BuyingRole.ECONOMIC_BUYER);
        chair.setAttitude(Attitude.SUPPORTER);
        Contact vacant = F.createContact();
        vacant.setName("N/D");
        vacant.setReportsTo(chair);
        unit.getContacts().addAll(List.of(chair, vacant));
        Representation map = service.create(resource, "decision-map", customer, "Board", null);
        Scene scene = service.framedScene(map, LocalDate.of(2026, 12, 2));

        Scene.Box post = boxOf(scene, vacant);
        assertEquals("#FFFFFF", post.style().fill());
        assertEquals(org.accountatlas.diagram.description.LineStyle.DASHED, post.style().line());
        assertTrue(scene.frame().title().get(1).endsWith("1 person, 1 vacant or unnamed post"), scene.frame().title().get(1));
        List<Legend.Entry> legend = scene.frame().legend();
        assertTrue(legend.stream().anyMatch(e -> e.kind() == Legend.Kind.BADGE && "EB".equals(e.badge())
                && e.text().equals("Economic buyer")), legend.toString());
        assertTrue(legend.stream().anyMatch(e -> e.text().equals("Vacant or unnamed post")), legend.toString());
        assertFalse(legend.stream().anyMatch(e -> e.text().contains("OPPONENT")), "no opponent is shown: " + legend);
    }
}
