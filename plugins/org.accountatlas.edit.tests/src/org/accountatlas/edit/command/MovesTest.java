package org.accountatlas.edit.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.provider.AtlasItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/** The rules drag and drop obeys, without a display. */
class MovesTest {

    private final AtlasFactory factory = AtlasFactory.eINSTANCE;
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new AtlasItemProviderAdapterFactory(),
            new BasicCommandStack());
    private final Portfolio portfolio = factory.createPortfolio();

    private Account account(String name, Account parent) {
        Account account = factory.createAccount();
        account.setName(name);
        account.setParent(parent);
        portfolio.getAccounts().add(account);
        return account;
    }

    private OrgUnit unit(String name, Account account) {
        OrgUnit unit = factory.createOrgUnit();
        unit.setName(name);
        account.getOrgUnits().add(unit);
        return unit;
    }

    private Contact contact(String name, OrgUnit unit) {
        Contact contact = factory.createContact();
        contact.setName(name);
        unit.getContacts().add(contact);
        return contact;
    }

    @Test
    void anAccountCannotGoUnderItsOwnGrandchildButAnywhereElse() {
        Account group = account("Group", null);
        Account daughter = account("Daughter", group);
        Account grandchild = account("Grandchild", daughter);

        Move cycle = Moves.of(domain, List.of(group), grandchild);
        assertFalse(cycle.isAllowed());
        assertTrue(cycle.refusal().contains("Group") && cycle.refusal().contains("Grandchild"), cycle.refusal());

        Move toTop = Moves.of(domain, List.of(grandchild), portfolio);
        assertTrue(toTop.isAllowed());
        domain.getCommandStack().execute(toTop.command());
        assertNull(grandchild.getParent());
        assertTrue(domain.getCommandStack().getUndoCommand().getLabel().contains("Grandchild"));
        domain.getCommandStack().undo();
        assertSame(daughter, grandchild.getParent());
    }

    @Test
    void peopleMoveBetweenDepartmentsOfTheirOwnAccountOnly() {
        Account acme = account("Acme", null);
        Account other = account("Other", null);
        OrgUnit sales = unit("Sales", acme);
        OrgUnit finance = unit("Finance", acme);
        OrgUnit elsewhere = unit("Purchasing", other);
        Contact ames = contact("Ames", sales);

        Move within = Moves.of(domain, List.of(ames), finance);
        assertTrue(within.isAllowed());
        domain.getCommandStack().execute(within.command());
        assertSame(finance, ames.eContainer());

        Move across = Moves.of(domain, List.of(ames), elsewhere);
        assertFalse(across.isAllowed());
        assertTrue(across.refusal().contains("another account"), across.refusal());
        assertFalse(Moves.of(domain, List.of(sales), sales).isAllowed(), "a department never goes inside itself");
    }
}
