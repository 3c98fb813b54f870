package org.accountatlas.edit.command;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.AtlasPackage.Literals;
import org.accountatlas.model.Contact;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What can be created where, as the explorer shows the portfolio: accounts at the top, subsidiaries and
 * departments under an account, departments and people under a department, team members and competitors in
 * their lists. Subsidiaries live in the portfolio's flat account list with a parent link, like all accounts.
 */
public final class NewElements {

    private static final AtlasFactory FACTORY = AtlasFactory.eINSTANCE;

    private NewElements() {
    }

    /** The elements that can be created in or under the target (a portfolio, account, department or person). */
    public static List<NewElement> of(EditingDomain domain, EObject target) {
        List<NewElement> elements = new ArrayList<>();
        if (target instanceof Portfolio portfolio) {
            elements.add(add(domain, portfolio, Literals.PORTFOLIO__ACCOUNTS, FACTORY.createAccount(), "Account"));
        } else if (target instanceof Account account && account.eContainer() instanceof Portfolio portfolio) {
            Account subsidiary = named(FACTORY.createAccount(), "Account");
            CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL,
                    string("_UI_New_label", string("_UI_Subsidiary_label")));
            command.append(AddCommand.create(domain, portfolio, Literals.PORTFOLIO__ACCOUNTS, subsidiary));
            command.append(SetCommand.create(domain, subsidiary, Literals.ACCOUNT__PARENT, account));
            elements.add(new NewElement(string("_UI_Subsidiary_label"), subsidiary, command));
            elements.add(add(domain, account, Literals.ACCOUNT__ORG_UNITS, FACTORY.createOrgUnit(), "OrgUnit"));
        } else if (target instanceof OrgUnit unit) {
            elements.add(add(domain, unit, Literals.ORG_UNIT__SUB_UNITS, FACTORY.createOrgUnit(), "OrgUnit"));
            elements.add(add(domain, unit, Literals.ORG_UNIT__CONTACTS, FACTORY.createContact(), "Contact"));
        } else if (target instanceof Contact contact && contact.eContainer() instanceof OrgUnit unit) {
            elements.add(add(domain, unit, Literals.ORG_UNIT__CONTACTS, FACTORY.createContact(), "Contact"));
        }
        return elements;
    }

    /** A new team member or competitor in the portfolio's list of them. */
    public static NewElement inList(EditingDomain domain, Portfolio portfolio, EReference list) {
        EObject created = FACTORY.create(list.getEReferenceType());
        return add(domain, portfolio, list, created, list.getEReferenceType().getName());
    }

    private static NewElement add(EditingDomain domain, EObject owner, EReference feature, EObject created, String type) {
        named(created, type);
        String label = typeLabel(type);
        Command command = AddCommand.create(domain, owner, feature, created);
        return new NewElement(label, created, new CompoundCommand(string("_UI_New_label", label), List.of(command)));
    }

    private static <T extends EObject> T named(T created, String type) {
        if (created instanceof NamedElement named) {
            named.setName(typeLabel(type));
        }
        return created;
    }

    private static String typeLabel(String type) {
        return string("_UI_" + type + "_type");
    }

    private static String string(String key, Object... substitutions) {
        return AtlasEditPlugin.INSTANCE.getString(key, substitutions);
    }
}
