package org.accountatlas.diagram.paint;

import java.util.List;

/** The shapes a {@link Painter} fills and strokes, in diagram units. */
public sealed interface Shape {

    /** A rectangle; {@code arc} is the diameter of its rounded corners, 0 for square ones. */
    record Rect(double x, double y, double width, double height, double arc) implements Shape {
    }

    /** The ellipse inside the rectangle. */
    record Ellipse(double x, double y, double width, double height) implements Shape {
    }

    /** Points joined by straight segments; a closed one (a polygon) joins the last to the first. */
    record Polyline(List<double[]> points, boolean closed) implements Shape {
    }
}
