package org.accountatlas.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.scene.SceneBuilder;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.model.Account;
import org.accountatlas.model.NamedElement;
import org.accountatlas.sample.SamplePortfolio;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/**
 * PowerPoint read back with POI: every node a native shape whose text is its label, every line a connector
 * glued at both ends to the shapes of the nodes it joins, and the slide 16:9 (or larger) with its text readable.
 */
class PptxExportTest {

    private final Path out = Path.of("target", "exports").toAbsolutePath();

    private Scene scene(String type) {
        Account group = SamplePortfolio.build(new Date()).getAccounts().stream()
                .filter(a -> a.getName().equals("华夏钢铁集团")).findFirst().orElseThrow();
        DiagramDescription description = Descriptions.named(Descriptions.shipped(), type);
        Representation representation = Synchronizer.create(description, group, type);
        new RepresentationLayout(description, new Java2DMeasurer(), Enum::name)
                .layout(representation, RepresentationLayout.Mode.FULL);
        return new SceneBuilder(description, Enum::name, 20).build(representation);
    }

    @ParameterizedTest
    @ValueSource(strings = { "hierarchy", "decision-map" })
    void nodesAreShapesWithTheirTextAndLinesAreConnectorsGluedToThem(String type) throws Exception {
        Scene scene = scene(type);
        Path file = out.resolve(type + ".pptx");
        DiagramExporter.write(scene, ExportFormat.PPTX, file, 1);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            assertEquals(1, show.getSlides().size());
            double ratio = show.getPageSize().getWidth() / show.getPageSize().getHeight();
            // 16:9 when the text stays readable there, else an ISO page, landscape, large enough for it.
            assertTrue(Math.abs(ratio - 16.0 / 9) < 0.01 || Math.abs(ratio - Math.sqrt(2)) < 0.01, "slide ratio " + ratio);
            XSLFSlide slide = show.getSlides().get(0);
            Map<Long, XSLFShape> byId = new HashMap<>();
            List<String> texts = new ArrayList<>();
            List<XSLFConnectorShape> connectors = new ArrayList<>();
            for (XSLFShape shape : slide.getShapes()) {
                byId.put((long) shape.getShapeId(), shape);
                if (shape instanceof XSLFTextShape text) {
                    texts.add(text.getText());
                }
                if (shape instanceof XSLFConnectorShape connector) {
                    connectors.add(connector);
                }
            }
            for (Scene.Box box : scene.boxes()) {
                String label = String.join("\n", box.label());
                assertTrue(texts.contains(label), "the shape of " + ((NamedElement) box.target()).getName()
                        + " holds its label as text: " + label);
            }
            assertEquals(scene.lines().size(), connectors.size(), "a connector per line");
            for (XSLFConnectorShape connector : connectors) {
                var glue = ((CTConnector) connector.getXmlObject()).getNvCxnSpPr().getCNvCxnSpPr();
                assertTrue(glue.isSetStCxn() && glue.isSetEndCxn(), "glued at both ends");
                assertTrue(byId.get(glue.getStCxn().getId()) instanceof XSLFAutoShape, "starts at a node's shape");
                assertTrue(byId.get(glue.getEndCxn().getId()) instanceof XSLFAutoShape, "ends at a node's shape");
                assertFalse(glue.getStCxn().getId() == glue.getEndCxn().getId(), "joins two shapes");
                assertTrue(connector.getLineTailDecoration() != null, "has its arrowhead");
            }
            double smallest = Double.MAX_VALUE;
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTextShape text) {
                    for (var paragraph : text.getTextParagraphs()) {
                        for (var run : paragraph.getTextRuns()) {
                            smallest = Math.min(smallest, run.getFontSize());
                        }
                    }
                }
            }
            assertTrue(smallest >= PageFit.MIN_TEXT_PT, "smallest text " + smallest + " pt");
        }
    }
}
