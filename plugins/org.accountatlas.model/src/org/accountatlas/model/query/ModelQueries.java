package org.accountatlas.model.query;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.eclipse.emf.ecore.EObject;

/** Navigation the generated API does not offer: which account an element belongs to, and its contacts. */
public final class ModelQueries {

    private ModelQueries() {
    }

    /** The account that (transitively) contains the element, the account itself, or null when detached. */
    public static Account accountOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Account account) {
                return account;
            }
        }
        return null;
    }

    /** All contacts of an account, in every org unit at any depth, in tree order. */
    public static List<Contact> contactsOf(Account account) {
        List<Contact> contacts = new ArrayList<>();
        for (OrgUnit unit : account.getOrgUnits()) {
            collectContacts(unit, contacts);
        }
        return contacts;
    }

    private static void collectContacts(OrgUnit unit, List<Contact> into) {
        into.addAll(unit.getContacts());
        for (OrgUnit sub : unit.getSubUnits()) {
            collectContacts(sub, into);
        }
    }

    /** The account's ancestors, nearest first; stops before repeating itself if the parent line has a cycle. */
    public static List<Account> ancestorsOf(Account account) {
        List<Account> ancestors = new ArrayList<>();
        for (Account a = account.getParent(); a != null && a != account && !ancestors.contains(a); a = a.getParent()) {
            ancestors.add(a);
        }
        return ancestors;
    }
}
