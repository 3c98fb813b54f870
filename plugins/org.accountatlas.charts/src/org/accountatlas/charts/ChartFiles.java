package org.accountatlas.charts;

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

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.svg.SVGGraphics2D;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * A dashboard chart as a file of its own (PNG, SVG) or as a picture for a slide, and the PDF text drawer review
 * packs draw charts with. Every file is written whole or not at all.
 */
public final class ChartFiles {

    /** Charts are drawn at this size (points), then scaled to the page or slide. */
    private static final int CHART_WIDTH = 760;
    private static final int CHART_HEIGHT = 480;

    private ChartFiles() {
    }

    /** Writes one chart as a PNG (twice the drawing size, for sharp slides and print). */
    public static void png(AccountChart chart, Path file) throws IOException {
        byte[] bytes = picture(chart.chart(), 2, true);
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

    /**
     * The chart as PNG bytes, drawn at 760 × 480 points times the scale, with or without its own title lines (a
     * slide gives them as native text instead).
     */
    public static byte[] picture(JFreeChart chart, int scale, boolean withTitle) throws IOException {
        BufferedImage image = new BufferedImage(CHART_WIDTH * scale, CHART_HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        TextTitle title = chart.getTitle();
        List<?> subtitles = List.copyOf(chart.getSubtitles());
        if (!withTitle) {
            chart.setTitle((TextTitle) null);
            chart.clearSubtitles();
            subtitles.stream().filter(s -> !(s instanceof TextTitle)).forEach(s -> chart.addSubtitle((Title) s));
        }
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        } finally {
            g.dispose();
            if (!withTitle) {
                chart.setTitle(title);
                chart.clearSubtitles();
                subtitles.forEach(s -> chart.addSubtitle((Title) s));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
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

    /** Writing into a file beside the target. */
    @FunctionalInterface
    public interface Writing {
        /** Writes the whole content into the file given. */
        void write(Path part) throws IOException;
    }

    /** The file appears whole or not at all (a failed write leaves the old one, if any). */
    public static void whole(Path file, Writing writing) throws IOException {
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
