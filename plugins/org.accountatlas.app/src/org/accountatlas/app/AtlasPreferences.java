package org.accountatlas.app;

import java.nio.file.Path;

import org.accountatlas.store.AtlasDatabase;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The workbench's preferences (per user, in the instance area), their keys and their defaults. */
public final class AtlasPreferences {

    public static final String QUALIFIER = "org.accountatlas.app";
    /** The database opened when {@code --db} is not given; empty means the per-user default. */
    public static final String DEFAULT_DATABASE = "defaultDatabase";
    /** Whether people show their job title beside their name in the explorer. */
    public static final String SHOW_TITLES = "showTitles";
    /** Whether accounts show their tier, and people their attitude and buying role, in the explorer. */
    public static final String SHOW_DETAILS = "showDetails";
    /** Whether lost accounts and people who left are listed (greyed) or left out of the explorer. */
    public static final String SHOW_GONE = "showGone";
    public static final String LINK_WITH_EDITOR = "linkWithEditor";
    /** Whether the database is backed up each time the workbench opens it. */
    public static final String BACKUP_ON_OPEN = "backupOnOpen";
    /** How many automatic backups of a database are kept (the oldest go first). */
    public static final String BACKUPS_KEPT = "backupsKept";
    /** The folder of automatic backups; empty means the state directory's. */
    public static final String BACKUP_FOLDER = "backupFolder";
    /** The databases opened lately, newest first, one address per line (no passwords: addresses hold none). */
    public static final String RECENT_DATABASES = "recentDatabases";
    /** The database File › Open Database… chose, opened once by the restarted workbench. */
    public static final String NEXT_DATABASE = "nextDatabase";

    private static IPreferenceStore store;

    private AtlasPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
        }
        return store;
    }

    /** The database to open without {@code --db}: the preference when set, else the per-user default. */
    public static Path defaultDatabase() {
        String chosen = store().getString(DEFAULT_DATABASE);
        return chosen == null || chosen.isBlank() ? AtlasDatabase.defaultLocation()
                : Path.of(chosen).toAbsolutePath().normalize();
    }

    /** The databases opened lately, newest first. */
    public static java.util.List<String> recentDatabases() {
        String text = store().getString(RECENT_DATABASES);
        return text == null || text.isBlank() ? java.util.List.of() : java.util.List.of(text.split("\n"));
    }

    /** Puts the address first in the recent list, which keeps eight. */
    public static void opened(String address) {
        java.util.List<String> recent = new java.util.ArrayList<>(recentDatabases());
        recent.remove(address);
        recent.add(0, address);
        store().setValue(RECENT_DATABASES, String.join("\n", recent.subList(0, Math.min(8, recent.size()))));
    }

    /** The folder of automatic backups: the preference when set, else {@code backups} in the state directory. */
    public static Path backupFolder() {
        String chosen = store().getString(BACKUP_FOLDER);
        return chosen == null || chosen.isBlank() ? org.accountatlas.store.BackupRotation.defaultFolder()
                : Path.of(chosen).toAbsolutePath().normalize();
    }

    /** Registered in plugin.xml. */
    public static final class Initializer extends AbstractPreferenceInitializer {
        @Override
        public void initializeDefaultPreferences() {
            IPreferenceStore defaults = store();
            defaults.setDefault(DEFAULT_DATABASE, "");
            defaults.setDefault(SHOW_TITLES, true);
            defaults.setDefault(SHOW_DETAILS, true);
            defaults.setDefault(SHOW_GONE, true);
            defaults.setDefault(LINK_WITH_EDITOR, false);
            defaults.setDefault(BACKUP_ON_OPEN, true);
            defaults.setDefault(BACKUPS_KEPT, 5);
            defaults.setDefault(BACKUP_FOLDER, "");
        }
    }
}
