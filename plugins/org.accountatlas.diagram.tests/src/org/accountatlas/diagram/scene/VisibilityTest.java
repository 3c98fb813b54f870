package org.accountatlas.diagram.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.accountatlas.analysis.Rollup;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Account;
import org.accountatlas.model.Competitor;
import org.accountatlas.model.Contact;
import org.accountatlas.model.ContactStatus;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.sample.SamplePortfolio;
import org.junit.jupiter.api.Test;

/** What a scene shows: collapsed subtrees folded with their count, layers switched, filters applied. */
class VisibilityTest {

    private static final org.accountatlas.diagram.layout.TextMeasurer FIXED = (lines, size, bold) -> new double[] {
        lines.stream().mapToInt(String::length).max().orElse(0) * 7.0, lines.size() * 14.0 };

    private final Portfolio portfolio = SamplePortfolio.build(new Date());
    private final Account group = portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团"))
            .findFirst().orElseThrow();

    private Scene scene(DiagramDescription description, Representation representation) {
        new RepresentationLayout(description, FIXED, Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        return new SceneBuilder(description, Enum::name, 10).build(representation);
    }

    @Test
    void aCollapsedAccountHidesItsSubtreeAndSaysHowMany() {
        DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
        Representation representation = Synchronizer.create(hierarchy, group, "Group");
        Account subGroup = group.getSubsidiaries().stream().filter(a -> Rollup.accounts(a) > 2).findFirst().orElseThrow();
        DNode node = representation.getNodes().stream().filter(n -> n.getTarget() == subGroup).findFirst().orElseThrow();
        int total = Rollup.accounts(group);
        int hidden = Rollup.accounts(subGroup) - 1;

        node.setCollapsed(true);
        Scene scene = scene(hierarchy, representation);

        assertEquals(total - hidden, scene.boxes().size());
        Scene.Box folded = scene.boxes().stream().filter(b -> b.target() == subGroup).findFirst().orElseThrow();
        assertEquals(hidden, folded.hiddenCount());
        assertTrue(scene.lines().stream().noneMatch(l -> ((Account) l.target()).getParent() == subGroup));

        node.setCollapsed(false);
        assertEquals(total, scene(hierarchy, representation).boxes().size());
    }

    @Test
    void layersAndFiltersDecideWhatADecisionMapShows() {
        DiagramDescription map = Descriptions.named(Descriptions.shipped(), "decision-map");
        Representation representation = Synchronizer.create(map, group, "Map");
        List<Contact> people = ModelQueries.contactsOf(group);
        long left = people.stream().filter(c -> c.getStatus() == ContactStatus.LEFT).count();
        assertTrue(left > 0, "the sample has someone who left");

        Scene base = scene(map, representation);
        assertTrue(base.boxes().stream().noneMatch(b -> b.target() instanceof Competitor), "competition layer off");
        assertTrue(base.lines().stream().anyMatch(l -> l.target() instanceof org.accountatlas.model.Coverage));

        representation.getActiveLayers().add("competition");
        representation.getActiveLayers().remove("coverage");
        Scene switched = scene(map, representation);
        assertTrue(switched.boxes().stream().anyMatch(b -> b.target() instanceof Competitor));
        assertFalse(switched.lines().stream().anyMatch(l -> l.target() instanceof org.accountatlas.model.Coverage));

        representation.getActiveFilters().add("hideLeft");
        Scene filtered = scene(map, representation);
        long shownPeople = filtered.boxes().stream().filter(b -> b.target() instanceof Contact).count();
        assertEquals(people.size() - left, shownPeople);
    }
}
