package org.accountatlas.edit.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.AtlasPackage.Literals;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

class FollowUpCommandStackTest {

    @Test
    void aFollowUpIsPartOfTheSameUndoableStep() {
        FollowUpCommandStack stack = new FollowUpCommandStack();
        EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        Account account = AtlasFactory.eINSTANCE.createAccount();
        Account mirror = AtlasFactory.eINSTANCE.createAccount();
        stack.addFollowUp((executed, changes) -> {
            if (account.getName() == null || account.getName().equals(mirror.getName())) {
                return null; // nothing to follow up: no step of its own
            }
            Command copy = new ChangeCommand(mirror) {
                @Override
                protected void doExecute() {
                    mirror.setName(account.getName());
                }
            };
            copy.execute();
            return copy;
        });
        stack.execute(SetCommand.create(domain, account, Literals.NAMED_ELEMENT__NAME, "Sinopec"));
        assertEquals("Sinopec", mirror.getName());
        assertTrue(stack.getUndoCommand().getLabel().length() > 0, "reads as the command it wraps");
        assertTrue(stack.getUndoCommand().getAffectedObjects().contains(account));

        stack.undo();
        assertEquals(null, account.getName());
        assertEquals(null, mirror.getName(), "one undo takes back the follow-up too");
        assertTrue(!stack.canUndo());
        stack.redo();
        assertEquals("Sinopec", mirror.getName());
    }
}
