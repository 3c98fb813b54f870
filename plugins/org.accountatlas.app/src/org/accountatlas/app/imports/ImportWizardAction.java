package org.accountatlas.app.imports;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.importer.ImportKind;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File › Import › Accounts from CSV… / Contacts from CSV…: the import wizard with the kind preset. */
public final class ImportWizardAction extends Action {

    private final IWorkbenchWindow window;
    private final ImportKind kind;

    public ImportWizardAction(IWorkbenchWindow window, ImportKind kind) {
        super(kind == ImportKind.ACCOUNTS ? Messages.Import_menuAccounts : Messages.Import_menuContacts);
        this.window = window;
        this.kind = kind;
        setId("org.accountatlas.app.import." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void run() {
        if (ActiveSession.get() == null || ActiveSession.get().resource() == null) {
            return;
        }
        new WizardDialog(window.getShell(), new ImportWizard(kind, null)).open();
    }
}
