package org.accountatlas.edit.command;

import org.accountatlas.model.provider.AtlasEditPlugin;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * An editing domain whose set commands name the field they change, so Edit › Undo reads "Undo Set Annual
 * Revenue" rather than EMF.Edit's bare "Undo Set".
 */
public final class NamedChangesEditingDomain extends AdapterFactoryEditingDomain {

    /** As AdapterFactoryEditingDomain: item providers from the factory, commands on the stack, the resource set's resources. */
    public NamedChangesEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack, ResourceSet resourceSet) {
        super(adapterFactory, commandStack, resourceSet);
    }

    @Override
    public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
        Command command = super.createCommand(commandClass, parameter);
        EStructuralFeature feature = parameter.getEStructuralFeature();
        if (commandClass == SetCommand.class && feature != null && command instanceof AbstractCommand named) {
            named.setLabel(labelOfSet(feature));
        }
        return command;
    }

    /** "Set Annual Revenue" in the UI language. */
    public static String labelOfSet(EStructuralFeature feature) {
        ResourceLocator strings = AtlasEditPlugin.INSTANCE;
        String key = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature";
        String name;
        try {
            name = strings.getString(key);
        } catch (java.util.MissingResourceException notOurs) {
            name = feature.getName();
        }
        return strings.getString("_UI_SetFeature_label", new Object[] { name });
    }
}
