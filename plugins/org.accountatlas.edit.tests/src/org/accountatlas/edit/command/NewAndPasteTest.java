package org.accountatlas.edit.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.Influence;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.accountatlas.edit.testing.PortfolioBuilder;
import org.junit.jupiter.api.Test;

/** Creating and pasting where the explorer shows elements, undoably, without a display. */
class NewAndPasteTest {

    private final AtlasFactory factory = AtlasFactory.eINSTANCE;
    private final PortfolioBuilder build = new PortfolioBuilder();
    private final EditingDomain domain = build.domain();
    private final Portfolio portfolio = build.portfolio();



    private Contact contact(String name, OrgUnit unit) {
        Contact contact = build.contact(name, unit);
        contact.setExternalId("SF-" + name);
        return contact;
    }

    @Test
    void aNewSubsidiaryJoinsTheFlatListUnderItsGroupAndUndoRemovesIt() {
        Account group = build.account("Group", null);
        List<NewElement> offered = NewElements.of(domain, group);
        assertEquals(2, offered.size(), "subsidiary and department");
        NewElement subsidiary = offered.get(0);
        domain.getCommandStack().execute(subsidiary.command());
        Account created = (Account) subsidiary.created();
        assertSame(group, created.getParent());
        assertTrue(portfolio.getAccounts().contains(created));
        assertEquals("Account", created.getName());
        domain.getCommandStack().undo();
        assertFalse(portfolio.getAccounts().contains(created));
        assertTrue(group.getSubsidiaries().isEmpty());
    }

    @Test
    void aPersonCanBeCreatedInADepartmentOrBesideAPerson() {
        Account acme = build.account("Acme", null);
        OrgUnit sales = build.unit("Sales", acme);
        Contact ann = contact("Ann", sales);
        NewElement beside = NewElements.of(domain, ann).get(0);
        domain.getCommandStack().execute(beside.command());
        assertEquals(2, sales.getContacts().size());
        assertTrue(NewElements.of(domain, factory.createInfluence()).isEmpty());
    }

    @Test
    void anAccountPastedOnAnotherBecomesItsSubsidiaryWithItsPeopleAndTheirLinks() {
        Account source = build.account("Source", null);
        OrgUnit unit = build.unit("Board", source);
        Contact boss = contact("Boss", unit);
        Contact aide = contact("Aide", unit);
        aide.setReportsTo(boss);
        Influence influence = factory.createInfluence();
        influence.setSource(aide);
        influence.setTarget(boss);
        source.getInfluences().add(influence);
        Account group = build.account("Group", null);

        Command paste = Pastes.of(domain, List.of(source), group);
        assertTrue(paste.canExecute());
        domain.getCommandStack().execute(paste);

        Account copy = (Account) paste.getResult().iterator().next();
        assertNotSame(source, copy);
        assertSame(group, copy.getParent());
        Contact copiedAide = copy.getOrgUnits().get(0).getContacts().get(1);
        Contact copiedBoss = copy.getOrgUnits().get(0).getContacts().get(0);
        assertSame(copiedBoss, copiedAide.getReportsTo(), "links inside the copy point into the copy");
        assertSame(copiedAide, copy.getInfluences().get(0).getSource());
        assertNull(copiedAide.getExternalId(), "a copy is not the imported record");
        assertEquals("SF-Aide", aide.getExternalId());
        assertSame(boss, aide.getReportsTo(), "the original is untouched");

        domain.getCommandStack().undo();
        assertEquals(2, portfolio.getAccounts().size());
        assertTrue(group.getSubsidiaries().isEmpty());
    }

    @Test
    void aPersonPastedAtAnotherAccountLeavesTheReportingLineBehind() {
        Account acme = build.account("Acme", null);
        OrgUnit sales = build.unit("Sales", acme);
        Contact boss = contact("Boss", sales);
        Contact ann = contact("Ann", sales);
        ann.setReportsTo(boss);
        OrgUnit elsewhere = build.unit("Purchasing", build.account("Other", null));

        Command paste = Pastes.of(domain, List.of(ann), elsewhere);
        domain.getCommandStack().execute(paste);

        Contact copy = elsewhere.getContacts().get(0);
        assertEquals("Ann", copy.getName());
        assertNull(copy.getReportsTo());
        assertEquals(List.of(ann), boss.getDirectReports());
    }

    @Test
    void elementsThatDoNotBelongAtTheTargetAreRefusedAndNothingChanges() {
        Account acme = build.account("Acme", null);
        OrgUnit sales = build.unit("Sales", acme);
        Contact ann = contact("Ann", sales);
        Portfolio before = EcoreUtil.copy(portfolio);
        assertFalse(Pastes.of(domain, List.of(ann), acme).canExecute(), "people go into a department");
        assertFalse(Pastes.of(domain, List.of(sales), ann).canExecute());
        assertFalse(Pastes.of(domain, List.of(ann, sales), sales).canExecute(), "mixed kinds");
        assertTrue(EcoreUtil.equals(before, portfolio));
    }
}
