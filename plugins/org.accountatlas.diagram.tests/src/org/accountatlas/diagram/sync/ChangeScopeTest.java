package org.accountatlas.diagram.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;

/** Which changes make an open diagram synchronise, only repaint, or do nothing. */
class ChangeScopeTest {

    private final Portfolio portfolio = SamplePortfolio.build(new Date());
    private final Resource resource = new ResourceImpl();
    private final List<Notification> heard = new ArrayList<>();
    private final Representation map;
    private final Representation hierarchy;

    ChangeScopeTest() {
        resource.getContents().add(portfolio);
        DiagramService service = new DiagramService((lines, size, bold) -> new double[] { 100, 20 });
        map = service.create(resource, "decision-map", named("华夏钢铁集团"), "Map", null);
        hierarchy = service.create(resource, "hierarchy", named("华夏钢铁集团"), "Group", null);
        resource.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                heard.add(notification);
            }
        });
    }

    private Account named(String name) {
        return portfolio.getAccounts().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    private ChangeScope.Effect effectOn(Representation representation, Runnable change) {
        heard.clear();
        change.run();
        return new ChangeScope(representation).of(heard);
    }

    @Test
    void anEditElsewhereInThePortfolioConcernsNeitherDiagram() {
        Account elsewhere = portfolio.getAccounts().stream()
                .filter(a -> a.getParent() == null && !a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow();
        assertEquals(ChangeScope.Effect.NONE, effectOn(map, () -> elsewhere.setName("Renamed")));
        assertEquals(ChangeScope.Effect.NONE, effectOn(hierarchy, () -> elsewhere.setAnnualRevenue(1)));
    }

    @Test
    void aPersonAddedOrRenamedInsideTheAccountMakesTheMapSynchronise() {
        Account group = named("华夏钢铁集团");
        Contact person = AtlasFactory.eINSTANCE.createContact();
        assertEquals(ChangeScope.Effect.MODEL, effectOn(map, () -> group.getOrgUnits().get(0).getContacts().add(person)));
        Contact drawn = (Contact) java.util.stream.StreamSupport.stream(
                ((Iterable<org.eclipse.emf.ecore.EObject>) map::eAllContents).spliterator(), false)
                .filter(o -> o instanceof org.accountatlas.diagram.representation.DNode n && n.getTarget() instanceof Contact)
                .map(o -> ((org.accountatlas.diagram.representation.DNode) o).getTarget()).findFirst().orElseThrow();
        assertEquals(ChangeScope.Effect.MODEL, effectOn(map, () -> drawn.setName("Renamed")));
    }

    @Test
    void aNewSubsidiaryOfADrawnAccountMakesTheHierarchySynchronise() {
        Account subsidiary = AtlasFactory.eINSTANCE.createAccount();
        portfolio.getAccounts().add(subsidiary);
        assertEquals(ChangeScope.Effect.MODEL, effectOn(hierarchy, () -> subsidiary.setParent(named("华夏钢铁集团"))));
    }

    @Test
    void movingANodeOnlyRepaintsItsOwnDiagram() {
        assertEquals(ChangeScope.Effect.REPRESENTATION, effectOn(map, () -> map.getNodes().get(0).setX(500)));
        assertEquals(ChangeScope.Effect.NONE, effectOn(hierarchy, () -> map.getNodes().get(0).setX(600)));
    }
}
