package org.accountatlas.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack's PDF shows every text: Latin as searchable text, Chinese as outlines, none dropped. */
class ReviewWriterTest {

    @TempDir
    Path dir;

    @Test
    void chineseTextIsDrawnAndLatinStaysText() throws Exception {
        Path pdf = dir.resolve("pack.pdf");
        ReviewWriter.pdf(List.of(new ReviewPage.Cover("\u5ba2\u6237\u7ec4\u5408\u8bc4\u5ba1", List.of("Key accounts 2026"))), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Key accounts 2026"));
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            // The title sits at 140 pt from the top of the drawing (36 pt margin): look for its ink there.
            int dark = 0;
            for (int y = 150; y < 180; y++) {
                for (int x = 50; x < 300; x++) {
                    if ((page.getRGB(x, y) & 0xFF) < 128) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 200, "the Chinese title is on the page (" + dark + " dark pixels)");
        }
    }
}
