package org.accountatlas.diagram.scene;

import java.util.List;

import org.accountatlas.diagram.scene.ResolvedStyle;
import org.accountatlas.diagram.representation.DEdge;
import org.accountatlas.diagram.representation.DNode;
import org.eclipse.emf.ecore.EObject;

/**
 * What a diagram looks like, independent of where it is drawn: boxes and lines in absolute coordinates with
 * their resolved styles and label lines. The SWT back end (screen) and the Java2D back end (PNG, SVG, PDF)
 * draw the same scene, so screen and file look the same.
 *
 * @param boxes containers first, so their contents are drawn over them
 */
public record Scene(double width, double height, List<Box> boxes, List<Line> lines, Frame frame) {

    /** A scene without title block or legend. */
    public Scene(double width, double height, List<Box> boxes, List<Line> lines) {
        this(width, height, boxes, lines, null);
    }

    /**
     * The title block above the diagram (title lines, then a map-health line in its colour when there is one)
     * and the legend below it (samples with what they mean), set in columns of the given width, so many rows
     * each.
     */
    public record Frame(List<String> title, String healthColour, String healthText, double legendY,
            List<Legend.Entry> legend, double legendColumn, int legendRows) {
    }

    /**
     * A node: its rectangle, style, label and, when collapsed, how many nodes it hides and (on a page of a
     * tiled export) where they continue, such as "p. 3"; {@code element} is the diagram node it draws (the
     * editor selects and moves that).
     */
    public record Box(EObject target, double x, double y, double width, double height, ResolvedStyle style,
            List<String> label, double fontSize, boolean bold, boolean container, int hiddenCount, DNode element,
            String continuation) {

        /** A node drawn where it is, continuing nowhere else. */
        public Box(EObject target, double x, double y, double width, double height, ResolvedStyle style,
                List<String> label, double fontSize, boolean bold, boolean container, int hiddenCount, DNode element) {
            this(target, x, y, width, height, style, label, fontSize, bold, container, hiddenCount, element, null);
        }

        /** The same node, its hidden part continuing where the text says. */
        public Box continuingOn(String where) {
            return new Box(target, x, y, width, height, style, label, fontSize, bold, container, hiddenCount, element,
                    where);
        }

        /** Whether the two boxes share any area. */
        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /**
     * An edge: its route from the source's border to the target's, style, and label, at the place the layout
     * gave it (top left) or, when {@code labelAt} is null, at the middle of the route.
     */
    public record Line(EObject target, List<double[]> points, ResolvedStyle style, List<String> label, double fontSize,
            double[] labelAt, DEdge element) {
    }
}
