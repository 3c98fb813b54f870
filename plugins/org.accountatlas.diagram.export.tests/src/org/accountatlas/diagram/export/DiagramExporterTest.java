package org.accountatlas.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.accountatlas.diagram.description.DiagramDescription;
import org.accountatlas.diagram.layout.RepresentationLayout;
import org.accountatlas.diagram.service.Descriptions;
import org.accountatlas.diagram.sync.Synchronizer;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.scene.SceneBuilder;
import org.accountatlas.model.Account;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Each format written and read back: the PNG decodes, the SVG parses with its texts, the PDF has the names. */
class DiagramExporterTest {

    /** Under target/, so the pictures can be looked at after the build. */
    private final Path out = Path.of("target", "exports").toAbsolutePath();

    private final Portfolio portfolio = SamplePortfolio.build(new Date());

    private Scene scene(String type) {
        Account group = portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团")).findFirst()
                .orElseThrow();
        DiagramDescription description = Descriptions.named(Descriptions.shipped(), type);
        Representation representation = Synchronizer.create(description, group, type);
        new RepresentationLayout(description, new Java2DMeasurer(), Enum::name)
                .layout(representation, RepresentationLayout.Mode.FULL);
        return new SceneBuilder(description, Enum::name, 20).build(representation);
    }

    private static List<String> names(Scene scene) {
        List<String> names = new ArrayList<>();
        for (Scene.Box box : scene.boxes()) {
            if (box.target() instanceof NamedElement named) {
                names.add(named.getName());
            }
        }
        return names;
    }

    @Test
    void theSceneHasNoOverlapsAndEveryLabelFitsItsBox() {
        Scene scene = scene("hierarchy");
        for (Scene.Box a : scene.boxes()) {
            for (Scene.Box b : scene.boxes()) {
                assertFalse(a != b && !a.container() && !b.container() && a.overlaps(b), "overlap");
            }
            double[] size = new Java2DMeasurer().measure(a.label(), a.fontSize(), a.bold());
            assertTrue(size[0] <= a.width() && size[1] <= a.height(), "label clipped in " + a.label());
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= scene.width() && a.y() + a.height() <= scene.height(),
                    "inside the picture");
        }
    }

    @Test
    void aFramedExportHasTheTitleBlockMapHealthAndLegend() throws Exception {
        Account group = portfolio.getAccounts().stream().filter(a -> a.getName().equals("华夏钢铁集团")).findFirst()
                .orElseThrow();
        DiagramDescription map = Descriptions.named(Descriptions.shipped(), "decision-map");
        Representation representation = Synchronizer.create(map, group, "Buying centre");
        new RepresentationLayout(map, new Java2DMeasurer(), Enum::name).layout(representation, RepresentationLayout.Mode.FULL);
        Scene plain = new SceneBuilder(map, Enum::name, 20).build(representation);
        Scene framed = new org.accountatlas.diagram.scene.Framing(new Java2DMeasurer(), Enum::name,
                f -> f.getName(), java.time.LocalDate.of(2026, 11, 23)).frame(plain, map, representation, 20);
        assertTrue(framed.height() > plain.height());
        List<String> legend = framed.frame().legend().stream().map(e -> e.text()).toList();
        assertEquals(List.of("attitude: CHAMPION", "attitude: SUPPORTER", "attitude: SKEPTIC", "attitude: OPPONENT"),
                legend.stream().filter(t -> t.startsWith("attitude")).toList(), "the attitudes shown, in order");
        assertTrue(legend.contains("Reports-to line") && legend.contains("ECONOMIC_BUYER"), "lines and badges: " + legend);
        for (int i = 0; i < plain.boxes().size(); i++) {
            assertTrue(framed.boxes().get(i).y() > plain.boxes().get(i).y(), "the diagram moves below the title");
        }
        Path file = out.resolve("framed.pdf");
        DiagramExporter.write(framed, ExportFormat.PDF, file, 1);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Buying centre · Decision-maker map · 2026-11-23 · "), text);
            assertTrue(text.contains("Map health: "), text);
            assertTrue(text.contains("Legend") && text.contains("attitude: CHAMPION"), text);
        }
    }

    @Test
    void aPngTooLargeToHoldIsRefusedSayingWhatFitsAndNothingIsWritten() throws Exception {
        Scene huge = new Scene(200_000, 5_000, List.of(), List.of());
        Path file = out.resolve("huge.png");
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DiagramExporter.write(huge, ExportFormat.PNG, file, 1));
        assertTrue(refused.getMessage().contains("Export it as SVG or PDF, or as PNG with --scale 0.44 or less"),
                refused.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void pngDecodesAtTheScaleAsked() throws Exception {
        Scene scene = scene("hierarchy");
        Path file = out.resolve("hierarchy.png");
        DiagramExporter.write(scene, ExportFormat.PNG, file, 2);
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image);
        assertEquals((int) Math.ceil(scene.width() * 2), image.getWidth());
        assertEquals((int) Math.ceil(scene.height() * 2), image.getHeight());
    }

    @Test
    void svgParsesAndKeepsTheNamesAsText() throws Exception {
        Scene scene = scene("decision-map");
        Path file = out.resolve("map.svg");
        DiagramExporter.write(scene, ExportFormat.SVG, file, 1);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Parse as a browser does: the DOCTYPE's DTD is not fetched (and no network is needed).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName() == null ? svg.getDocumentElement().getNodeName()
                : svg.getDocumentElement().getLocalName());
        NodeList texts = svg.getElementsByTagName("text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        for (String name : names(scene)) {
            assertTrue(shown.contains(name), name + " is text in the SVG");
        }
        long boxes = scene.boxes().size();
        assertTrue(svg.getElementsByTagName("rect").getLength() + svg.getElementsByTagName("path").getLength()
                + svg.getElementsByTagName("ellipse").getLength() >= boxes, "a shape per node");
    }

    @Test
    void pdfOpensAndItsTextHasTheChineseNames() throws Exception {
        Scene scene = scene("hierarchy");
        Path file = out.resolve("hierarchy.pdf");
        DiagramExporter.write(scene, ExportFormat.PDF, file, 1);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertEquals(2, DiagramFont.get().embedded().size(), "TrueType Latin and CJK fonts (./build installs them)");
            for (String name : names(scene)) {
                assertTrue(text.contains(name), name + " is text in the PDF: " + text);
            }
        }
        try (var files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary left");
        }
    }

    /** A box labelled with the text, at the place, in the default style. */
    private static Scene.Box box(String text, double x, double y) {
        return new Scene.Box(null, x, y, 220, 40, org.accountatlas.diagram.scene.ResolvedStyle.DEFAULT, List.of(text), 11,
                false, false, 0, null);
    }

    @Test
    void aFormatThatCannotBeWrittenIsRefusedByNameAndTheOthersAreWritten() throws Exception {
        Path folder = Files.createTempDirectory(out.getParent(), "partly");
        Scene scene = new Scene(3_000, 1_000, List.of(box("Chief Financial Officer", 20, 20)), List.of());
        List<DiagramExporter.Outcome> outcomes = DiagramExporter.write(scene, "partly",
                List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF), folder, 16);
        assertEquals(List.of(false, true, true), outcomes.stream().map(DiagramExporter.Outcome::written).toList());
        assertTrue(outcomes.get(0).refusal().startsWith("partly.png: "), "named by its own name: " + outcomes.get(0));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("partly.pdf", "partly.svg"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no PNG, no temporary");
        }
    }

    @Test
    void filesGetTheUsersUmaskAndSvgScalesByItsViewBox() throws Exception {
        Path folder = Files.createTempDirectory(out.getParent(), "umask");
        Path probe = Files.createFile(folder.resolve("probe"));
        Scene scene = new Scene(400, 100, List.of(box("Office", 20, 20)), List.of());
        DiagramExporter.write(scene, ExportFormat.SVG, folder.resolve("a.svg"), 1);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(folder.resolve("a.svg")),
                "as any file the user makes there");
        String svg = Files.readString(folder.resolve("a.svg"));
        assertTrue(svg.contains("viewBox='0.0 0.0 400.0 100.0'"), svg.substring(0, Math.min(400, svg.length())));
    }

    @Test
    void pdfTextIsSearchableWithoutLigaturesAndNoPageExceedsTheLimit() throws Exception {
        Scene wide = new Scene(30_000, 600, List.of(box("Chief Financial Officer", 20, 20),
                box("Staff Office", 29_000, 500)), List.of());
        Path file = out.resolve("wide.pdf");
        DiagramExporter.write(wide, ExportFormat.PDF, file, 1);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(3, pdf.getNumberOfPages(), "30,000 units over pages of at most 14,400");
            for (var page : pdf.getPages()) {
                assertTrue(page.getMediaBox().getWidth() <= DiagramExporter.MAX_PAGE, "page width");
            }
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Chief Financial Officer") && text.contains("Staff Office"), text);
            assertFalse(text.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature characters: " + text);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(3);
            last.setEndPage(3);
            assertTrue(last.getText(pdf).contains("Staff Office"), "the far right is on the last page");
        }
    }

    @Test
    void aDiagramFitsOnTheChosenPageOrIsRefusedNamingAPageThatWorks() throws Exception {
        List<Scene.Box> boxes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boxes.add(box("Post " + i, 20 + i * 240, 20));
        }
        // 1,940 units of 11-unit text: on A3 landscape 58 % (6.4 pt), on A4 portrait 28 % (3.1 pt).
        Scene wide = new Scene(20 + 8 * 240, 100, boxes, List.of());
        Path file = out.resolve("a3.pdf");
        DiagramExporter.write(wide, ExportFormat.PDF, file, 1, PageSize.A3, null);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            var box = pdf.getPage(0).getMediaBox();
            assertEquals(1190.55, box.getWidth(), 0.1, "A3 landscape, which shows a wide drawing larger");
            assertEquals(841.89, box.getHeight(), 0.1);
            assertTrue(new PDFTextStripper().getText(pdf).contains("Post 7"));
        }
        Path tooSmall = out.resolve("a4.pdf");
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DiagramExporter.write(wide, ExportFormat.PDF, tooSmall, 1, PageSize.A4, Boolean.FALSE));
        assertTrue(refused.getMessage().startsWith("a4.pdf: on A4 portrait the drawing is scaled to 28 %"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("A3 or larger keeps it readable."), refused.getMessage());
        assertFalse(Files.exists(tooSmall));
    }
}
