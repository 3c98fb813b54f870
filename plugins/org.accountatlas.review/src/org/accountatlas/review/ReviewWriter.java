package org.accountatlas.review;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.charts.ChartFiles;
import org.accountatlas.diagram.export.DiagramExporter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Writes review pages as a PDF (A4 landscape, a bookmark a section) or a 16:9 PowerPoint deck (titles and
 * tables native and editable, maps as native shapes, charts as pictures). Tables longer than a page continue on
 * the next, their header repeated. Files are written whole or not at all.
 */
public final class ReviewWriter {

    private static final float PAGE_WIDTH = PDRectangle.A4.getHeight();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 36;
    private static final int SLIDE_WIDTH = 960;
    private static final int SLIDE_HEIGHT = 540;
    /** Rows of a table on one page or slide: nine rows of three lines fit under the title. */
    static final int ROWS_A_PAGE = 9;
    private static final Color INK = new Color(0x333333);
    private static final Color RULE = new Color(0xBBBBBB);

    private ReviewWriter() {
    }

    /** The PDF: every page, bookmarked by its title (a table's further pages under the same bookmark). */
    public static void pdf(List<ReviewPage> pages, Path file) throws IOException {
        ChartFiles.whole(file, part -> {
            try (PDDocument document = new PDDocument()) {
                PDDocumentOutline outline = new PDDocumentOutline();
                document.getDocumentCatalog().setDocumentOutline(outline);
                for (ReviewPage page : pages) {
                    PDPage first = null;
                    for (ReviewPage piece : pieces(page)) {
                        PDPage drawn = pdfPage(document, piece);
                        first = first == null ? drawn : first;
                    }
                    PDOutlineItem item = new PDOutlineItem();
                    item.setTitle(page.title());
                    PDPageFitDestination destination = new PDPageFitDestination();
                    destination.setPage(first);
                    item.setDestination(destination);
                    outline.addLast(item);
                }
                document.getDocumentInformation().setTitle(pages.isEmpty() ? "" : pages.get(0).title());
                document.getDocumentInformation().setCreator("Account Atlas");
                document.save(part.toFile());
            }
        });
    }

    /** The PowerPoint deck: a slide a page. */
    public static void pptx(List<ReviewPage> pages, Path file) throws IOException {
        // POI logs through the Log4j API; without a provider named, it prints an error on the first deck.
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        ChartFiles.whole(file, part -> {
            try (XMLSlideShow show = new XMLSlideShow()) {
                show.setPageSize(new java.awt.Dimension(SLIDE_WIDTH, SLIDE_HEIGHT));
                for (ReviewPage page : pages) {
                    for (ReviewPage piece : pieces(page)) {
                        slide(show, piece);
                    }
                }
                try (var out = Files.newOutputStream(part)) {
                    show.write(out);
                }
            }
        });
    }

    /** A table longer than a page as several, each with the header; any other page as it is. */
    static List<ReviewPage> pieces(ReviewPage page) {
        if (!(page instanceof ReviewPage.Table table) || table.rows().size() <= ROWS_A_PAGE) {
            return List.of(page);
        }
        List<ReviewPage> pieces = new ArrayList<>();
        for (int from = 0; from < table.rows().size(); from += ROWS_A_PAGE) {
            pieces.add(new ReviewPage.Table(table.title(), table.header(),
                    table.rows().subList(from, Math.min(table.rows().size(), from + ROWS_A_PAGE)), table.empty()));
        }
        return pieces;
    }

    private static PDPage pdfPage(PDDocument document, ReviewPage piece) throws IOException {
        if (piece instanceof ReviewPage.Drawing drawing) {
            // The map's own title block names it; it gets a page of the size chosen for it, with the margins a
            // fitted export has, so every text prints at 6 pt or more, as the export checked.
            double[] size = drawing.page().size(true);
            PDPage page = new PDPage(new PDRectangle((float) size[0], (float) size[1]));
            document.addPage(page);
            double margin = DiagramExporter.PAGE_MARGIN;
            DiagramExporter.onPdfPage(document, page, drawing.scene(),
                    new Rectangle2D.Double(margin, margin, size[0] - 2 * margin, size[1] - 2 * margin));
            return page;
        }
        PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
        document.addPage(page);
        float width = PAGE_WIDTH - 2 * MARGIN;
        float height = PAGE_HEIGHT - 2 * MARGIN;
        drawOnPage(document, page, g -> {
            switch (piece) {
                case ReviewPage.Cover cover -> drawCover(g, cover);
                case ReviewPage.Table table -> drawTable(g, table, width);
                case ReviewPage.Chart chart -> {
                    // A chart with a title of its own (the dashboard's) takes the page; another gets the page's.
                    double top = chart.chart().getTitle() != null ? 0 : 40;
                    if (top > 0) {
                        title(g, chart.title(), width);
                    }
                    chart.chart().draw(g, new Rectangle2D.Double(0, top, width, height - top));
                }
                case ReviewPage.Drawing unused -> throw new IllegalStateException();
            }
        });
        return page;
    }

    /** Something drawing through Java2D. */
    @FunctionalInterface
    private interface Drawing2D {
        void draw(Graphics2D g) throws IOException;
    }

    private static void drawOnPage(PDDocument document, PDPage page, Drawing2D drawing) throws IOException {
        float width = PAGE_WIDTH - 2 * MARGIN;
        float height = PAGE_HEIGHT - 2 * MARGIN;
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        g.setFontTextDrawer(ChartFiles.text(document));
        try {
            drawing.draw(g);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.transform(Matrix.getTranslateInstance(MARGIN, MARGIN));
            content.drawForm(g.getXFormObject());
        }
    }

    private static void title(Graphics2D g, String title, float width) {
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, 0, 22);
    }

    private static void drawCover(Graphics2D g, ReviewPage.Cover cover) {
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(cover.title(), 20, 140);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int y = 190;
        for (String line : cover.lines()) {
            g.drawString(line, 20, y);
            y += 24;
        }
    }

    /** Rows under a header, columns as wide as their text allows, long cells wrapped onto up to three lines. */
    private static void drawTable(Graphics2D g, ReviewPage.Table table, float width) {
        title(g, table.title(), width);
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        Font bold = plain.deriveFont(Font.BOLD);
        if (table.rows().isEmpty()) {
            g.setFont(plain);
            g.drawString(table.empty(), 0, 60);
            return;
        }
        double[] columns = columnWidths(g, table, width, plain, bold);
        double y = 64;
        drawRow(g, table.header(), columns, y, bold);
        g.setColor(RULE);
        g.drawLine(0, (int) y + 6, (int) width, (int) y + 6);
        y += 8;
        for (List<String> row : table.rows()) {
            y += 16;
            int lines = drawRow(g, row, columns, y, plain);
            y += (lines - 1) * 14;
            g.setColor(RULE);
            g.drawLine(0, (int) y + 6, (int) width, (int) y + 6);
            y += 4;
        }
    }

    private static double[] columnWidths(Graphics2D g, ReviewPage.Table table, float width, Font plain, Font bold) {
        int n = table.header().size();
        double[] wanted = new double[n];
        for (int c = 0; c < n; c++) {
            wanted[c] = g.getFontMetrics(bold).stringWidth(table.header().get(c)) + 16;
            for (List<String> row : table.rows()) {
                wanted[c] = Math.max(wanted[c], g.getFontMetrics(plain).stringWidth(cell(row, c)) + 16);
            }
        }
        double total = java.util.Arrays.stream(wanted).sum();
        double[] widths = new double[n];
        for (int c = 0; c < n; c++) {
            widths[c] = total <= width ? wanted[c] * width / total : Math.max(60, wanted[c] * width / total);
        }
        return widths;
    }

    /** Draws the cells from the baseline down; answers how many lines the tallest cell took. */
    private static int drawRow(Graphics2D g, List<String> cells, double[] widths, double y, Font font) {
        g.setFont(font);
        g.setColor(INK);
        FontMetrics metrics = g.getFontMetrics(font);
        double x = 0;
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = wrapped(cell(cells, c), metrics, widths[c] - 12, 3);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), (float) x, (float) (y + i * 14));
            }
            most = Math.max(most, lines.size());
            x += widths[c];
        }
        return most;
    }

    /** The text in lines that fit the width, at most {@code most}, the last cut with an ellipsis if need be. */
    private static List<String> wrapped(String text, FontMetrics metrics, double width, int most) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty() && lines.size() < most - 1 && metrics.stringWidth(rest) > width) {
            int end = rest.length();
            while (end > 1 && metrics.stringWidth(rest.substring(0, end)) > width) {
                end--;
            }
            int space = rest.lastIndexOf(' ', end);
            int cut = space > end / 2 ? space : end; // break at a space when one is near; Chinese anywhere
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(fitted(rest, metrics, width));
        }
        return lines;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column) : "";
    }

    private static String fitted(String text, FontMetrics metrics, double width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private static void slide(XMLSlideShow show, ReviewPage piece) throws IOException {
        XSLFSlide slide = show.createSlide();
        switch (piece) {
            case ReviewPage.Cover cover -> {
                text(slide, cover.title(), 32, true, new Rectangle2D.Double(60, 160, SLIDE_WIDTH - 120, 60));
                text(slide, String.join("\n", cover.lines()), 16, false,
                        new Rectangle2D.Double(60, 240, SLIDE_WIDTH - 120, 220));
            }
            case ReviewPage.Table table -> {
                text(slide, table.title(), 24, true, new Rectangle2D.Double(30, 14, SLIDE_WIDTH - 60, 40));
                if (table.rows().isEmpty()) {
                    text(slide, table.empty(), 16, false, new Rectangle2D.Double(30, 70, SLIDE_WIDTH - 60, 30));
                } else {
                    nativeTable(slide, table);
                }
            }
            case ReviewPage.Chart chart -> {
                text(slide, chart.title(), 24, true, new Rectangle2D.Double(30, 14, SLIDE_WIDTH - 60, 40));
                String detail = detailOf(chart.chart());
                if (!detail.isEmpty()) {
                    text(slide, detail, 14, false, new Rectangle2D.Double(30, 50, SLIDE_WIDTH - 60, 24));
                }
                // The chart without its own title lines: the slide's native text says them.
                var picture = show.addPicture(ChartFiles.picture(chart.chart(), 2, false), PictureData.PictureType.PNG);
                double height = SLIDE_HEIGHT - 90 - 14;
                double width = height * 760 / 480;
                slide.createPicture(picture).setAnchor(new Rectangle2D.Double((SLIDE_WIDTH - width) / 2, 86, width,
                        height));
            }
            case ReviewPage.Drawing drawing -> {
                text(slide, drawing.title(), 24, true, new Rectangle2D.Double(30, 14, SLIDE_WIDTH - 60, 40));
                DiagramExporter.onSlide(slide, drawing.scene(), new Rectangle2D.Double(20, 64, SLIDE_WIDTH - 40,
                        SLIDE_HEIGHT - 80));
            }
        }
    }

    /** The line under a chart's title, empty when there is none. */
    private static String detailOf(org.jfree.chart.JFreeChart chart) {
        for (Object subtitle : chart.getSubtitles()) {
            if (subtitle instanceof org.jfree.chart.title.TextTitle text) {
                return text.getText();
            }
        }
        return "";
    }

    private static void nativeTable(XSLFSlide slide, ReviewPage.Table table) {
        XSLFTable grid = slide.createTable();
        grid.setAnchor(new Rectangle2D.Double(30, 70, SLIDE_WIDTH - 60, 28.0 * (table.rows().size() + 1)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        for (int r = 0; r < rows.size(); r++) {
            XSLFTableRow row = grid.addRow();
            for (int c = 0; c < table.header().size(); c++) {
                XSLFTableCell cell = row.addCell();
                XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
                run.setText(cell(rows.get(r), c));
                run.setFontSize(r == 0 ? 13.0 : 12.0);
                run.setBold(r == 0);
                run.setFontColor(INK);
                cell.setBorderColor(org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, RULE);
            }
        }
        for (int c = 0; c < table.header().size(); c++) {
            grid.setColumnWidth(c, (SLIDE_WIDTH - 60.0) / table.header().size());
        }
    }

    private static void text(XSLFSlide slide, String text, double size, boolean bold, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        for (String line : text.split("\n")) {
            XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
            run.setText(line);
            run.setFontSize(size);
            run.setBold(bold);
            run.setFontColor(INK);
        }
    }
}
