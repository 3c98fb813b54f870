package org.accountatlas.app;

import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.StoreException;

/** The product's own launch arguments (Equinox has already taken its own, such as -nl). */
final class LaunchArguments {

    private LaunchArguments() {
    }

    /**
     * The database File › Open Database… chose; else the one {@code --db} names (a directory or postgresql://…,
     * as {@code --user}); else the preference's.
     */
    static DatabaseAddress databaseOf(String[] args) throws StoreException {
        String chosen = AtlasPreferences.store().getString(AtlasPreferences.NEXT_DATABASE);
        if (chosen != null && !chosen.isBlank()) { // File › Open Database… restarted the workbench for it
            AtlasPreferences.store().setValue(AtlasPreferences.NEXT_DATABASE, "");
            return DatabaseAddress.parse(chosen, null);
        }
        String database = valueOf(args, "--db");
        if (database == null) {
            return new DatabaseAddress.Embedded(AtlasPreferences.defaultDatabase());
        }
        return DatabaseAddress.parse(database, valueOf(args, "--user"));
    }

    private static String valueOf(String[] args, String option) {
        if (args != null) {
            for (int i = 0; i < args.length - 1; i++) {
                if (option.equals(args[i])) {
                    return args[i + 1];
                }
            }
        }
        return null;
    }
}
