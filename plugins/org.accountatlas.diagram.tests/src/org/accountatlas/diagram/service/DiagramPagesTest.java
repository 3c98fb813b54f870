package org.accountatlas.diagram.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.model.Account;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

/** Excerpts and tiles of a decision map, whose reporting lines cross departments. */
class DiagramPagesTest {

    private final DiagramService service = new DiagramService(DiagramServiceTest.FIXED);
    private final DiagramPages pages = new DiagramPages(service, LocalDate.of(2026, 12, 2));

    private Representation map(Account account) {
        return service.make(new ResourceImpl(), "decision-map", account, "Map", null);
    }

    private static Account steelGroup() {
        Portfolio portfolio = SamplePortfolio.build(new Date());
        return portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow();
    }

    @Test
    void anExcerptUnderAManagerKeepsTheirReportsWithTheDepartmentsTheyWorkIn() {
        Account group = steelGroup();
        Contact boss = ModelQueries.contactsOf(group).stream().filter(c -> c.getReportsTo() == null
                && !c.getDirectReports().isEmpty()).findFirst().orElseThrow();
        Representation under = pages.excerpt(map(group), boss.getName(), 0);
        Set<Object> shown = new HashSet<>();
        under.getNodes().forEach(n -> collect(n, shown));
        for (Contact report : boss.getDirectReports()) {
            assertTrue(shown.contains(report), report.getName() + " is drawn");
            assertTrue(shown.contains((OrgUnit) report.eContainer()), "in the department " + ((OrgUnit) report
                    .eContainer()).getName());
        }
    }

    @Test
    void aMapTiledToSmallPagesShowsEveryoneOnSomePageAndEachPageFits() {
        Account group = steelGroup();
        List<Scene> tiles = pages.tile(map(group), null, scene -> scene.boxes().size() <= 10);
        assertTrue(tiles.size() > 1, "several pages: " + tiles.size());
        Set<Object> everywhere = new HashSet<>();
        for (Scene page : tiles) {
            page.boxes().forEach(box -> everywhere.add(box.target()));
        }
        for (Contact contact : ModelQueries.contactsOf(group)) {
            assertTrue(everywhere.contains(contact), contact.getName() + " is on some page");
        }
        assertEquals(List.of(), tiles.stream().filter(p -> p.frame() == null).toList(), "every page framed");
    }

    private static void collect(DNode node, Set<Object> into) {
        into.add(node.getTarget());
        node.getChildren().forEach(child -> collect(child, into));
    }
}
