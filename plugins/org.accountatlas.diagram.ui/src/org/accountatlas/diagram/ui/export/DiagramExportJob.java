package org.accountatlas.diagram.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import java.time.LocalDate;

import org.accountatlas.diagram.commands.RefreshRepresentationCommand;
import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.session.AtlasSession;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Writes diagrams to files in the background, with a progress bar and a line per diagram. On the calling (UI)
 * thread the diagrams are first brought up to date with the model (one undoable "Refresh diagrams" step, only
 * when one had fallen behind) and their scenes taken; the job only draws and writes them, so the user goes on
 * editing meanwhile. Files are written whole or not at all ({@link DiagramExporter}).
 */
public final class DiagramExportJob extends Job {

    /** One file: its scene, or its pages (a tiled export) on the page chosen. */
    private record Work(String name, List<Scene> scenes, ExportFormat format, Path file, PageChoice pages) {

        Work(String name, Scene scene, ExportFormat format, Path file) {
            this(name, List.of(scene), format, file, PageChoice.OWN_SIZE);
        }
    }

    private final List<Work> work;

    private DiagramExportJob(String name, List<Work> work) {
        super(name);
        this.work = work;
        setUser(true);
    }

    /** One diagram, framed with its title block and legend as for a review. */
    public static DiagramExportJob one(AtlasSession session, Representation representation, ExportFormat format,
            Path file) {
        refresh(session, List.of(representation));
        Scene scene = session.diagrams().framedScene(representation, LocalDate.now());
        return new DiagramExportJob("Export " + representation.getName(),
                List.of(new Work(representation.getName(), scene, format, file)));
    }

    /**
     * One diagram in PDF or PowerPoint on the pages chosen: fitted on one, or tiled (the tiles are cut here, on
     * the calling thread, from the diagram as it is now).
     */
    public static DiagramExportJob paged(AtlasSession session, Representation representation, ExportFormat format,
            Path file, PageChoice pages) {
        refresh(session, List.of(representation));
        LocalDate today = LocalDate.now();
        List<Scene> scenes = pages.tiled() ? tiles(session, representation, pages, today)
                : List.of(session.diagrams().framedScene(representation, today));
        return new DiagramExportJob("Export " + representation.getName(),
                List.of(new Work(representation.getName(), scenes, format, file, pages)));
    }

    /**
     * The tiles, cut on the UI thread (where the model may be read) behind the workbench's progress dialog, which
     * shows when the cutting takes long: seconds for a group of a thousand accounts.
     */
    private static List<Scene> tiles(AtlasSession session, Representation representation, PageChoice pages,
            LocalDate today) {
        List<List<Scene>> cut = new ArrayList<>();
        org.eclipse.ui.progress.IProgressService progress = org.eclipse.ui.PlatformUI.getWorkbench().getProgressService();
        try {
            progress.runInUI(progress, monitor -> {
                monitor.beginTask("Cutting " + representation.getName() + " into pages",
                        org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                cut.add(new org.accountatlas.diagram.service.DiagramPages(session.diagrams(), today).tile(representation,
                        null, s -> DiagramExporter.fits(s, pages.size(), pages.landscape())));
                monitor.done();
            }, null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return cut.get(0);
    }

    /** Every diagram, in each format, into the folder. */
    public static DiagramExportJob all(AtlasSession session, Collection<Representation> representations,
            Collection<ExportFormat> formats, Path folder) {
        refresh(session, representations);
        List<Work> work = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Representation representation : representations) {
            Scene scene = session.diagrams().framedScene(representation, today);
            for (ExportFormat format : formats) {
                work.add(new Work(representation.getName(), scene, format,
                        folder.resolve(DiagramService.fileNameOf(representation) + "." + format.extension())));
            }
        }
        return new DiagramExportJob("Export " + representations.size() + " diagrams", work);
    }

    /** Brings the diagrams up to date as one recorded step on the session's stack, when any had fallen behind. */
    private static void refresh(AtlasSession session, Collection<Representation> representations) {
        CompoundCommand refreshes = new CompoundCommand("Refresh diagrams");
        for (Representation representation : representations) {
            RefreshRepresentationCommand refreshed = RefreshRepresentationCommand.refreshed(session.diagrams(),
                    representation);
            if (refreshed != null) {
                refreshes.append(refreshed);
            }
        }
        if (!refreshes.isEmpty()) {
            session.commandStack().pushExecuted(refreshes.unwrap());
        }
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
                if (item.pages().tiled()) {
                    DiagramExporter.Outcome outcome = DiagramExporter.writePages(item.scenes(), item.format(),
                            item.file(), item.pages().size(), item.pages().landscape());
                    if (!outcome.written()) {
                        problems.add(Status.error(outcome.refusal()));
                    }
                } else {
                    DiagramExporter.write(item.scenes().get(0), item.format(), item.file(), 1, item.pages().size(),
                            item.pages().landscape());
                }
            } catch (IOException | RuntimeException e) {
                problems.add(Status.error(item.file() + ": " + e.getMessage(), e));
            }
            progress.worked(1);
        }
        return problems.isOK() ? Status.OK_STATUS : problems;
    }
}
