package org.accountatlas.cli;

import java.io.Console;

import org.accountatlas.store.ServerPasswords;

/**
 * The command line's passwords for servers: {@code ATLAS_PASSWORD}, else typed at the terminal without echo.
 * Never an argument (other users see arguments in ps) and never a file of ours.
 */
final class ConsolePasswords {

    private static boolean installed;

    private ConsolePasswords() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        ServerPasswords.Source environment = ServerPasswords.current();
        ServerPasswords.use(server -> {
            char[] known = environment.passwordFor(server);
            if (known != null) {
                return known;
            }
            Console console = System.console();
            return console == null ? null
                    : console.readPassword("Password for %s at %s: ", server.effectiveUser(), server.host());
        });
    }
}
