package org.accountatlas.app;

import java.nio.file.Path;


/** The product's own launch arguments (Equinox has already taken its own, such as -nl). */
final class LaunchArguments {

    private LaunchArguments() {
    }

    static Path databaseOf(String[] args) {
        if (args != null) {
            for (int i = 0; i < args.length - 1; i++) {
                if ("--db".equals(args[i])) {
                    return Path.of(args[i + 1]).toAbsolutePath().normalize();
                }
            }
        }
        return AtlasPreferences.defaultDatabase();
    }
}
