package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas review --portfolio}: the dashboard's charts as a review pack, read back as a reader would. */
class ReviewCommandTest {

    private static final List<String> TITLES = List.of("Customer pyramid", "Pareto curve of profit", "Service matrix",
            "Target selection", "Relationship type by lifecycle stage", "Churn by year", "Accounts lost, by reason",
            "Satisfaction C = perceived / expected");

    @TempDir
    Path dir;

    @Test
    void thePackHoldsEveryChartInEachFormat() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, atlas("sample", "--db", db).code());
        Path out = dir.resolve("pack");
        Atlas.Run run = atlas("review", "--db", db, "--portfolio", "--format", "pdf,pptx,png,svg", "--out", out);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Wrote 26 files"), run.out());

        try (PDDocument pdf = Loader.loadPDF(out.resolve("portfolio-review.pdf").toFile())) {
            assertEquals(13, pdf.getNumberOfPages(), "a title page and twelve charts");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(13, bookmarks.size());
            assertTrue(bookmarks.containsAll(TITLES), bookmarks.toString());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Portfolio review: Key accounts") && text.contains("42 of 42 accounts"), text);
            assertTrue(text.contains("The two top tiers make"), "chart text is text: " + text);
        }

        try (InputStream in = Files.newInputStream(out.resolve("portfolio-review.pptx"));
                XMLSlideShow deck = new XMLSlideShow(in)) {
            assertEquals(13, deck.getSlides().size());
            XSLFSlide pyramid = deck.getSlides().get(1);
            List<String> texts = new ArrayList<>();
            int pictures = 0;
            for (XSLFShape shape : pyramid.getShapes()) {
                if (shape instanceof XSLFTextShape text) {
                    texts.add(text.getText());
                } else if (shape instanceof XSLFPictureShape) {
                    pictures++;
                }
            }
            assertTrue(texts.contains("Customer pyramid"), "the title is native text: " + texts);
            assertEquals(1, pictures, "the chart");
        }

        try (Stream<Path> files = Files.list(out)) {
            List<Path> svgs = files.filter(f -> f.toString().endsWith(".svg")).toList();
            assertEquals(12, svgs.size());
            for (Path svg : svgs) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()); // well-formed
            }
        }
        assertTrue(Files.size(out.resolve("pyramid.png")) > 10_000);
    }

    @Test
    void aFilterNarrowsThePackAndAFilterMatchingNothingWritesNothing() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, atlas("sample", "--db", db).code());
        Path out = dir.resolve("pack");
        Atlas.Run key = atlas("review", "--db", db, "--portfolio", "--tier", "key-strategic", "--out", out);
        assertEquals(0, key.code(), key.err());
        assertTrue(key.out().contains("(5 of 42 accounts)"), key.out());

        Path none = dir.resolve("none");
        Atlas.Run nothing = atlas("review", "--db", db, "--portfolio", "--region", "Atlantis", "--out", none);
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().contains("No account matches region Atlantis"), nothing.err());
        assertFalse(Files.exists(none));
    }

    @Test
    void anAccountPackHoldsEverySectionWithItsFigures() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, atlas("sample", "--db", db).code());
        Path out = dir.resolve("account");
        Atlas.Run run = atlas("review", "--db", db, "--account", "Nordlicht Automotive AG", "--format", "pdf,pptx",
                "--out", out);
        assertEquals(0, run.code(), run.err());

        List<String> sections = List.of("Account review: Nordlicht Automotive AG", "Key figures", "Group structure",
                "Decision-maker map", "Coverage of the decision makers", "Competitors on six dimensions",
                "Share of wallet: us and the competitors", "Needs", "Plan objectives", "Plan actions", "Open complaints");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("Nordlicht Automotive AG-review.pdf").toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            // A map too large for one readable page is cut as the export cuts it: "Decision-maker map (1/3)".
            assertEquals(sections, bookmarks.stream().map(b -> b.replaceFirst(" \\(\\d+/\\d+\\)$", "")).distinct().toList());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Revenue with subsidiaries") && text.contains("Service-matrix quadrant"), text);
            // The figures are the analysis bundle's: revenue rolled up over the subsidiaries, and the quadrant.
            org.accountatlas.store.DatabaseResource resource = org.accountatlas.store.AtlasDatabase.open(
                    new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), db);
            try {
                org.accountatlas.model.Account account = org.accountatlas.store.AtlasDatabase.portfolioOf(resource)
                        .getAccounts().stream().filter(a -> a.getName().equals("Nordlicht Automotive AG")).findFirst()
                        .orElseThrow();
                org.accountatlas.analysis.AccountKpis kpis = org.accountatlas.analysis.AccountKpis.of(account, new java.util.Date());
                String revenue = java.text.NumberFormat.getIntegerInstance().format(Math.round(kpis.rolledUpRevenue()));
                assertTrue(text.contains(revenue), "revenue with subsidiaries " + revenue + " in " + text);
                assertTrue(kpis.rolledUpRevenue() > account.getAnnualRevenue(), "the group's revenue, not the account's");
            } finally {
                resource.unload();
            }
        }
        try (InputStream in = Files.newInputStream(out.resolve("Nordlicht Automotive AG-review.pptx"));
                XMLSlideShow deck = new XMLSlideShow(in)) {
            List<String> tables = new ArrayList<>();
            int shapesOfMaps = 0;
            for (XSLFSlide slide : deck.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
                        tables.add(table.getCell(0, 0).getText());
                    }
                    if (shape instanceof org.apache.poi.xslf.usermodel.XSLFAutoShape) {
                        shapesOfMaps++;
                    }
                }
            }
            assertTrue(tables.contains("Figure") && tables.contains("Person") && tables.contains("Dimension"),
                    "KPIs, coverage and competitors are native tables: " + tables);
            assertTrue(shapesOfMaps > 10, "the maps are native shapes: " + shapesOfMaps);
        }
        Atlas.Run unknown = atlas("review", "--db", db, "--account", "Nordlicht Automotiv", "--out", out);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("did you mean 'Nordlicht Automotive AG'"), unknown.err());
    }
}
