package org.accountatlas.diagram.internal.layout;

import java.util.List;

/**
 * A line's route in absolute coordinates, in layout direction, and the top left corner of its label (NaN: none,
 * the label goes to the middle of the route).
 */
public record EdgeRoute(List<double[]> points, double labelX, double labelY) {
}
