package org.accountatlas.diagram.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.description.Tool;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.model.Account;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Coverage;
import org.accountatlas.model.Influence;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.TeamMember;
import org.accountatlas.sample.SamplePortfolio;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

/** The description's tools as model commands, on the sample portfolio. */
class DiagramToolsTest {

    private final Portfolio portfolio = SamplePortfolio.build(new Date());
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
            new BasicCommandStack());
    private final DiagramDescription map = Descriptions.named(Descriptions.shipped(), "decision-map");
    private final DiagramDescription hierarchy = Descriptions.named(Descriptions.shipped(), "hierarchy");
    private final Account group = portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团"))
            .findFirst().orElseThrow();

    private Tool tool(DiagramDescription description, String label) {
        return DiagramTools.paletteOf(description).keySet().stream().filter(t -> t.getLabel().equals(label))
                .findFirst().orElseThrow();
    }

    private DiagramElementMapping mapping(DiagramDescription description, String label) {
        return DiagramTools.paletteOf(description).get(tool(description, label));
    }

    private void run(Command command) {
        assertTrue(command.canExecute(), "executable");
        domain.getCommandStack().execute(command);
    }

    @Test
    void thePaletteListsEveryCreationThenEveryLine() {
        List<String> labels = DiagramTools.paletteOf(map).keySet().stream().map(Tool::getLabel).toList();
        assertEquals(List.of("Department", "Person", "Team member", "Competitor", "Reports-to line", "Influence line",
                "Coverage line", "Favours competitor"), labels);
    }

    @Test
    void aPersonGoesIntoTheClickedDepartmentOrTheDepartmentOfTheClickedPerson() {
        OrgUnit unit = group.getOrgUnits().get(0);
        Contact colleague = unit.getContacts().get(0);
        int before = unit.getContacts().size();
        DiagramTools.Creation creation = DiagramTools.create(domain, tool(map, "Person"),
                (NodeMapping) mapping(map, "Person"), colleague, group);
        run(creation.command());
        assertEquals(before + 1, unit.getContacts().size());
        assertEquals("Person", ((Contact) creation.created()).getName());
        domain.getCommandStack().undo();
        assertEquals(before, unit.getContacts().size());
        assertEquals(null, DiagramTools.create(domain, tool(map, "Person"), (NodeMapping) mapping(map, "Person"), null,
                group), "no department clicked: no place for a person");
    }

    @Test
    void aTeamMemberJoinsTheMapCoveringTheClickedPerson() {
        Contact person = group.getOrgUnits().get(0).getContacts().get(0);
        DiagramTools.Creation creation = DiagramTools.create(domain, tool(map, "Team member"),
                (NodeMapping) mapping(map, "Team member"), person, group);
        run(creation.command());
        TeamMember member = (TeamMember) creation.created();
        assertTrue(portfolio.getTeamMembers().contains(member), "in our team");
        Coverage coverage = group.getCoverages().stream().filter(c -> c.getTeamMember() == member).findFirst().orElseThrow();
        assertSame(person, coverage.getContact(), "covering the person clicked, so the map shows them");
    }

    @Test
    void linesAreStoredAsTheirMappingsSayAndLoopsAreRefused() {
        Contact a = org.accountatlas.model.AtlasFactory.eINSTANCE.createContact(); // nobody reports to a newcomer
        group.getOrgUnits().get(0).getContacts().add(a);
        Contact b = group.getOrgUnits().get(1).getContacts().get(0);
        int influences = group.getInfluences().size();
        run(DiagramTools.connect(domain, (EdgeMapping) mapping(map, "Influence line"), a, b, group));
        Influence influence = group.getInfluences().get(influences);
        assertSame(a, influence.getSource());
        assertSame(b, influence.getTarget());

        run(DiagramTools.connect(domain, (EdgeMapping) mapping(map, "Reports-to line"), a, b, group));
        assertSame(b, a.getReportsTo());
        assertFalse(DiagramTools.connect(domain, (EdgeMapping) mapping(map, "Reports-to line"), b, a, group).canExecute(),
                "b reporting to a would close a loop");

        Account subsidiary = group.getSubsidiaries().get(0);
        assertFalse(DiagramTools.connect(domain, (EdgeMapping) mapping(hierarchy, "Ownership line"), subsidiary, group,
                group).canExecute(), "a subsidiary cannot own its group");
    }

    @Test
    void reconnectingAnInfluenceLineMovesItsEnd() {
        Influence influence = group.getInfluences().get(0);
        Contact other = group.getOrgUnits().get(0).getContacts().stream()
                .filter(c -> c != influence.getSource() && c != influence.getTarget()).findFirst().orElseThrow();
        EdgeMapping mapping = (EdgeMapping) mapping(map, "Influence line");
        Command command = DiagramTools.reconnect(domain, mapping, influence, influence.getSource(), influence.getTarget(),
                false, other, group);
        run(command);
        assertSame(other, influence.getTarget());
        assertNotNull(influence.getSource());
    }
}
