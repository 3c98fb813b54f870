package org.accountatlas.diagram.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
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

/** The diagram service: creating lays out, reading never changes anything, refreshing is the explicit step. */
public class DiagramServiceTest {

    public static final TextMeasurer FIXED = (lines, size, bold) -> new double[] {
        lines.stream().mapToInt(String::length).max().orElse(0) * size * 0.6, lines.size() * size * 1.2 };

    private final DiagramService service = new DiagramService(FIXED);
    private final Portfolio portfolio = SamplePortfolio.build(new Date());
    private final Resource resource = new ResourceImpl();

    DiagramServiceTest() {
        resource.getContents().add(portfolio);
    }

    private Account named(String name) {
        return portfolio.getAccounts().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<DNode> all(List<DNode> level) {
        return org.accountatlas.diagram.testing.Nodes.all(level);
    }

    /** Counts every change made inside the representation. */
    private static final class Changes extends EContentAdapter {
        int count;

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                count++;
            }
        }
    }

    @Test
    void createLaysOutEveryNodeAndRefusesATakenName() {
        Representation map = service.create(resource, "decision-map", named("华夏钢铁集团"), "Map", null);
        assertTrue(service.scene(map).boxes().stream().allMatch(b -> b.element().isPlaced()), "every shown node has a place");
        assertEquals(map, DiagramService.named(resource, "Map"));
        assertEquals(List.of(map), DiagramService.diagramsOf(resource));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> service.create(resource, "hierarchy", named("华夏钢铁集团"), "Map", null));
        assertTrue(taken.getMessage().contains("already a diagram named 'Map'"), taken.getMessage());
        Representation sideways = service.create(resource, "hierarchy", named("华夏钢铁集团"), "Sideways",
                org.accountatlas.diagram.description.LayoutDirection.RIGHT);
        assertTrue(sideways.isSetDirection() && !map.isSetDirection(), "only a chosen direction is set");
    }

    @Test
    void scenesOfAStaleDiagramChangeNothingUntilItIsRefreshed() {
        Account group = named("华夏钢铁集团");
        Representation map = service.create(resource, "decision-map", group, "Map", null);
        Contact newcomer = AtlasFactory.eINSTANCE.createContact();
        newcomer.setName("Newcomer");
        group.getOrgUnits().get(0).getContacts().add(newcomer);
        Changes changes = new Changes();
        map.eAdapters().add(changes);

        service.scene(map);
        service.framedScene(map, LocalDate.of(2026, 12, 2));
        assertEquals(0, changes.count, "building scenes changed the diagram");
        assertFalse(all(map.getNodes()).stream().anyMatch(n -> n.getTarget() == newcomer), "not shown before a refresh");

        service.refresh(map);
        assertTrue(changes.count > 0);
        DNode added = all(map.getNodes()).stream().filter(n -> n.getTarget() == newcomer).findFirst().orElseThrow();
        assertTrue(added.isPlaced(), "a refresh places what is new");
        assertTrue(service.scene(map).boxes().stream().anyMatch(b -> b.target() == newcomer));
    }

    @Test
    void fileNamesKeepChineseAndReplacePathCharacters() {
        Representation map = service.create(resource, "hierarchy", named("华夏钢铁集团"), " 华夏 / 钢铁: A*B ", null);
        assertEquals("华夏 _ 钢铁_ A_B", DiagramService.fileNameOf(map));
    }
}
