package org.accountatlas.diagram.scene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.accountatlas.analysis.MapHealth;
import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.internal.expressions.DerivedValues;
import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.MapWords;
import org.accountatlas.model.Account;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.validation.StoredText;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Puts a title block (account, diagram, date, and for a decision map the map health in red, amber or green)
 * above a scene and its legend below, for exports to account reviews.
 */
public final class Framing {

    static final double TITLE_SIZE = 14;
    static final double TEXT_SIZE = 10;
    static final double ROW = 18;

    private final TextMeasurer measurer;
    private final Function<Enum<?>, String> enumNames;
    private final Function<EStructuralFeature, String> featureNames;
    private final LocalDate date;

    /** A framing that measures with the measurer and names values and features as given, dated {@code date}. */
    public Framing(TextMeasurer measurer, Function<Enum<?>, String> enumNames,
            Function<EStructuralFeature, String> featureNames, LocalDate date) {
        this.measurer = measurer;
        this.enumNames = enumNames;
        this.featureNames = featureNames;
        this.date = date;
    }

    /** The scene moved below a title block, with the legend under it. */
    public Scene frame(Scene scene, DiagramDescription description, Representation representation, double margin) {
        return frame(scene, description, representation, margin, null);
    }

    /** As above, the note (a page number, say) ending the title block's second line. */
    public Scene frame(Scene scene, DiagramDescription description, Representation representation, double margin,
            String note) {
        List<String> title = new ArrayList<>();
        title.add(StoredText.printable(representation.getTarget() instanceof NamedElement named ? named.getName()
                : representation.getName()));
        String name = StoredText.printable(representation.getName());
        title.add((name.contains(description.getLabel()) ? name : name + " · " + description.getLabel()) + " · " + date);
        String healthColour = null;
        String healthText = null;
        if (representation.getTarget() instanceof Account account
                && List.of("decision-map", "reporting-lines").contains(description.getName())) {
            MapHealth.Result health = MapHealth.of(account);
            healthColour = switch (health.status()) {
                case GREEN -> "#2E7D32";
                case AMBER -> "#EF8F00";
                case RED -> "#C62828";
            };
            String status = MapWords.get("health." + health.status().name());
            healthText = health.failed().isEmpty() ? MapWords.get("health.passed", status)
                    : MapWords.get("health.failed", status, health.failed().size(), MapHealth.Check.values().length);
            List<org.accountatlas.model.Contact> present = org.accountatlas.model.query.ModelQueries.contactsOf(account)
                    .stream().filter(c -> c.getStatus() != org.accountatlas.model.ContactStatus.LEFT).toList();
            long vacant = present.stream().filter(DerivedValues::isVacant).count();
            long known = present.size() - vacant;
            title.set(1, title.get(1) + " · " + MapWords.get("people", known)
                    + (vacant == 0 ? "" : ", " + MapWords.get("vacant", vacant)));
            if (known <= 1) {
                // One person is a single point of failure: say so where the strategist looks first.
                healthColour = "#C62828";
                healthText += " · " + MapWords.get(known == 0 ? "health.nobody" : "health.onlyOne");
            }
        }
        if (note != null) {
            title.set(1, title.get(1) + " · " + note);
        }
        double titleHeight = measurer.measure(title.subList(0, 1), TITLE_SIZE, true)[1]
                + measurer.measure(title.subList(1, 2), TEXT_SIZE, false)[1] + (healthText == null ? 0 : ROW) + margin;
        List<Legend.Entry> legend = Legend.of(description, scene, enumNames, featureNames);
        double width = scene.width();
        for (String line : title) {
            width = Math.max(width, measurer.measure(List.of(line), TITLE_SIZE, true)[0] + 2 * margin);
        }
        double column = Legend.columnWidth(legend, measurer);
        width = Math.max(width, column + 2 * margin);
        // As many columns as the picture is wide: a long legend under a wide map stays a few rows high.
        int columns = legend.isEmpty() ? 1 : Math.max(1, Math.min(legend.size(), (int) ((width - 2 * margin) / column)));
        int rows = (legend.size() + columns - 1) / columns;
        List<Scene.Box> boxes = new ArrayList<>();
        for (Scene.Box b : scene.boxes()) {
            boxes.add(new Scene.Box(b.target(), b.x(), b.y() + titleHeight, b.width(), b.height(), b.style(), b.label(),
                    b.fontSize(), b.bold(), b.container(), b.hiddenCount(), b.element(), b.continuation()));
        }
        List<Scene.Line> lines = new ArrayList<>();
        for (Scene.Line l : scene.lines()) {
            List<double[]> points = l.points().stream().map(p -> new double[] { p[0], p[1] + titleHeight }).toList();
            double[] labelAt = l.labelAt() == null ? null : new double[] { l.labelAt()[0], l.labelAt()[1] + titleHeight };
            lines.add(new Scene.Line(l.target(), points, l.style(), l.label(), l.fontSize(), labelAt, l.element()));
        }
        double legendY = scene.height() + titleHeight;
        double height = legendY + (legend.isEmpty() ? 0 : ROW * (rows + 1) + margin);
        return new Scene(width, height, boxes, lines,
                new Scene.Frame(title, healthColour, healthText, legendY, legend, column, rows));
    }
}
