package org.accountatlas.edit.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.accountatlas.edit.testing.PortfolioBuilder;
import org.junit.jupiter.api.Test;

/** The rules drag and drop obeys, without a display. */
class MovesTest {

    private final PortfolioBuilder build = new PortfolioBuilder();
    private final EditingDomain domain = build.domain();
    private final Portfolio portfolio = build.portfolio();




    @Test
    void anAccountCannotGoUnderItsOwnGrandchildButAnywhereElse() {
        Account group = build.account("Group", null);
        Account daughter = build.account("Daughter", group);
        Account grandchild = build.account("Grandchild", daughter);

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
        Account acme = build.account("Acme", null);
        Account other = build.account("Other", null);
        OrgUnit sales = build.unit("Sales", acme);
        OrgUnit finance = build.unit("Finance", acme);
        OrgUnit elsewhere = build.unit("Purchasing", other);
        Contact ames = build.contact("Ames", sales);

        Move within = Moves.of(domain, List.of(ames), finance);
        assertTrue(within.isAllowed());
        domain.getCommandStack().execute(within.command());
        assertSame(finance, ames.eContainer());

        Move across = Moves.of(domain, List.of(ames), elsewhere);
        assertFalse(across.isAllowed());
        assertTrue(across.refusal().contains("another account"), across.refusal());
        assertFalse(Moves.of(domain, List.of(sales), sales).isAllowed(), "a department never goes inside itself");
    }

    @Test
    void undoingAMovePutsThePersonAndTheDepartmentBackWhereTheyWere() {
        Account acme = build.account("Acme", null);
        OrgUnit sales = build.unit("Sales", acme);
        OrgUnit finance = build.unit("Finance", acme);
        build.contact("First", sales);
        Contact ames = build.contact("Ames", sales);
        build.contact("Last", sales);

        domain.getCommandStack().execute(Moves.of(domain, List.of(ames), finance).command());
        assertSame(finance, ames.eContainer());
        domain.getCommandStack().undo();
        assertSame(sales, ames.eContainer(), "back in its department, not detached");
        assertSame(ames, sales.getContacts().get(1), "at its old place");
        domain.getCommandStack().redo();
        assertSame(finance, ames.eContainer());

        domain.getCommandStack().execute(Moves.of(domain, List.of(finance), sales).command());
        assertSame(sales, finance.eContainer());
        domain.getCommandStack().undo();
        assertSame(acme, finance.eContainer());
    }
}
