package org.accountatlas.diagram.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.accountatlas.diagram.export.AccountDiagrams;
import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Writes diagrams to files in the background, with a progress bar and a line per diagram. The scenes are
 * taken on the calling (UI) thread, where the model may be read; the job only draws and writes them, so the
 * user goes on editing meanwhile. Files are written whole or not at all ({@link DiagramExporter}).
 */
public final class DiagramExportJob extends Job {

    private record Work(String name, Scene scene, ExportFormat format, Path file) {
    }

    private final List<Work> work;

    private DiagramExportJob(String name, List<Work> work) {
        super(name);
        this.work = work;
        setUser(true);
    }

    /** One diagram, framed with its title block and legend as for a review. */
    public static DiagramExportJob one(Representation representation, ExportFormat format, Path file) {
        Scene scene = AccountDiagrams.scene(representation, true);
        return new DiagramExportJob("Export " + representation.getName(),
                List.of(new Work(representation.getName(), scene, format, file)));
    }

    /** Every diagram, in each format, into the folder. */
    public static DiagramExportJob all(Collection<Representation> representations, Collection<ExportFormat> formats,
            Path folder) {
        List<Work> work = new ArrayList<>();
        for (Representation representation : representations) {
            Scene scene = AccountDiagrams.scene(representation, true);
            for (ExportFormat format : formats) {
                work.add(new Work(representation.getName(), scene, format,
                        folder.resolve(AccountDiagrams.fileNameOf(representation) + "." + format.extension())));
            }
        }
        return new DiagramExportJob("Export " + representations.size() + " diagrams", work);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), work.size());
        MultiStatus problems = new MultiStatus("org.accountatlas.diagram.ui", 0, "Some diagrams were not exported", null);
        for (Work item : work) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(item.name() + " → " + item.file().getFileName());
            try {
                DiagramExporter.write(item.scene(), item.format(), item.file(), 1);
            } catch (IOException | RuntimeException e) {
                problems.add(Status.error(item.file() + ": " + e.getMessage(), e));
            }
            progress.worked(1);
        }
        return problems.isOK() ? Status.OK_STATUS : problems;
    }
}
