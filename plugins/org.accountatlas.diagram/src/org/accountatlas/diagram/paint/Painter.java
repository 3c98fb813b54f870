package org.accountatlas.diagram.paint;

/**
 * What a back end must do to draw a scene: fill and stroke shapes, draw text. Everything else (where boxes,
 * labels, badges and arrowheads go, which dash a line has) is worked out once by {@link ScenePainter}, so the
 * screen (SWT) and the files (Java2D for PNG, SVG and PDF) cannot disagree. Coordinates are diagram units.
 */
public interface Painter {

    /** Fills the shape with the colour ({@code 0xRRGGBB}) at the opacity (0 transparent to 1 opaque). */
    void fill(Shape shape, int rgb, double opacity);

    /** Draws the outline of the shape with the pen. */
    void stroke(Shape shape, Pen pen);

    /** Draws one line of text from the left end of its baseline, in the diagram font. */
    void text(String text, double x, double baseline, double size, boolean bold, int rgb);

    /**
     * A node begins: its outline, its label lines, its badge and its count of hidden nodes follow, until {@link
     * #endBox()}. For back ends that keep a node as one shape with its text in it (PowerPoint); others ignore it.
     */
    default void beginBox(org.accountatlas.diagram.scene.Scene.Box box) {
    }

    /** The node begun last is drawn. */
    default void endBox() {
    }

    /**
     * A line begins: its route, arrowhead and label follow, until {@link #endLine()}. For back ends that join
     * lines to the nodes they connect (PowerPoint's connectors); others ignore it.
     */
    default void beginLine(org.accountatlas.diagram.scene.Scene.Line line) {
    }

    /** The line begun last is drawn. */
    default void endLine() {
    }
}
