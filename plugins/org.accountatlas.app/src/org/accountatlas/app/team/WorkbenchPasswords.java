package org.accountatlas.app.team;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.ServerPasswords;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The workbench's passwords for servers: {@code ATLAS_PASSWORD}, else asked once in a dialog and kept in memory
 * for this run only (so a reconnection after a server restart does not ask again). Never written anywhere.
 */
public final class WorkbenchPasswords {

    private static final Map<String, char[]> GIVEN = new ConcurrentHashMap<>();

    private WorkbenchPasswords() {
    }

    /**
     * Asks for the server's password now, on the UI thread, before anything holds the session: the session
     * opens in a job that must not wait for a dialog while the parts wait for the session.
     */
    public static void askFirst(DatabaseAddress database) {
        if (database instanceof DatabaseAddress.Server server) {
            char[] given = ServerPasswords.current().passwordFor(server); // asked here, kept for the connections
            if (given != null) {
                java.util.Arrays.fill(given, '\0');
            }
        }
    }

    /** Makes servers' passwords come from the environment, then from the user. */
    public static void install(Display display) {
        ServerPasswords.Source environment = ServerPasswords.current();
        ServerPasswords.use(server -> {
            char[] known = environment.passwordFor(server);
            if (known != null) {
                return known;
            }
            String key = server.effectiveUser() + "@" + server.host() + ":" + server.port();
            char[] remembered = GIVEN.get(key);
            if (remembered != null) {
                return remembered.clone();
            }
            char[][] typed = new char[1][];
            if (Display.getCurrent() == display) {
                typed[0] = ask(display, server);
            } else {
                display.syncExec(() -> typed[0] = ask(display, server));
            }
            if (typed[0] != null) {
                GIVEN.put(key, typed[0].clone());
            }
            return typed[0];
        });
    }

    private static char[] ask(Display display, DatabaseAddress.Server server) {
        Shell parent = display.getActiveShell();
        PasswordDialog dialog = new PasswordDialog(parent, server);
        return dialog.open() == Dialog.OK ? dialog.password : null;
    }

    /** One password field, masked, naming the user and the server it is for. */
    private static final class PasswordDialog extends Dialog {
        private final DatabaseAddress.Server server;
        private Text field;
        private char[] password;

        PasswordDialog(Shell parent, DatabaseAddress.Server server) {
            super(parent);
            this.server = server;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.Password_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(1, false));
            Label label = new Label(area, SWT.WRAP);
            label.setText(NLS.bind(Messages.Password_prompt, new Object[] { server.effectiveUser(), server.database(),
                server.host() + ":" + server.port() }));
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(label);
            field = new Text(area, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
            return area;
        }

        @Override
        protected void okPressed() {
            password = field.getTextChars();
            super.okPressed();
        }
    }
}
