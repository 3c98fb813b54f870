package org.accountatlas.diagram.layout;

import java.util.List;

/**
 * Real font metrics for label sizes: Java2D for export and headless layout, SWT on screen. A layout sized
 * with the metrics of the back end that draws it never clips a label.
 */
public interface TextMeasurer {

    /** Width and height of the lines set in the given size, one under the other. */
    double[] measure(List<String> lines, double fontSize, boolean bold);
}
