package org.accountatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import java.time.LocalDate;

import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.PageSize;
import org.accountatlas.diagram.service.DiagramPages;
import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.validation.StoredText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Exports diagrams to PNG, SVG, PDF or PowerPoint (editable shapes and text), one line per "
                + "diagram as it goes. No display needed.")
final class ExportCommand extends DatabaseCommand {

    @Option(names = "--diagram", required = true, paramLabel = "NAME|all", description = "A diagram's name, or all.")
    String diagram;

    @Option(names = "--format", paramLabel = "png,svg,pdf,pptx", split = ",", defaultValue = "png",
            description = "One or more formats, comma-separated (default: png).")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the files.")
    Path out;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG only: pixels per diagram unit, e.g. 2 for slides (default: 1).")
    double scale;

    @Option(names = "--legend", description = "Adds a title block (account, diagram, date, map health) and a legend.")
    boolean legend;

    @Option(names = "--page", paramLabel = "SIZE",
            description = "PDF and PowerPoint: fit the diagram on one page (slide) of this size: a4, a3, a2, a1, a0, "
                    + "letter, tabloid or slide (16:9). Refused, naming a page that works, when text would print under "
                    + "6 pt. Without it a PDF has the drawing's own size, split into pages of at most 200 inches, and a "
                    + "PowerPoint slide is 16:9, or the smallest ISO size that keeps text readable.")
    String page;

    @Option(names = "--landscape", description = "With --page: landscape (default: whichever shows the diagram larger).")
    boolean landscape;

    @Option(names = "--portrait", description = "With --page: portrait.")
    boolean portrait;

    @Option(names = "--fit", description = "With --page: one page, scaled to fit (the default).")
    boolean fit;

    @Option(names = "--tile", description = "PDF and PowerPoint: as many pages as keep every text at 6 pt or more: "
            + "an overview of the top levels first, each folded part marked with the page it continues on, then a "
            + "page for each part, tiled in turn; page numbers and 'continued from' in each title. The page is "
            + "--page SIZE, else A3 for PDF and a 16:9 slide for PowerPoint.")
    boolean tile;

    @Option(names = "--depth", paramLabel = "N", description = "Folds the diagram below N levels; each folded "
            + "element shows how many it hides.")
    Integer depth;

    @Option(names = "--from", paramLabel = "NAME", description = "Only the part under the element of that name "
            + "(a subsidiary, a department, a person), laid out afresh.")
    String from;

    @Override
    public Integer call() throws Exception {
        Set<ExportFormat> chosen = new LinkedHashSet<>();
        for (String format : formats) {
            chosen.add(ExportFormat.named(format));
        }
        if (landscape && portrait) {
            throw new IllegalArgumentException("--landscape or --portrait, not both");
        }
        if ((landscape || portrait || fit) && page == null) {
            throw new IllegalArgumentException("--landscape, --portrait and --fit go with --page SIZE");
        }
        if (fit && tile) {
            throw new IllegalArgumentException("--fit or --tile, not both");
        }
        if (depth != null && depth < 1) {
            throw new IllegalArgumentException("--depth takes 1 or more levels, not " + depth);
        }
        PageSize pageSize = page == null ? null : PageSize.named(page);
        Boolean orientation = landscape ? Boolean.TRUE : portrait ? Boolean.FALSE : null;
        return withSession(session -> {
            var resource = session.resource();
            List<Representation> requested = "all".equals(diagram) ? DiagramService.diagramsOf(resource)
                    : List.of(DiagramService.named(resource, diagram));
            if (requested.isEmpty()) {
                out().println("There are no diagrams to export.");
                return 0;
            }
            // A diagram of a type this version does not know is named and left out; the others are drawn.
            List<String> unknown = new ArrayList<>();
            List<Representation> diagrams = requested.stream().filter(r -> {
                try {
                    DiagramService.descriptionOf(r);
                    return true;
                } catch (IllegalArgumentException e) {
                    unknown.add(StoredText.shortened(r.getName(), 80) + ": " + e.getMessage());
                    return false;
                }
            }).toList();
            unknown.forEach(line -> out().printf("  not drawn: %s%n", line));
            // Drawn as the model is now: brought up to date first, and saved, so the places given stay.
            diagrams.forEach(session.diagrams()::refresh);
            if (resource.isModified()) {
                session.save();
            }
            int done = 0;
            List<Path> files = new ArrayList<>();
            List<DiagramExporter.Outcome> refused = new ArrayList<>();
            LocalDate today = LocalDate.now();
            for (Representation representation : diagrams) {
                long start = System.nanoTime();
                DiagramPages pages = new DiagramPages(session.diagrams(), today);
                Representation drawn = from == null && depth == null ? representation
                        : pages.excerpt(representation, from, depth == null ? 0 : depth);
                List<DiagramExporter.Outcome> outcomes;
                if (tile) {
                    outcomes = tiled(pages, drawn, DiagramService.fileNameOf(representation), chosen, pageSize,
                            orientation);
                } else {
                    Scene scene = legend ? session.diagrams().framedScene(drawn, today) : session.diagrams().scene(drawn);
                    outcomes = DiagramExporter.write(scene, DiagramService.fileNameOf(representation), chosen, out,
                            scale, pageSize, orientation);
                }
                List<String> written = new ArrayList<>();
                for (DiagramExporter.Outcome outcome : outcomes) {
                    if (outcome.written()) {
                        files.add(outcome.file());
                        written.add(outcome.file().getFileName().toString());
                    } else {
                        refused.add(outcome);
                    }
                }
                out().printf("[%d/%d] %s: %s (%d ms)%n", ++done, diagrams.size(),
                        StoredText.shortened(representation.getName(), 120),
                        written.isEmpty() ? "nothing written" : String.join(", ", written),
                        (System.nanoTime() - start) / 1_000_000);
                outcomes.stream().filter(o -> !o.written()).forEach(o -> out().printf("  not written: %s%n", o.refusal()));
                out().flush();
            }
            out().printf("Exported %d diagrams, %d files, to %s.%n", diagrams.size(), files.size(), out.toAbsolutePath());
            if (!unknown.isEmpty()) {
                out().printf("%d diagrams of unknown types were not drawn (see above).%n", unknown.size());
                return 1;
            }
            if (!refused.isEmpty()) {
                out().printf("%d requested files were not written (see above).%n", refused.size());
                return 1;
            }
            return 0;
        });
    }

    /** Each format as pages: PDF on the page given or A3, PowerPoint on it or 16:9 slides. */
    private List<DiagramExporter.Outcome> tiled(DiagramPages pages, Representation drawn, String baseName,
            Set<ExportFormat> formats, PageSize pageSize, Boolean orientation) {
        List<DiagramExporter.Outcome> outcomes = new ArrayList<>();
        for (ExportFormat format : formats) {
            PageSize size = pageSize != null ? pageSize : format == ExportFormat.PPTX ? PageSize.SLIDE : PageSize.A3;
            Boolean way = format == ExportFormat.PPTX && orientation == null ? Boolean.TRUE : orientation;
            List<Scene> scenes = format.paged() ? pages.tile(drawn, null, s -> DiagramExporter.fits(s, size, way))
                    : List.of();
            outcomes.add(DiagramExporter.writePages(scenes, format, out.resolve(baseName + "." + format.extension()),
                    size, way));
        }
        return outcomes;
    }
}
