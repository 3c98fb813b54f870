package org.accountatlas.app.preferences;

import java.nio.file.Files;
import java.nio.file.Path;

import org.accountatlas.app.AtlasPreferences;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.BackupRotation;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window › Preferences › Account Atlas: the default database, its automatic backups, and how the explorer shows
 * the portfolio.
 */
public final class AtlasPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public AtlasPreferencePage() {
        super(GRID);
        setPreferenceStore(AtlasPreferences.store());
        setDescription(NLS.bind(Messages.Preferences_description, AtlasDatabase.defaultLocation()));
    }

    @Override
    protected void createFieldEditors() {
        DirectoryFieldEditor database = new DirectoryFieldEditor(AtlasPreferences.DEFAULT_DATABASE,
                Messages.Preferences_database, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().strip();
                if (value.isEmpty()) {
                    return true;
                }
                Path path = Path.of(value);
                // A new database may be created there, or an existing one opened; a plain file is neither.
                if (Files.isRegularFile(path)) {
                    setErrorMessage(NLS.bind(Messages.Preferences_databaseIsFile, value));
                    return false;
                }
                return true;
            }
        };
        database.setEmptyStringAllowed(true);
        addField(database);
        addField(new BooleanFieldEditor(AtlasPreferences.BACKUP_ON_OPEN, Messages.Preferences_backupOnOpen,
                getFieldEditorParent()));
        IntegerFieldEditor kept = new IntegerFieldEditor(AtlasPreferences.BACKUPS_KEPT, Messages.Preferences_backupsKept,
                getFieldEditorParent(), 3);
        kept.setValidRange(1, 100);
        addField(kept);
        DirectoryFieldEditor folder = new DirectoryFieldEditor(AtlasPreferences.BACKUP_FOLDER,
                NLS.bind(Messages.Preferences_backupFolder, BackupRotation.defaultFolder()), getFieldEditorParent());
        folder.setEmptyStringAllowed(true);
        addField(folder);
        addField(new BooleanFieldEditor(AtlasPreferences.SHOW_TITLES, Messages.Preferences_showTitles,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(AtlasPreferences.SHOW_DETAILS, Messages.Preferences_showDetails,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(AtlasPreferences.SHOW_GONE, Messages.Preferences_showGone,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(AtlasPreferences.LINK_WITH_EDITOR, Messages.Preferences_link,
                getFieldEditorParent()));
    }

    @Override
    public void init(IWorkbench workbench) {
        // Nothing to prepare: the store is the instance-scope store of the app bundle.
    }
}
