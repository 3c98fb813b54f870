package org.accountatlas.app.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.accountatlas.app.AtlasPreferences;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.BackupRotation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * The automatic backup made when the workbench opens a database (Window › Preferences › Account Atlas): Derby's
 * online backup in a background Job while the user works, the last N archives of the database kept. A failed
 * backup is reported, never in the way of opening.
 */
public final class BackupOnOpen extends Job {

    private final AtlasSession session;
    private final Path folder;
    private final int keep;
    private Path archive;

    /** The backup of the open session's database into the folder, keeping the last {@code keep}. */
    public BackupOnOpen(AtlasSession session, Path folder, int keep) {
        super(NLS.bind(Messages.Backup_automaticJob, session.database().shortName()));
        this.session = session;
        this.folder = folder;
        this.keep = keep;
        setPriority(DECORATE); // after what the user asked for
    }

    /** Schedules the backup when the preferences ask for one; answers the job, or null. */
    public static BackupOnOpen scheduleIfWanted(AtlasSession session) {
        // A server database is backed up on the server (pg_dump), by whoever runs it.
        if (!AtlasPreferences.store().getBoolean(AtlasPreferences.BACKUP_ON_OPEN) || session.database().isServer()) {
            return null;
        }
        BackupOnOpen job = new BackupOnOpen(session, AtlasPreferences.backupFolder(),
                Math.max(1, AtlasPreferences.store().getInt(AtlasPreferences.BACKUPS_KEPT)));
        job.schedule();
        return job;
    }

    /** The archive written, once the job has run; null before or when it failed. */
    public Path archive() {
        return archive;
    }

    private static Path directoryOf(AtlasSession session) {
        return ((org.accountatlas.store.DatabaseAddress.Embedded) session.database()).directory();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            archive = BackupRotation.backUp(directoryOf(session), folder, keep, true, LocalDateTime.now());
            return Status.OK_STATUS;
        } catch (Exception e) {
            // Logged in the Error Log: the workbench opened; only the safety copy is missing.
            return Status.warning(NLS.bind(Messages.Backup_automaticFailed, folder, e.getMessage()), e);
        }
    }
}
