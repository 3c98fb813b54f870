package org.accountatlas.app.internal.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.accountatlas.model.provider.AtlasEditPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;

/**
 * Deletes the selected elements with everything they contain, and every link to them, as one undoable
 * command, after a confirmation that says what goes with them.
 */
final class DeleteAction extends Action {

    private final EditingDomain domain;
    private final ISelectionProvider selection;
    private final AdapterFactoryItemDelegator labels;
    private Predicate<String> confirmer;

    DeleteAction(EditingDomain domain, ISelectionProvider selection, AdapterFactoryItemDelegator labels,
            Predicate<String> confirmer) {
        super(Messages.Explorer_delete);
        this.domain = domain;
        this.selection = selection;
        this.labels = labels;
        this.confirmer = confirmer;
        selection.addSelectionChangedListener(event -> setEnabled(!selected().isEmpty()));
        setEnabled(false);
    }

    /** Test seam: answers the confirmation instead of a dialog. */
    void confirmWith(Predicate<String> answer) {
        this.confirmer = answer;
    }

    @Override
    public void run() {
        List<EObject> doomed = selected();
        if (doomed.isEmpty() || !confirmer.test(describe(doomed))) {
            return;
        }
        Command command = DeleteCommand.create(domain, doomed);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private List<EObject> selected() {
        List<EObject> objects = new ArrayList<>();
        if (selection.getSelection() instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                if (element instanceof EObject object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    /** "Delete 华夏物流有限公司? With it go: 2 org units, 4 contacts." */
    String describe(Collection<EObject> doomed) {
        Map<String, Integer> contained = new TreeMap<>();
        for (EObject object : doomed) {
            object.eAllContents().forEachRemaining(e -> contained.merge(typeName(e), 1, Integer::sum));
        }
        String what = doomed.size() == 1 ? labels.getText(doomed.iterator().next())
                : NLS.bind(Messages.Explorer_deleteCount, doomed.size());
        if (contained.isEmpty()) {
            return NLS.bind(Messages.Explorer_deleteConfirm, what);
        }
        List<String> parts = new ArrayList<>();
        contained.forEach((type, count) -> parts.add(count + " × " + type));
        return NLS.bind(Messages.Explorer_deleteConfirmWith, what, String.join(", ", parts));
    }

    /** The kind's name as the item providers give it ("Org Unit", 部门). */
    private static String typeName(EObject object) {
        return AtlasEditPlugin.INSTANCE.getString("_UI_" + object.eClass().getName() + "_type");
    }
}
