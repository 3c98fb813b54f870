package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas new-diagram}, {@code diagrams} and {@code export} on a real database, without a display. */
class DiagramCommandsTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void sampleDatabase() {
        db = dir.resolve("db");
        Atlas.Run sample = atlas("sample", "--db", db);
        assertEquals(0, sample.code(), sample.err());
        assertTrue(sample.out().contains("15 diagrams"), sample.out());
    }

    @Test
    void aNewDiagramIsListedAndExportedInEveryFormat() throws Exception {
        Atlas.Run created = atlas("new-diagram", "--db", db, "--type", "decision-map", "--root", "Nordlicht Automotive AG",
                "--name", "Nordlicht buying centre");
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().startsWith("Created decision-map diagram 'Nordlicht buying centre'"), created.out());

        Atlas.Run listed = atlas("diagrams", "--db", db);
        assertTrue(listed.out().contains("Nordlicht buying centre\tdecision-map\tNordlicht Automotive AG"), listed.out());
        assertEquals(16, listed.out().lines().count());

        Path out = dir.resolve("out");
        Atlas.Run exported = atlas("export", "--db", db, "--diagram", "Nordlicht buying centre", "--format", "png,svg,pdf,pptx",
                "--out", out, "--scale", "2");
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.out().startsWith("[1/1] Nordlicht buying centre: "), exported.out());
        BufferedImage png = ImageIO.read(out.resolve("Nordlicht buying centre.png").toFile());
        assertTrue(png.getWidth() > 200 && png.getHeight() > 100);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        xml.newDocumentBuilder().parse(out.resolve("Nordlicht buying centre.svg").toFile());
        byte[] pdf = Files.readAllBytes(out.resolve("Nordlicht buying centre.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (java.util.zip.ZipFile pptx = new java.util.zip.ZipFile(out.resolve("Nordlicht buying centre.pptx").toFile())) {
            String slide = new String(pptx.getInputStream(pptx.getEntry("ppt/slides/slide1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(slide.contains("<p:cxnSp>") && slide.contains("stCxn"), "glued connectors");
        }
    }

    @Test
    void aGeneratedPortfolioTakesDiagramsToo() throws Exception {
        Path big = dir.resolve("big");
        Atlas.Run generated = atlas("sample", "--db", big, "--generated", "300");
        assertEquals(0, generated.code(), generated.err());
        assertTrue(generated.out().contains("generated portfolio: 300 accounts, 0 diagrams"), generated.out());
        Atlas.Run created = atlas("new-diagram", "--db", big, "--type", "hierarchy", "--root", "Account 0", "--name", "G0");
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("100 nodes, 99 edges"), created.out());
        assertEquals(0, atlas("export", "--db", big, "--diagram", "G0", "--format", "svg", "--out", dir.resolve("g")).code());
        assertEquals(1, atlas("sample", "--db", dir.resolve("zero"), "--generated", "0").code());
    }

    @Test
    void diagramsTravelWithThePortfolioThroughXmi() throws Exception {
        Path xmi = dir.resolve("portfolio.xmi");
        assertEquals(0, atlas("export-xmi", "--db", db, xmi).code());
        Path copy = dir.resolve("copy");
        Atlas.Run imported = atlas("import-xmi", "--db", copy, xmi);
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("15 diagrams"), imported.out());
        Atlas.Run replaced = atlas("import-xmi", "--db", db, xmi);
        assertEquals(0, replaced.code(), replaced.err());
        assertEquals(15, atlas("diagrams", "--db", db).out().lines().count(), "replaced, not doubled");
        Atlas.Run exported = atlas("export", "--db", copy, "--diagram", "all", "--format", "svg", "--out", dir.resolve("x"));
        assertEquals(0, exported.code(), exported.err());
    }

    @Test
    void aDirectionIsDownOrRight() {
        Atlas.Run created = atlas("new-diagram", "--db", db, "--type", "hierarchy", "--root", "华夏钢铁集团", "--name", "wide",
                "--direction", "right");
        assertEquals(0, created.code(), created.err());
        Atlas.Run diagonal = atlas("new-diagram", "--db", db, "--type", "hierarchy", "--root", "华夏钢铁集团", "--name", "x",
                "--direction", "up");
        assertEquals(1, diagonal.code());
        assertTrue(diagonal.err().contains("down or right"), diagonal.err());
    }

    @Test
    void allDiagramsExportWithAProgressLineEach() throws Exception {
        Path out = dir.resolve("all");
        Atlas.Run exported = atlas("export", "--db", db, "--diagram", "all", "--format", "png", "--out", out);
        assertEquals(0, exported.code(), exported.err());
        List<String> progress = exported.out().lines().filter(l -> l.startsWith("[")).toList();
        assertEquals(15, progress.size());
        assertTrue(progress.get(14).startsWith("[15/15] "), progress.get(14));
        try (var files = Files.list(out)) {
            assertEquals(15, files.count());
        }
    }

    @Test
    void aFormatThatCannotBeWrittenIsNamedTheOthersAreWrittenAndTheExitSaysSo() throws Exception {
        Path out = dir.resolve("partly");
        // A folder in the PNG's place, with something in it, cannot be replaced by the picture.
        Files.createDirectories(out.resolve("华夏钢铁集团 · Account hierarchy.png").resolve("keep"));
        Atlas.Run exported = atlas("export", "--db", db, "--diagram", "华夏钢铁集团 · Account hierarchy", "--format",
                "png,svg,pdf", "--out", out);
        assertEquals(1, exported.code(), exported.out() + exported.err());
        assertTrue(exported.out().contains("[1/1] 华夏钢铁集团 · Account hierarchy: 华夏钢铁集团 · Account hierarchy.svg, "
                + "华夏钢铁集团 · Account hierarchy.pdf"), exported.out());
        assertTrue(exported.out().contains("  not written: 华夏钢铁集团 · Account hierarchy.png: "), exported.out());
        assertTrue(exported.out().contains("1 requested files were not written"), exported.out());
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "the SVG, the PDF and the folder as it was, nothing half-written");
        }
    }

    @Test
    void aPageSizeFitsThePdfOnOnePage() throws Exception {
        Path out = dir.resolve("paged");
        Atlas.Run exported = atlas("export", "--db", db, "--diagram", "华夏钢铁集团 · Account hierarchy", "--format", "pdf",
                "--legend", "--page", "a3", "--landscape", "--out", out);
        assertEquals(0, exported.code(), exported.out() + exported.err());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("华夏钢铁集团 · Account hierarchy.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(1190.55, pdf.getPage(0).getMediaBox().getWidth(), 0.1, "A3 landscape");
            assertEquals(841.89, pdf.getPage(0).getMediaBox().getHeight(), 0.1);
        }
        Atlas.Run both = atlas("export", "--db", db, "--diagram", "all", "--page", "a3", "--landscape", "--portrait",
                "--out", out);
        assertEquals(1, both.code());
        assertTrue(both.err().contains("--landscape or --portrait, not both"), both.err());
    }

    @Test
    void wrongNamesAndTypesAreRefusedNamingWhatThereIs() {
        Atlas.Run noSuchDiagram = atlas("export", "--db", db, "--diagram", "Nope", "--out", dir.resolve("x"));
        assertEquals(1, noSuchDiagram.code());
        assertTrue(noSuchDiagram.err().contains("No diagram named 'Nope'"), noSuchDiagram.err());
        Atlas.Run badType = atlas("new-diagram", "--db", db, "--type", "org-chart", "--root", "华夏钢铁集团", "--name", "x");
        assertEquals(1, badType.code());
        assertTrue(badType.err().contains("No diagram type 'org-chart'; known: [hierarchy, decision-map, reporting-lines]"), badType.err());
        Atlas.Run badRoot = atlas("new-diagram", "--db", db, "--type", "hierarchy", "--root", "华夏钢铁", "--name", "y");
        assertEquals(1, badRoot.code());
        assertTrue(badRoot.err().contains("No account named '华夏钢铁'; did you mean '华夏钢铁集团'"), badRoot.err());
        Atlas.Run listed = atlas("accounts", "--db", db, "--match", "nordlicht");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().lines().allMatch(line -> line.toLowerCase().contains("nordlicht")), listed.out());
        assertTrue(listed.out().lines().anyMatch(line -> line.startsWith("Nordlicht Powertrain GmbH\t")
                && line.contains("\tNordlicht Automotive AG\t")), "name, id, parent, tier: " + listed.out());
        Atlas.Run roots = atlas("accounts", "--db", db, "--roots");
        assertTrue(roots.out().lines().noneMatch(line -> line.split("\t", -1)[2].length() > 0), roots.out());
        Atlas.Run badFormat = atlas("export", "--db", db, "--diagram", "all", "--format", "gif", "--out", dir.resolve("x"));
        assertEquals(1, badFormat.code());
        assertTrue(badFormat.err().contains("Unknown format 'gif'"), badFormat.err());
        Atlas.Run taken = atlas("new-diagram", "--db", db, "--type", "hierarchy", "--root", "华夏钢铁集团", "--name",
                "华夏钢铁集团 · Account hierarchy");
        assertEquals(1, taken.code());
        assertTrue(taken.err().contains("already a diagram named"), taken.err());
    }
}
