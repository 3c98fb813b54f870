package org.accountatlas.diagram.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.mapping.Descriptions;
import org.accountatlas.diagram.mapping.EnumLabels;
import org.accountatlas.diagram.mapping.Synchronizer;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Framing;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.scene.SceneBuilder;
import org.accountatlas.model.Account;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The diagrams of a database, headless: listing, creating (synchronised and laid out) and exporting them.
 * Representations are roots of the database resource beside the portfolio, saved with it.
 */
public final class AccountDiagrams {

    private static final double MARGIN = 20;

    private AccountDiagrams() {
    }

    public static List<Representation> of(Resource resource) {
        List<Representation> diagrams = new ArrayList<>();
        for (Object root : resource.getContents()) {
            if (root instanceof Representation representation) {
                diagrams.add(representation);
            }
        }
        return diagrams;
    }

    /** The diagram of that name; an exception lists the names there are. */
    public static Representation named(Resource resource, String name) {
        return of(resource).stream().filter(r -> r.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No diagram named '" + name + "'; there are: "
                        + of(resource).stream().map(Representation::getName).toList()));
    }

    /** A new diagram of the type for the account, laid out, added to the resource (saved by the caller). */
    public static Representation create(Resource resource, String type, Account root, String name) {
        return create(resource, type, root, name, null);
    }

    /** As above, laid out DOWN or RIGHT instead of the description's direction when one is given. */
    public static Representation create(Resource resource, String type, Account root, String name, String direction) {
        Representation representation = make(resource, type, root, name, direction);
        resource.getContents().add(representation);
        return representation;
    }

    /** As {@link #create}, laid out but not yet added to the resource (the workbench adds it by a command). */
    public static Representation make(Resource resource, String type, Account root, String name, String direction) {
        if (direction != null && !direction.equals("DOWN") && !direction.equals("RIGHT")) {
            throw new IllegalArgumentException("The direction is down or right, not " + direction.toLowerCase());
        }
        if (of(resource).stream().anyMatch(r -> r.getName().equals(name))) {
            throw new IllegalArgumentException("There is already a diagram named '" + name + "'");
        }
        DiagramDescription description = Descriptions.named(Descriptions.shipped(), type);
        Representation representation = Synchronizer.create(description, root, name);
        representation.setDirection(direction);
        layout(description, representation);
        return representation;
    }

    public static DiagramDescription descriptionOf(Representation representation) {
        return Descriptions.named(Descriptions.shipped(), representation.getDescription());
    }

    /**
     * Brings the diagram up to date with the model and places what is new: a diagram nobody laid out yet is
     * arranged in full, otherwise only new nodes get a place and the rest stays where it was.
     */
    public static void refresh(Representation representation) {
        DiagramDescription description = descriptionOf(representation);
        Synchronizer.refresh(description, representation);
        layout(description, representation);
    }

    private static void layout(DiagramDescription description, Representation representation) {
        boolean anyPlaced = representation.getNodes().stream().anyMatch(DNode::isPlaced);
        boolean anyNew = hasUnplaced(representation.getNodes());
        if (!anyPlaced || anyNew) {
            new RepresentationLayout(description, new Java2DMeasurer(), EnumLabels::of).layout(representation,
                    anyPlaced ? RepresentationLayout.Mode.INCREMENTAL : RepresentationLayout.Mode.FULL);
        }
    }

    private static boolean hasUnplaced(List<DNode> nodes) {
        for (DNode node : nodes) {
            if (!node.isPlaced() || hasUnplaced(node.getChildren())) {
                return true;
            }
        }
        return false;
    }

    public static Scene scene(Representation representation) {
        return scene(representation, false);
    }

    /** The scene to draw; with the title block and legend when asked (exports for reviews). */
    public static Scene scene(Representation representation, boolean framed) {
        refresh(representation);
        DiagramDescription description = descriptionOf(representation);
        Scene scene = new SceneBuilder(description, EnumLabels::of, MARGIN).build(representation);
        return framed ? new Framing(new Java2DMeasurer(), EnumLabels::of, EnumLabels::of, LocalDate.now())
                .frame(scene, description, representation, MARGIN) : scene;
    }

    /** Writes the diagram in each format into the folder; returns the files written. */
    public static List<Path> export(Representation representation, Collection<ExportFormat> formats, Path folder,
            double scale, boolean framed) throws IOException {
        Scene scene = scene(representation, framed);
        List<Path> written = new ArrayList<>();
        for (ExportFormat format : formats) {
            Path file = folder.resolve(fileName(representation.getName()) + "." + format.extension());
            DiagramExporter.write(scene, format, file, scale);
            written.add(file);
        }
        return written;
    }

    /** The file name (without extension) its export gets. */
    public static String fileNameOf(Representation representation) {
        return fileName(representation.getName());
    }

    /** A file name from the diagram's name: kept readable (Chinese too), only path-hostile characters replaced. */
    static String fileName(String name) {
        String cleaned = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? "diagram" : cleaned;
    }
}
