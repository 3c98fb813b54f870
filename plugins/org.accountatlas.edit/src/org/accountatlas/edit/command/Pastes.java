package org.accountatlas.edit.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage.Literals;
import org.accountatlas.model.Competitor;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.TeamMember;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Paste: fresh copies of what was copied, placed where the explorer shows such elements. Accounts pasted on
 * an account become its subsidiaries, elsewhere top-level accounts; departments go under an account or a
 * department; people into a department (or beside a person); team members and competitors into their lists.
 * A copy keeps its contents and links inside the copy; links to people outside it and external ids are not
 * copied, since a copy is not the record it came from.
 */
public final class Pastes {

    private Pastes() {
    }

    /** The paste command, or an unexecutable one when the copied elements do not belong at the target. */
    public static Command of(EditingDomain domain, Collection<? extends EObject> copied, EObject target) {
        if (copied.isEmpty() || target == null) {
            return UnexecutableCommand.INSTANCE;
        }
        Class<?> kind = copied.iterator().next().getClass();
        if (!copied.stream().allMatch(kind::isInstance)) {
            return UnexecutableCommand.INSTANCE;
        }
        List<EObject> copies = new ArrayList<>(EcoreUtil.copyAll(copied));
        copies.forEach(Pastes::forgetExternalIds);
        EObject first = copies.get(0);
        Portfolio portfolio = portfolioOf(target);
        CompoundCommand paste = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL,
                AtlasEditPlugin.INSTANCE.getString("_UI_Paste_label"));
        if (first instanceof Account && portfolio != null) {
            paste.append(AddCommand.create(domain, portfolio, Literals.PORTFOLIO__ACCOUNTS, copies));
            for (EObject copy : copies) {
                Account parent = target instanceof Account account ? account : null;
                paste.append(SetCommand.create(domain, copy, Literals.ACCOUNT__PARENT, parent));
            }
            paste.append(new IdentityResult(copies));
            return paste;
        }
        EObject owner = null;
        EReference feature = null;
        if (first instanceof OrgUnit && target instanceof Account) {
            owner = target;
            feature = Literals.ACCOUNT__ORG_UNITS;
        } else if (first instanceof OrgUnit && target instanceof OrgUnit) {
            owner = target;
            feature = Literals.ORG_UNIT__SUB_UNITS;
        } else if (first instanceof Contact && (target instanceof OrgUnit || target instanceof Contact)) {
            owner = target instanceof OrgUnit ? target : target.eContainer();
            feature = Literals.ORG_UNIT__CONTACTS;
        } else if (first instanceof TeamMember && portfolio != null) {
            owner = portfolio;
            feature = Literals.PORTFOLIO__TEAM_MEMBERS;
        } else if (first instanceof Competitor && portfolio != null) {
            owner = portfolio;
            feature = Literals.PORTFOLIO__COMPETITORS;
        }
        if (owner == null) {
            return UnexecutableCommand.INSTANCE;
        }
        paste.append(AddCommand.create(domain, owner, feature, copies));
        return paste;
    }

    private static Portfolio portfolioOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Portfolio portfolio) {
                return portfolio;
            }
        }
        return null;
    }

    private static void forgetExternalIds(EObject copy) {
        List<EObject> all = new ArrayList<>();
        all.add(copy);
        copy.eAllContents().forEachRemaining(all::add);
        for (EObject element : all) {
            if (element instanceof Account account) {
                account.setExternalId(null);
            } else if (element instanceof Contact contact) {
                contact.setExternalId(null);
            }
        }
    }

    /** Makes the pasted accounts the paste's result (the last command's result), so they can be selected. */
    private static final class IdentityResult extends org.eclipse.emf.common.command.AbstractCommand {
        private final Collection<?> result;

        IdentityResult(Collection<?> result) {
            this.result = result;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            // Nothing changes: this command only carries the result.
        }

        @Override
        public void undo() {
            // Nothing to undo.
        }

        @Override
        public void redo() {
            // Nothing to redo.
        }

        @Override
        public Collection<?> getResult() {
            return result;
        }
    }
}
