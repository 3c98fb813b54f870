package org.accountatlas.app.team;

import org.accountatlas.app.AtlasPreferences;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.StoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * File › Open Database…: another portfolio, a directory or a server, chosen from the recent ones or typed. The
 * workbench restarts on it (asking about unsaved changes first, as on closing).
 */
public final class OpenDatabaseAction extends Action {

    private final IWorkbenchWindow window;

    /** The action of the window's File menu. */
    public OpenDatabaseAction(IWorkbenchWindow window) {
        super(Messages.Open_action);
        this.window = window;
        setId("org.accountatlas.app.openDatabase");
        setToolTipText(Messages.Open_tip);
    }

    @Override
    public void run() {
        ChooseDialog dialog = new ChooseDialog(window.getShell());
        if (dialog.open() != Dialog.OK) {
            return;
        }
        AtlasPreferences.opened(dialog.chosen.toString());
        AtlasPreferences.store().setValue(AtlasPreferences.NEXT_DATABASE, dialog.chosen.toString());
        if (!PlatformUI.getWorkbench().restart()) {
            AtlasPreferences.store().setValue(AtlasPreferences.NEXT_DATABASE, ""); // the user kept this one open
        }
    }

    /** The address, with the recent ones to pick from, and the user for a server without one in it. */
    private static final class ChooseDialog extends Dialog {
        private Combo address;
        private Text user;
        private DatabaseAddress chosen;

        ChooseDialog(Shell parent) {
            super(parent);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.Open_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Label explain = new Label(area, SWT.WRAP);
            explain.setText(Messages.Open_explain);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(explain);
            new Label(area, SWT.NONE).setText(Messages.Open_address);
            address = new Combo(area, SWT.DROP_DOWN | SWT.BORDER);
            address.setItems(AtlasPreferences.recentDatabases().toArray(String[]::new));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(address);
            new Label(area, SWT.NONE).setText(Messages.Open_user);
            user = new Text(area, SWT.BORDER | SWT.SINGLE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(user);
            return area;
        }

        @Override
        protected void okPressed() {
            try {
                chosen = DatabaseAddress.parse(address.getText().strip(), user.getText().strip());
            } catch (StoreException e) {
                MessageDialog.openError(getShell(), Messages.Open_title, e.getMessage());
                return;
            }
            super.okPressed();
        }
    }
}
