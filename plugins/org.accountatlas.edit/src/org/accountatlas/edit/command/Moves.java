package org.accountatlas.edit.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasPackage;
import org.accountatlas.model.Contact;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Re-parenting by drag and drop, with the model's rules enforced before anything changes: an account goes
 * under another account (or to the top), never under itself or its own subsidiaries; departments and people
 * move between departments of the same account, since reporting lines and influence stay inside one account.
 */
public final class Moves {

    private static final AtlasPackage ATLAS = AtlasPackage.eINSTANCE;

    private Moves() {
    }

    /**
     * The move of {@code dragged} onto {@code target}: an account, a department, a person (meaning the
     * person's department), or the portfolio or null (meaning the top level).
     */
    public static Move of(EditingDomain domain, Collection<?> dragged, Object target) {
        if (dragged.isEmpty()) {
            return Move.NOTHING;
        }
        Object destination = target instanceof Contact contact ? contact.eContainer() : target;
        List<Command> commands = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Object element : dragged) {
            Move move = single(domain, element, destination);
            if (move.refusal() != null) {
                return move;
            }
            if (move.command() != null) {
                commands.add(move.command());
                names.add(((NamedElement) element).getName());
            }
        }
        if (commands.isEmpty()) {
            return Move.NOTHING;
        }
        Command all = commands.size() == 1 ? commands.get(0) : new CompoundCommand(commands);
        String label = AtlasEditPlugin.INSTANCE.getString("_UI_Move_label", new Object[] { String.join(", ", names) });
        return new Move(new CommandWrapper(label, label, all), null);
    }

    private static Move single(EditingDomain domain, Object element, Object destination) {
        if (element instanceof Account account) {
            return account(domain, account, destination);
        }
        if (element instanceof OrgUnit unit) {
            return unit(domain, unit, destination);
        }
        if (element instanceof Contact contact) {
            return contact(domain, contact, destination);
        }
        return refused("_UI_Move_notMovable", element instanceof NamedElement named ? named.getName() : "");
    }

    private static Move account(EditingDomain domain, Account account, Object destination) {
        Account parent = destination instanceof Account target ? target : null;
        if (destination != null && parent == null && !(destination instanceof Portfolio)) {
            return refused("_UI_Move_accountPlace", account.getName());
        }
        if (parent == account.getParent()) {
            return Move.NOTHING;
        }
        if (parent == account || parent != null && ModelQueries.ancestorsOf(parent).contains(account)) {
            return refused("_UI_Move_accountCycle", account.getName(), parent.getName());
        }
        return new Move(SetCommand.create(domain, account, ATLAS.getAccount_Parent(),
                parent == null ? SetCommand.UNSET_VALUE : parent), null);
    }

    private static Move unit(EditingDomain domain, OrgUnit unit, Object destination) {
        if (!(destination instanceof Account) && !(destination instanceof OrgUnit)) {
            return refused("_UI_Move_unitPlace", unit.getName());
        }
        EObject target = (EObject) destination;
        if (unit.eContainer() == target) {
            return Move.NOTHING;
        }
        if (target == unit || EcoreUtil.isAncestor(unit, target)) {
            return refused("_UI_Move_unitCycle", unit.getName(), ((NamedElement) target).getName());
        }
        if (ModelQueries.accountOf(unit) != ModelQueries.accountOf(target)) {
            return refused("_UI_Move_otherAccount", unit.getName(), ((NamedElement) target).getName());
        }
        Object feature = target instanceof Account ? ATLAS.getAccount_OrgUnits() : ATLAS.getOrgUnit_SubUnits();
        return new Move(relocate(domain, unit, target, feature), null);
    }

    private static Move contact(EditingDomain domain, Contact contact, Object destination) {
        if (!(destination instanceof OrgUnit unit)) {
            return refused("_UI_Move_contactPlace", contact.getName());
        }
        if (contact.eContainer() == unit) {
            return Move.NOTHING;
        }
        if (ModelQueries.accountOf(contact) != ModelQueries.accountOf(unit)) {
            return refused("_UI_Move_otherAccount", contact.getName(), unit.getName());
        }
        return new Move(relocate(domain, contact, unit, ATLAS.getOrgUnit_Contacts()), null);
    }

    /**
     * Takes the element out of its container, then adds it to the new one: an add alone would move it too,
     * but its undo would leave the element in no container at all instead of putting it back.
     */
    private static Command relocate(EditingDomain domain, EObject element, EObject target, Object feature) {
        CompoundCommand move = new CompoundCommand();
        move.append(RemoveCommand.create(domain, element.eContainer(), element.eContainingFeature(), element));
        move.append(AddCommand.create(domain, target, feature, element));
        return move;
    }

    private static Move refused(String key, Object... names) {
        return Move.refused(AtlasEditPlugin.INSTANCE.getString(key, names));
    }
}
