package org.accountatlas.diagram.export;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.layout.TextMeasurer;
import org.accountatlas.diagram.paint.Painter;
import org.accountatlas.diagram.paint.Pen;
import org.accountatlas.diagram.paint.ScenePainter;
import org.accountatlas.diagram.paint.Shape;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.scene.Scene;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationShape;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationSize;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTConnection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * A {@link Painter} onto a PowerPoint slide that keeps the diagram editable: each node becomes one native
 * shape (rounded rectangle, rectangle or ellipse in its style's fill and border) with its label as real text
 * in it, each line a connector glued to the shapes it joins, with its route, arrowhead and dash, and the
 * title block, legend and line labels text boxes. {@link ScenePainter} says where a node or a line begins
 * and ends; everything else arrives as for any other back end, so the slide shows what the screen shows.
 */
final class PptxPainter implements Painter {

    /** Latin text in a font every PowerPoint has; Chinese in the one Windows and Office ship. */
    static final String LATIN_FONT = "Arial";
    static final String CHINESE_FONT = "Microsoft YaHei";

    private final XSLFSlide slide;
    private final TextMeasurer measurer;
    private final double scale;
    private final double offsetX;
    private final double offsetY;
    private final double sceneWidth;
    private final double sceneHeight;
    private final Map<DNode, XSLFSimpleShape> shapes = new HashMap<>();

    private Scene.Box box;
    private int labelLinesLeft;
    private XSLFAutoShape boxShape;
    private XSLFAutoShape badgeShape;
    private Scene.Line line;
    private XSLFConnectorShape connector;
    private XSLFTextBox lineLabel;
    private XSLFSimpleShape last;
    private Shape lastGeometry;

    /**
     * @param scale   points per diagram unit
     * @param offsetX where the scene's left edge lies on the slide, in points
     * @param offsetY where its top lies
     */
    PptxPainter(XSLFSlide slide, TextMeasurer measurer, Scene scene, double scale, double offsetX, double offsetY) {
        this.slide = slide;
        this.measurer = measurer;
        this.scale = scale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
        this.sceneWidth = scene.width();
        this.sceneHeight = scene.height();
    }

    @Override
    public void beginBox(Scene.Box begun) {
        box = begun;
        labelLinesLeft = begun.label().size();
        boxShape = null;
        badgeShape = null;
    }

    @Override
    public void endBox() {
        box = null;
    }

    @Override
    public void beginLine(Scene.Line begun) {
        line = begun;
        connector = null;
        lineLabel = null;
    }

    @Override
    public void endLine() {
        line = null;
    }

    @Override
    public void fill(Shape shape, int rgb, double opacity) {
        if (box == null && line == null && shape instanceof Shape.Rect r && r.x() == 0 && r.y() == 0
                && r.width() == sceneWidth && r.height() == sceneHeight) {
            return; // the scene's white ground: the slide's own
        }
        Color colour = colour(rgb, opacity);
        if (line != null) {
            if (shape instanceof Shape.Rect r) { // the white ground under the line's label
                lineLabel = textBox(r.x(), r.y(), r.width(), r.height());
                lineLabel.setFillColor(colour);
                remember(lineLabel, shape);
            }
            return; // the arrowhead is the connector's own
        }
        XSLFSimpleShape made = shape instanceof Shape.Polyline polyline ? freeform(polyline) : autoShape(shape);
        made.setFillColor(colour);
        if (box != null && made instanceof XSLFAutoShape auto) {
            if (boxShape == null) {
                boxShape = auto;
                shapes.put(box.element(), auto);
                prepareLabel(auto);
            } else if (badgeShape == null) {
                badgeShape = auto;
                prepareText(auto, new Insets2D(0, 0, 0, 0), VerticalAlignment.MIDDLE);
            }
        }
        remember(made, shape);
    }

    @Override
    public void stroke(Shape shape, Pen pen) {
        if (line != null && shape instanceof Shape.Polyline route) {
            connector = connector(route.points());
            pen(connector, pen);
            connector.setLineTailDecoration(DecorationShape.TRIANGLE);
            connector.setLineTailWidth(DecorationSize.MEDIUM);
            connector.setLineTailLength(DecorationSize.MEDIUM);
            return;
        }
        XSLFSimpleShape target = shape.equals(lastGeometry) ? last : null;
        if (target == null) {
            target = shape instanceof Shape.Polyline polyline ? freeform(polyline) : autoShape(shape);
            target.setFillColor(null);
        }
        pen(target, pen);
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean bold, int rgb) {
        if (box != null && labelLinesLeft > 0 && boxShape != null) {
            labelLinesLeft--;
            run(paragraph(boxShape, box.container() ? TextAlign.LEFT : TextAlign.CENTER), text, size, bold, rgb);
            return;
        }
        if (box != null && badgeShape != null && badgeShape.getTextParagraphs().isEmpty()) {
            run(paragraph(badgeShape, TextAlign.CENTER), text, size, bold, rgb);
            return;
        }
        XSLFTextBox target = line != null && lineLabel != null && lineLabel.getTextParagraphs().isEmpty() ? lineLabel
                : textBox(x, baseline - measurer.ascent(size, bold), measurer.width(text, size, bold),
                        measurer.lineHeight(size, bold));
        run(paragraph(target, TextAlign.LEFT), text, size, bold, rgb);
    }

    private void remember(XSLFSimpleShape shape, Shape geometry) {
        last = shape;
        lastGeometry = geometry;
    }

    private XSLFAutoShape autoShape(Shape shape) {
        XSLFAutoShape made = slide.createAutoShape();
        switch (shape) {
            case Shape.Rect r -> {
                made.setShapeType(r.arc() > 0 ? ShapeType.ROUND_RECT : ShapeType.RECT);
                made.setAnchor(anchor(r.x(), r.y(), r.width(), r.height()));
                if (r.arc() > 0) {
                    // The corner's radius as a share of the shorter side, as PowerPoint measures it.
                    CTPresetGeometry2D geometry = ((CTShape) made.getXmlObject()).getSpPr().getPrstGeom();
                    var guide = geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst();
                    var adjust = guide.addNewGd();
                    adjust.setName("adj");
                    adjust.setFmla("val " + Math.round(50_000 * Math.min(1, r.arc() / Math.min(r.width(), r.height()))));
                }
            }
            case Shape.Ellipse e -> {
                made.setShapeType(ShapeType.ELLIPSE);
                made.setAnchor(anchor(e.x(), e.y(), e.width(), e.height()));
            }
            case Shape.Polyline p -> throw new IllegalArgumentException("a polyline is drawn as a freeform");
        }
        made.clearText();
        return made;
    }

    private XSLFFreeformShape freeform(Shape.Polyline polyline) {
        XSLFFreeformShape made = slide.createFreeform();
        Path2D.Double path = new Path2D.Double();
        List<double[]> points = polyline.points();
        for (int i = 0; i < points.size(); i++) {
            double px = x(points.get(i)[0]);
            double py = y(points.get(i)[1]);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        if (polyline.closed()) {
            path.closePath();
        }
        made.setPath(path);
        return made;
    }

    /**
     * A connector glued to the shapes of the line's ends, shaped as the route: PowerPoint's elbow connectors
     * (one or two bends, rotated and flipped to run down, up or across as the route leaves and arrives), a
     * straight one otherwise. The glue is added once every shape exists ({@link #finish()}), since lines are
     * drawn before the nodes over them.
     */
    private XSLFConnectorShape connector(List<double[]> route) {
        XSLFConnectorShape made = slide.createConnector();
        double[] start = point(route.get(0));
        double[] end = point(route.get(route.size() - 1));
        double[] second = point(route.get(1));
        double[] beforeEnd = point(route.get(route.size() - 2));
        boolean leavesVertically = start[0] == second[0];
        boolean arrivesVertically = end[0] == beforeEnd[0];
        double dx = end[0] - start[0];
        double dy = end[1] - start[1];
        CTShapeProperties properties = ((CTConnector) made.getXmlObject()).getSpPr();
        var xfrm = properties.isSetXfrm() ? properties.getXfrm() : properties.addNewXfrm();
        String preset;
        Long adjust = null;
        double width = Math.abs(dx);
        double height = Math.abs(dy);
        if (route.size() < 3 || dx == 0 || dy == 0) {
            preset = "straightConnector1";
            xfrm.setFlipH(dx < 0);
            xfrm.setFlipV(dy < 0);
        } else if (leavesVertically) {
            // Rotated a quarter turn: the connector's first leg, along its x axis, runs down (or up, turned back).
            preset = arrivesVertically ? "bentConnector3" : "bentConnector2";
            if (arrivesVertically) {
                adjust = Math.round(100_000 * Math.abs(second[1] - start[1]) / height);
            }
            xfrm.setRot(dy > 0 ? 5_400_000 : 16_200_000);
            xfrm.setFlipV(dy > 0 == dx > 0);
            width = Math.abs(dy);
            height = Math.abs(dx);
        } else {
            preset = arrivesVertically ? "bentConnector2" : "bentConnector3";
            if (!arrivesVertically) {
                adjust = Math.round(100_000 * Math.abs(second[0] - start[0]) / width);
            }
            xfrm.setFlipH(dx < 0);
            xfrm.setFlipV(dy < 0);
        }
        double centreX = (start[0] + end[0]) / 2;
        double centreY = (start[1] + end[1]) / 2;
        made.setAnchor(new Rectangle2D.Double(centreX - width / 2, centreY - height / 2, width, height));
        CTPresetGeometry2D geometry = properties.isSetPrstGeom() ? properties.getPrstGeom() : properties.addNewPrstGeom();
        geometry.setPrst(org.openxmlformats.schemas.drawingml.x2006.main.STShapeType.Enum.forString(preset));
        if (geometry.isSetAvLst()) {
            geometry.unsetAvLst();
        }
        var guides = geometry.addNewAvLst();
        if (adjust != null) {
            var guide = guides.addNewGd();
            guide.setName("adj1");
            guide.setFmla("val " + adjust);
        }
        if (line.element() != null) {
            glues.add(new Glue((CTConnector) made.getXmlObject(), line.element().getSource(),
                    line.element().getTargetNode(), start, end));
        }
        return made;
    }

    private record Glue(CTConnector connector, DNode source, DNode target, double[] start, double[] end) {
    }

    private final List<Glue> glues = new java.util.ArrayList<>();

    /** Glues every connector to the shapes it joins; call once the scene is painted. */
    void finish() {
        for (Glue glue : glues) {
            glue(glue.connector(), true, glue.source(), glue.start());
            glue(glue.connector(), false, glue.target(), glue.end());
        }
    }

    private double[] point(double[] unit) {
        return new double[] { x(unit[0]), y(unit[1]) };
    }

    /** Joins a connector's end to the connection site of the shape on the side the route touches. */
    private void glue(CTConnector xml, boolean start, DNode node, double[] end) {
        XSLFSimpleShape shape = shapes.get(node);
        if (shape == null) {
            return;
        }
        var properties = xml.getNvCxnSpPr().getCNvCxnSpPr();
        CTConnection connection = start ? properties.addNewStCxn() : properties.addNewEndCxn();
        connection.setId(shape.getShapeId());
        connection.setIdx(site(shape, end[0], end[1]));
    }

    /** The connection site nearest the point: top, left, bottom, right (an ellipse numbers eight, every other one). */
    private static long site(XSLFSimpleShape shape, double px, double py) {
        Rectangle2D r = shape.getAnchor();
        double[] distance = { Math.abs(py - r.getMinY()), Math.abs(px - r.getMinX()), Math.abs(py - r.getMaxY()),
            Math.abs(px - r.getMaxX()) };
        int side = 0;
        for (int i = 1; i < 4; i++) {
            side = distance[i] < distance[side] ? i : side;
        }
        return shape.getShapeType() == ShapeType.ELLIPSE ? 2L * side : side;
    }

    private void pen(XSLFSimpleShape shape, Pen pen) {
        shape.setLineColor(new Color(pen.rgb()));
        shape.setLineWidth(Math.max(0.25, pen.width() * scale));
        if (pen.dash() != null) {
            shape.setLineDash(pen.roundCaps() ? LineDash.SYS_DOT : LineDash.DASH);
        }
    }

    /** The box's text frame: centred in what the badge leaves (a department's title at its top left). */
    private void prepareLabel(XSLFAutoShape shape) {
        if (box.container()) {
            prepareText(shape, new Insets2D(6 * scale, 10 * scale, 0, 0), VerticalAlignment.TOP);
        } else {
            double badge = box.style().badge() == null ? 0 : RepresentationLayout.BADGE_ROOM * scale;
            prepareText(shape, new Insets2D(0, 0, 0, badge), VerticalAlignment.MIDDLE);
        }
    }

    private static void prepareText(XSLFTextShape shape, Insets2D insets, VerticalAlignment alignment) {
        shape.clearText();
        shape.setInsets(insets);
        shape.setVerticalAlignment(alignment);
        shape.setWordWrap(false);
        shape.setTextAutofit(TextAutofit.NONE);
    }

    private XSLFTextBox textBox(double ux, double uy, double width, double height) {
        XSLFTextBox made = slide.createTextBox();
        made.setAnchor(anchor(ux, uy, width, height));
        prepareText(made, new Insets2D(0, 0, 0, 0), VerticalAlignment.TOP);
        return made;
    }

    private static XSLFTextParagraph paragraph(XSLFTextShape shape, TextAlign align) {
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        paragraph.setTextAlign(align);
        paragraph.setSpaceBefore(0d);
        paragraph.setSpaceAfter(0d);
        return paragraph;
    }

    private void run(XSLFTextParagraph paragraph, String text, double size, boolean bold, int rgb) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(Math.round(size * scale * 10) / 10.0);
        run.setBold(bold);
        run.setFontColor(new Color(rgb));
        run.setFontFamily(LATIN_FONT, FontGroup.LATIN);
        run.setFontFamily(CHINESE_FONT, FontGroup.EAST_ASIAN);
    }

    private Rectangle2D anchor(double ux, double uy, double width, double height) {
        return new Rectangle2D.Double(x(ux), y(uy), width * scale, height * scale);
    }

    private double x(double ux) {
        return offsetX + ux * scale;
    }

    private double y(double uy) {
        return offsetY + uy * scale;
    }

    private static Color colour(int rgb, double opacity) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int) Math.round(255 * Math.min(1, opacity)));
    }
}
