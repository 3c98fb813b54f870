package org.accountatlas.edit.testing;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.provider.AtlasItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/** A small portfolio built in a test, and an editing domain with its own command stack. */
public final class PortfolioBuilder {

    private final AtlasFactory factory = AtlasFactory.eINSTANCE;
    private final Portfolio portfolio = factory.createPortfolio();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new AtlasItemProviderAdapterFactory(),
            new BasicCommandStack());

    public Portfolio portfolio() {
        return portfolio;
    }

    public EditingDomain domain() {
        return domain;
    }

    public Account account(String name, Account parent) {
        Account account = factory.createAccount();
        account.setName(name);
        account.setParent(parent);
        portfolio.getAccounts().add(account);
        return account;
    }

    public OrgUnit unit(String name, Account account) {
        OrgUnit unit = factory.createOrgUnit();
        unit.setName(name);
        account.getOrgUnits().add(unit);
        return unit;
    }

    public Contact contact(String name, OrgUnit unit) {
        Contact contact = factory.createContact();
        contact.setName(name);
        unit.getContacts().add(contact);
        return contact;
    }
}
