package org.accountatlas.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramPages;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

/**
 * A group too large for one A4 page, tiled and read back with PDFBox: no page beyond A4, no text under 6 pt,
 * every account on some page, folded parts pointing to the page they continue on; and excerpts.
 */
class TiledExportTest {

    private final Path out = Path.of("target", "exports").toAbsolutePath();
    private final DiagramService service = new DiagramService(new Java2DMeasurer());

    private Representation hierarchy(int accounts) {
        Portfolio portfolio = GeneratedPortfolio.generate(accounts, 1, 8, accounts, 3, new Date(0));
        Account root = portfolio.getAccounts().get(0);
        return service.make(new ResourceImpl(), "hierarchy", root, "Group", null);
    }

    @Test
    void aLargeGroupTilesOntoA4PagesWithReadableTextAndEveryAccountOnAPage() throws Exception {
        Representation group = hierarchy(300);
        assertTrue(!DiagramExporter.fits(service.framedScene(group, LocalDate.of(2026, 12, 2)), PageSize.A4, null),
                "too large for one page");
        List<Scene> pages = new DiagramPages(service, LocalDate.of(2026, 12, 2)).tile(group, null,
                scene -> DiagramExporter.fits(scene, PageSize.A4, null));
        Path file = out.resolve("tiled.pdf");
        DiagramExporter.Outcome outcome = DiagramExporter.writePages(pages, ExportFormat.PDF, file, PageSize.A4, null);
        assertTrue(outcome.written(), String.valueOf(outcome.refusal()));
        Set<String> seen = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(pages.size(), pdf.getNumberOfPages());
            assertTrue(pdf.getNumberOfPages() > 1, "several pages");
            for (PDPage page : pdf.getPages()) {
                float longer = Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                float shorter = Math.min(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                assertTrue(longer <= 842 && shorter <= 596, "A4 at most: " + page.getMediaBox());
            }
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(pdf);
            float smallest = sizes.stream().min(Float::compare).orElseThrow();
            assertTrue(smallest >= 6 - 0.01, "smallest text " + smallest + " pt");
            for (int i = 0; i < 300; i++) {
                if (text.contains("Account " + i + "\n") || text.contains("Account " + i + " ")) {
                    seen.add("Account " + i);
                }
            }
            assertTrue(text.contains("page 1 of " + pages.size()), "numbered");
            assertTrue(text.contains("continued from page 1"), "parts say where they come from");
            assertTrue(text.matches("(?s).*\\+\\d+ → p\\. \\d+.*"), "folded parts say where they continue");
        }
        assertEquals(300, seen.size(), "every account on some page");
    }

    @Test
    void anExcerptKeepsWhatLiesUnderOneElementAndFoldsBelowTheDepth() {
        Representation group = hierarchy(100);
        DiagramPages pages = new DiagramPages(service, LocalDate.of(2026, 12, 2));
        Account some = (Account) group.getNodes().get(5).getTarget();
        Representation under = pages.excerpt(group, some.getName(), 0);
        int below = 1 + count(some);
        assertEquals(below, under.getNodes().size(), "the element and all below it");
        assertEquals(100, group.getNodes().size(), "the diagram itself unchanged");
        Representation top = pages.excerpt(group, null, 2);
        long shown = top.getNodes().stream().filter(n -> !hiddenUnderFold(top, n)).count();
        Account root = (Account) group.getNodes().get(0).getTarget();
        assertEquals(1 + root.getSubsidiaries().size(), shown, "two levels shown");
        assertTrue(top.getNodes().stream().anyMatch(DNode::isCollapsed), "the second level folded");
    }

    private static int count(Account account) {
        int n = 0;
        for (Account subsidiary : account.getSubsidiaries()) {
            n += 1 + count(subsidiary);
        }
        return n;
    }

    private static boolean hiddenUnderFold(Representation representation, DNode node) {
        return !new org.accountatlas.diagram.sync.Visibility(DiagramService.descriptionOf(representation),
                representation).isShown(node);
    }
}
