package org.accountatlas.diagram.scene;

import org.accountatlas.diagram.description.LineStyle;
import org.accountatlas.diagram.description.Shape;

/** How one element is drawn, after the mapping's style and every conditional style that applies. */
public record ResolvedStyle(Shape shape, String fill, String border, double borderWidth, String textColor,
        double minWidth, double minHeight, LineStyle line, String badge, boolean greyed) {

    public static final ResolvedStyle DEFAULT = new ResolvedStyle(Shape.RECTANGLE, "#FFFFFF", "#333333", 1, "#111111",
            0, 0, LineStyle.SOLID, null, false);
}
