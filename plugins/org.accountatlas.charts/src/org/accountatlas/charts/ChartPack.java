package org.accountatlas.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.eclipse.osgi.util.NLS;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.jfree.svg.SVGGraphics2D;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * The dashboard's charts as files for a review: a PDF (a title page, then a chart a page, A4 landscape, each
 * bookmarked by its title), a PowerPoint deck (each slide's title and line as native, editable text, the chart
 * as a picture), or one PNG or SVG a chart. Every file is written whole or not at all.
 */
public final class ChartPack {

    /** A4 landscape in points. */
    private static final float PAGE_WIDTH = PDRectangle.A4.getHeight();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 36;
    /** 16:9 slides, in points. */
    private static final int SLIDE_WIDTH = 960;
    private static final int SLIDE_HEIGHT = 540;
    /** Charts are drawn at this size (points), then scaled to the page or slide. */
    private static final int CHART_WIDTH = 760;
    private static final int CHART_HEIGHT = 480;

    private ChartPack() {
    }

    /** A pack's title page: what it is, of which portfolio, as of when, filtered how. */
    public record Cover(String title, List<String> lines) {

        /**
         * The portfolio pack's title page in the user's language: its name, today, how many of its accounts the
         * filter (described in {@code filter} words, empty for all) shows, and how many charts follow.
         */
        public static Cover ofPortfolio(String portfolio, long shown, int total, List<String> filter, int charts) {
            return new Cover(NLS.bind(Messages.Pack_title, portfolio), List.of(
                    java.text.DateFormat.getDateInstance(java.text.DateFormat.LONG).format(new java.util.Date()),
                    NLS.bind(Messages.Pack_shown, new Object[] { shown, total,
                        filter.isEmpty() ? Messages.Pack_all : String.join(", ", filter) }),
                    NLS.bind(Messages.Pack_charts, charts)));
        }
    }

    /** Writes the charts as one PDF with a title page and bookmarks. */
    public static void pdf(Cover cover, List<AccountChart> charts, Path file) throws IOException {
        whole(file, part -> {
            try (PDDocument document = new PDDocument()) {
                PDDocumentOutline outline = new PDDocumentOutline();
                document.getDocumentCatalog().setDocumentOutline(outline);
                PDPage first = page(document, g -> drawCover(g, cover));
                bookmark(outline, first, cover.title());
                for (AccountChart chart : charts) {
                    PDPage page = page(document, g -> chart.chart().draw(g, new Rectangle2D.Double(0, 0,
                            PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN)));
                    bookmark(outline, page, chart.title());
                }
                document.getDocumentInformation().setTitle(cover.title());
                document.getDocumentInformation().setCreator("Account Atlas");
                document.save(part.toFile());
            }
        });
    }

    /** Writes the charts as a 16:9 PowerPoint deck: a title slide, then a slide a chart. */
    public static void pptx(Cover cover, List<AccountChart> charts, Path file) throws IOException {
        whole(file, part -> {
            try (XMLSlideShow show = new XMLSlideShow()) {
                show.setPageSize(new java.awt.Dimension(SLIDE_WIDTH, SLIDE_HEIGHT));
                XSLFSlide title = show.createSlide();
                text(title, cover.title(), 32, true, new Rectangle2D.Double(60, 160, SLIDE_WIDTH - 120, 60));
                text(title, String.join("\n", cover.lines()), 16, false,
                        new Rectangle2D.Double(60, 240, SLIDE_WIDTH - 120, 200));
                for (AccountChart chart : charts) {
                    XSLFSlide slide = show.createSlide();
                    text(slide, chart.title(), 24, true, new Rectangle2D.Double(30, 14, SLIDE_WIDTH - 60, 36));
                    text(slide, chart.detail(), 14, false, new Rectangle2D.Double(30, 50, SLIDE_WIDTH - 60, 24));
                    // The chart without its own title: the slide's native text says it.
                    XSLFPictureData picture = show.addPicture(png(chart, 2, false), PictureData.PictureType.PNG);
                    double height = SLIDE_HEIGHT - 90 - 14;
                    double width = height * CHART_WIDTH / CHART_HEIGHT;
                    slide.createPicture(picture).setAnchor(new Rectangle2D.Double((SLIDE_WIDTH - width) / 2, 86,
                            width, height));
                }
                try (var out = Files.newOutputStream(part)) {
                    show.write(out);
                }
            }
        });
    }

    /** Writes one chart as a PNG (twice the drawing size, for sharp slides and print). */
    public static void png(AccountChart chart, Path file) throws IOException {
        byte[] bytes = png(chart, 2, true);
        whole(file, part -> Files.write(part, bytes));
    }

    /** Writes one chart as an SVG that scales to any box. */
    public static void svg(AccountChart chart, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(CHART_WIDTH, CHART_HEIGHT);
        g.setFontFunction(family -> '"' + family + "\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", sans-serif");
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement(null, true,
                new org.jfree.svg.ViewBox(0, 0, CHART_WIDTH, CHART_HEIGHT), null, null);
        whole(file, part -> Files.writeString(part, svg, StandardCharsets.UTF_8));
    }

    /** The chart as PNG bytes at the scale, with or without its own title lines (a slide may give them as text). */
    public static byte[] png(AccountChart chart, int scale, boolean withTitle) throws IOException {
        BufferedImage image = new BufferedImage(CHART_WIDTH * scale, CHART_HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        boolean titled = chart.chart().getTitle() != null && chart.chart().getTitle().isVisible();
        List<?> subtitles = List.copyOf(chart.chart().getSubtitles());
        if (!withTitle) {
            chart.chart().getTitle().setVisible(false);
            chart.chart().clearSubtitles();
            subtitles.stream().filter(s -> !(s instanceof org.jfree.chart.title.TextTitle))
                    .forEach(s -> chart.chart().addSubtitle((org.jfree.chart.title.Title) s));
        }
        try {
            chart.chart().draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        } finally {
            g.dispose();
            if (!withTitle) {
                chart.chart().getTitle().setVisible(titled);
                chart.chart().clearSubtitles();
                subtitles.forEach(s -> chart.chart().addSubtitle((org.jfree.chart.title.Title) s));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void drawCover(Graphics2D g, Cover cover) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, (int) (PAGE_WIDTH - 2 * MARGIN), (int) (PAGE_HEIGHT - 2 * MARGIN));
        g.setColor(ChartLook.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(cover.title(), 20, 140);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int y = 190;
        for (String line : cover.lines()) {
            g.drawString(line, 20, y);
            y += 24;
        }
    }

    /** Something drawing onto a page through Java2D. */
    @FunctionalInterface
    private interface Drawing {
        void draw(Graphics2D g) throws IOException;
    }

    /** A new A4 landscape page with the drawing inside the margins; Latin text stays text, the rest outlines. */
    private static PDPage page(PDDocument document, Drawing drawing) throws IOException {
        float width = PAGE_WIDTH - 2 * MARGIN;
        float height = PAGE_HEIGHT - 2 * MARGIN;
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        g.setFontTextDrawer(text(document));
        try {
            drawing.draw(g);
        } finally {
            g.dispose();
        }
        PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(MARGIN, MARGIN));
            content.drawForm(g.getXFormObject());
        }
        return page;
    }

    /** DejaVu Sans from Debian's fonts-dejavu-core, which the build and the launcher install. */
    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

    /**
     * Chart text as PDF text in DejaVu Sans (embedded, ligatures off so words stay searchable); what it has no
     * glyphs for (Chinese) is drawn as outlines. Without the fonts, all text is outlines.
     */
    public static PdfBoxGraphics2DFontTextDrawer text(PDDocument document) throws IOException {
        PdfBoxGraphics2DFontTextDrawer text = new TextOrOutlines();
        String[][] faces = { { "SansSerif.plain", "DejaVuSans.ttf" }, { "SansSerif.bold", "DejaVuSans-Bold.ttf" } };
        for (String[] face : faces) {
            Path file = FONTS.resolve(face[1]);
            if (Files.isRegularFile(file)) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                ttf.setEnableGsub(false);
                text.registerFont(face[0], PDType0Font.load(document, ttf, true));
            }
        }
        return text;
    }

    private static void bookmark(PDDocumentOutline outline, PDPage page, String title) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }

    private static void text(XSLFSlide slide, String text, double size, boolean bold, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        String[] lines = text.split("\n");
        for (String line : lines) {
            XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
            run.setText(line);
            run.setFontSize(size);
            run.setBold(bold);
            run.setFontColor(ChartLook.INK);
        }
    }

    /** Writing into a file beside the target. */
    @FunctionalInterface
    private interface Writing {
        void write(Path part) throws IOException;
    }

    /** The file appears whole or not at all (a failed write leaves the old one, if any). */
    private static void whole(Path file, Writing writing) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = parent.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            writing.write(part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
