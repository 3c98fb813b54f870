package org.accountatlas.app.internal.explorer;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Account;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The portfolio as planners think of it: groups and standalone accounts at the top, subsidiaries under
 * their group at any depth, then departments and people; our team and the competitors in their own folders.
 */
final class ExplorerContentProvider implements ITreeContentProvider {

    private static final Collator COLLATOR = Collator.getInstance();

    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof Portfolio portfolio)) {
            return new Object[0];
        }
        List<Object> top = new ArrayList<>();
        portfolio.getAccounts().stream().filter(a -> a.getParent() == null).forEach(top::add);
        top.add(new Folder(portfolio, Folder.Kind.TEAM));
        top.add(new Folder(portfolio, Folder.Kind.COMPETITORS));
        return top.toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Account account) {
            // Subsidiaries come from parent links, which carry no order of their own: sort them by name.
            List<Object> children = new ArrayList<>(account.getSubsidiaries());
            children.sort(Comparator.comparing(a -> ((Account) a).getName(), Comparator.nullsLast(COLLATOR)));
            children.addAll(account.getOrgUnits());
            children.addAll(diagramsOf(account));
            return children.toArray();
        }
        if (parent instanceof OrgUnit unit) {
            List<Object> children = new ArrayList<>(unit.getSubUnits());
            children.addAll(unit.getContacts());
            return children.toArray();
        }
        if (parent instanceof Folder folder) {
            return folder.children().toArray();
        }
        return new Object[0];
    }

    /** The diagrams drawn for the account: roots of the database beside the portfolio. */
    static List<Representation> diagramsOf(Account account) {
        List<Representation> diagrams = new ArrayList<>();
        if (account.eResource() != null) {
            for (Object root : account.eResource().getContents()) {
                if (root instanceof Representation representation && representation.getTarget() == account) {
                    diagrams.add(representation);
                }
            }
        }
        return diagrams;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Account account) {
            return account.getParent();
        }
        if (element instanceof Representation representation) {
            return representation.getTarget();
        }
        return element instanceof org.eclipse.emf.ecore.EObject object ? object.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Account account) {
            return !account.getSubsidiaries().isEmpty() || !account.getOrgUnits().isEmpty()
                    || !diagramsOf(account).isEmpty();
        }
        if (element instanceof OrgUnit unit) {
            return !unit.getSubUnits().isEmpty() || !unit.getContacts().isEmpty();
        }
        return element instanceof Folder folder && !folder.children().isEmpty();
    }
}
