package org.accountatlas.diagram.layout;

import java.util.List;

/**
 * Real font metrics for label sizes and text placement. One measurer (the diagram font's, Java2D) sizes the
 * layout and places every label, whichever back end draws it, so a label never outgrows its box.
 */
@FunctionalInterface
public interface TextMeasurer {

    /** Width and height of the lines set in the given size, one under the other. */
    double[] measure(List<String> lines, double fontSize, boolean bold);

    /** The advance width of one line of text. */
    default double width(String text, double fontSize, boolean bold) {
        return measure(List.of(text), fontSize, bold)[0];
    }

    /** The distance from one baseline to the next. */
    default double lineHeight(double fontSize, boolean bold) {
        return measure(List.of("Ag"), fontSize, bold)[1];
    }

    /** The distance from the top of a line to its baseline. */
    default double ascent(double fontSize, boolean bold) {
        return lineHeight(fontSize, bold) * 0.8;
    }
}
