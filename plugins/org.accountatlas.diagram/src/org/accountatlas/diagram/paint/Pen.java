package org.accountatlas.diagram.paint;

/**
 * How a line is stroked.
 *
 * @param rgb       colour, {@code 0xRRGGBB}
 * @param width     in diagram units
 * @param dash      lengths of dashes and gaps, or null for a solid line
 * @param roundCaps round line ends (dots), else flat ones
 */
public record Pen(int rgb, double width, float[] dash, boolean roundCaps) {

    /** A solid pen with flat ends. */
    public static Pen solid(int rgb, double width) {
        return new Pen(rgb, width, null, false);
    }
}
