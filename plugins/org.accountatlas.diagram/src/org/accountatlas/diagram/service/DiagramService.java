package org.accountatlas.diagram.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.description.LayoutDirection;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.internal.expressions.EnumLabels;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Framing;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.scene.SceneBuilder;
import org.accountatlas.model.Account;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The diagrams of a portfolio, headless: listing, creating, refreshing and laying them out, and the scenes
 * that painters draw. Representations are roots of the database resource beside the portfolio, saved with it.
 * <p>
 * Reading never changes anything: {@link #scene} draws the representation as it is. Bringing a diagram up to
 * date with the model is the explicit {@link #refresh}, which the workbench runs as a recorded command and the
 * command line runs before an export (then saves), as Sirius's {@code DialectManager.refresh} is.
 * <p>
 * Label sizes come from the text measurer given, which must measure as the painters will draw.
 */
public final class DiagramService {

    /** Space around the drawing, in diagram units. */
    public static final double MARGIN = 20;

    private final TextMeasurer measurer;

    /** A service whose layouts are sized by the measurer's metrics. */
    public DiagramService(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The measurer layouts and scenes are sized with. */
    public TextMeasurer measurer() {
        return measurer;
    }

    /** The diagrams stored in the resource, in their order there. */
    public static List<Representation> diagramsOf(Resource resource) {
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
        return diagramsOf(resource).stream().filter(r -> r.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No diagram named '" + name + "'; there are: "
                        + diagramsOf(resource).stream().map(Representation::getName).toList()));
    }

    /** The shipped description the representation was made from. */
    public static DiagramDescription descriptionOf(Representation representation) {
        return Descriptions.named(Descriptions.shipped(), representation.getDescription());
    }

    /**
     * A new diagram of the type for the account, synchronised and laid out, added to the resource (saved by
     * the caller); laid out in {@code direction}, or in the description's own when it is null.
     */
    public Representation create(Resource resource, String type, Account root, String name, LayoutDirection direction) {
        Representation representation = make(resource, type, root, name, direction);
        resource.getContents().add(representation);
        return representation;
    }

    /** As {@link #create}, but not yet added to the resource (the workbench adds it by a command). */
    public Representation make(Resource resource, String type, Account root, String name, LayoutDirection direction) {
        if (diagramsOf(resource).stream().anyMatch(r -> r.getName().equals(name))) {
            throw new IllegalArgumentException("There is already a diagram named '" + name + "'");
        }
        DiagramDescription description = Descriptions.named(Descriptions.shipped(), type);
        Representation representation = Synchronizer.create(description, root, name);
        if (direction != null) {
            representation.setDirection(direction);
        }
        layout(representation, RepresentationLayout.Mode.FULL);
        return representation;
    }

    /**
     * Brings the diagram up to date with the model and places what is new: a diagram nobody laid out yet is
     * arranged in full, otherwise only new nodes get a place and the rest stays where it was. This changes the
     * representation; in the workbench it runs inside a recorded command ({@code RefreshRepresentationCommand}).
     */
    public void refresh(Representation representation) {
        DiagramDescription description = descriptionOf(representation);
        Synchronizer.refresh(description, representation);
        boolean anyPlaced = representation.getNodes().stream().anyMatch(DNode::isPlaced);
        if (!anyPlaced || hasUnplaced(representation.getNodes())) {
            layout(representation, anyPlaced ? RepresentationLayout.Mode.INCREMENTAL : RepresentationLayout.Mode.FULL);
        }
    }

    /** Lays the representation out with ELK: in full, or placing only unplaced nodes clear of the others. */
    public void layout(Representation representation, RepresentationLayout.Mode mode) {
        new RepresentationLayout(descriptionOf(representation), measurer, EnumLabels::of).layout(representation, mode);
    }

    private static boolean hasUnplaced(List<DNode> nodes) {
        for (DNode node : nodes) {
            if (!node.isPlaced() || hasUnplaced(node.getChildren())) {
                return true;
            }
        }
        return false;
    }

    /** The representation as it is, to draw on screen; changes nothing. */
    public Scene scene(Representation representation) {
        return new SceneBuilder(descriptionOf(representation), EnumLabels::of, MARGIN).build(representation);
    }

    /** A scene builder for the representation, to keep while it is open (it remembers how elements look). */
    public SceneBuilder sceneBuilder(Representation representation) {
        return new SceneBuilder(descriptionOf(representation), EnumLabels::of, MARGIN);
    }

    /** What the scene's fills, borders, badges and lines mean, in the words the exported legend uses. */
    public List<org.accountatlas.diagram.scene.Legend.Entry> legendOf(Representation representation, Scene scene) {
        return org.accountatlas.diagram.scene.Legend.of(descriptionOf(representation), scene, EnumLabels::of,
                EnumLabels::of);
    }

    /** As {@link #scene}, with the title block (dated) and the legend, for exports to account reviews. */
    public Scene framedScene(Representation representation, LocalDate date) {
        return framedScene(representation, date, null);
    }

    /** As above, with a note (such as a page number) at the end of the title block's second line. */
    public Scene framedScene(Representation representation, LocalDate date, String note) {
        return new Framing(measurer, EnumLabels::of, EnumLabels::of, date).frame(scene(representation),
                descriptionOf(representation), representation, MARGIN, note);
    }

    /** The file name (without extension) the diagram's export gets: readable, Chinese kept, path-hostile characters replaced. */
    public static String fileNameOf(Representation representation) {
        return fileNameOf(representation.getName());
    }

    /** A name (an account's, a diagram's) as a file name: no path characters, at most 160 bytes, never empty. */
    public static String fileNameOf(String name) {
        String cleaned = String.valueOf(name).strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            return "diagram";
        }
        if (cleaned.getBytes(StandardCharsets.UTF_8).length <= MOST_NAME_BYTES) {
            return cleaned;
        }
        // File systems hold 255 bytes per name (with the page suffix and extension to come): the start of the
        // name, and a hash of the whole so two long names that start alike stay two files.
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < cleaned.length();) {
            int c = cleaned.codePointAt(i);
            if (start.toString().getBytes(StandardCharsets.UTF_8).length
                    + Character.toString(c).getBytes(StandardCharsets.UTF_8).length > MOST_NAME_BYTES - 12) {
                break;
            }
            start.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return start.toString().strip() + "\u2026" + String.format("%08x", cleaned.hashCode());
    }

    /** The most bytes of a file name taken from a diagram's name. */
    private static final int MOST_NAME_BYTES = 160;
}
