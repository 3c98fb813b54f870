package org.accountatlas.store;

import java.util.Objects;

/**
 * Where the password for a server comes from when a connection is made. The command line asks the
 * environment ({@code ATLAS_PASSWORD}) and then the console; the workbench its secure storage and then a dialog.
 * A password is never kept in an address, a preference, a log or a process argument.
 */
public final class ServerPasswords {

    /** Gives the password for a server address, or null when the user declined to give one. */
    @FunctionalInterface
    public interface Source {
        char[] passwordFor(DatabaseAddress.Server server);
    }

    /** The environment variable the command line and tests read first. */
    public static final String ENVIRONMENT_VARIABLE = "ATLAS_PASSWORD";

    private static volatile Source source = server -> {
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        return fromEnvironment == null ? null : fromEnvironment.toCharArray();
    };

    private ServerPasswords() {
    }

    /** Replaces where passwords come from (the workbench's dialog, a test's fixed answer). */
    public static void use(Source newSource) {
        source = Objects.requireNonNull(newSource);
    }

    /** The source in use, to wrap it. */
    public static Source current() {
        return source;
    }

}
