package org.accountatlas.diagram.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.accountatlas.diagram.scene.Scene;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Writes a scene as PNG (scaled for slides), SVG (JFreeSVG; text stays text) or PDF (PDFBox via its
 * Graphics2D bridge; vector, the diagram font embedded as a subset, so Chinese names render in any reader).
 * A file is written next to its target and moved into place, so a failed export leaves no half file.
 */
public final class DiagramExporter {

    private DiagramExporter() {
    }

    /** What became of one requested file: written, or refused with the reason (which starts with the file's name). */
    public record Outcome(ExportFormat format, Path file, String refusal) {

        /** Whether the file was written. */
        public boolean written() {
            return refusal == null;
        }
    }

    /**
     * Writes the scene in each format into the folder as {@code baseName.ext}, each file whole or not at all;
     * a format that cannot be written (a PNG too large, a full disk) is refused with its reason and the others
     * are still written.
     */
    public static List<Outcome> write(Scene scene, String baseName, Collection<ExportFormat> formats, Path folder,
            double scale) {
        return write(scene, baseName, formats, folder, scale, null, null);
    }

    /**
     * As above; a PDF fitted on one page of the size given (null: pages of the drawing's own size), landscape,
     * portrait, or (null) whichever shows the drawing larger.
     */
    public static List<Outcome> write(Scene scene, String baseName, Collection<ExportFormat> formats, Path folder,
            double scale, PageSize page, Boolean landscape) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ExportFormat format : formats) {
            Path file = folder.resolve(baseName + "." + format.extension());
            try {
                write(scene, format, file, scale, format.paged() ? page : null, landscape);
                outcomes.add(new Outcome(format, file, null));
            } catch (IllegalArgumentException e) {
                String name = file.getFileName() + ": ";
                outcomes.add(new Outcome(format, file, e.getMessage().startsWith(name) ? e.getMessage()
                        : name + e.getMessage()));
            } catch (IOException | RuntimeException e) {
                outcomes.add(new Outcome(format, file, file.getFileName() + ": " + reason(e)));
            }
        }
        return outcomes;
    }

    /** What went wrong, in words: the file system's exceptions name only a path. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.DirectoryNotEmptyException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a folder or file there cannot be replaced";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "not allowed to write there";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Writes the scene as one file, whole or not at all; PNG pixels are diagram units times the scale. */
    public static void write(Scene scene, ExportFormat format, Path file, double scale) throws IOException {
        write(scene, format, file, scale, null, null);
    }

    /** As above, a PDF fitted on one page of the size given when there is one (refused if text would be unreadable). */
    public static void write(Scene scene, ExportFormat format, Path file, double scale, PageSize page,
            Boolean landscape) throws IOException {
        String name = file.getFileName().toString();
        PageFit fit = page != null ? PageFit.of(scene, page, landscape, name)
                : format == ExportFormat.PPTX ? PageFit.slideFor(scene, name) : null;
        if (scale <= 0 || scale > 16) {
            throw new IllegalArgumentException("The scale must lie above 0 and at most 16, not " + scale);
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Created without explicit permissions, so the file gets the user's umask (createTempFile would make it 0600).
        Path temporary = Files.createFile(parent.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".part"));
        try {
            switch (format) {
                case PNG -> png(scene, temporary, file, scale);
                case SVG -> svg(scene, temporary);
                case PDF -> pdf(scene, temporary, fit);
                case PPTX -> pptx(scene, temporary, fit);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw namingTheFile(e, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** "I/O error writing PNG file!" becomes "map.png: I/O error writing PNG file! (No space left on device)". */
    static IOException namingTheFile(IOException e, Path file) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !reason.contains(cause.getMessage())) {
            reason += " (" + cause.getMessage() + ")";
        }
        return reason.contains(file.getFileName().toString()) ? e : new IOException(file + ": " + reason, e);
    }

    /**
     * One slide of the fitted page's size holding the scene as native, editable shapes, text and connectors
     * ({@link PptxPainter}).
     */
    private static void pptx(Scene scene, Path file, PageFit fit) throws IOException {
        pptx(List.of(scene), file, List.of(fit));
    }

    /** One slide per scene, each fitted as given; a presentation has one slide size, the first fit's. */
    private static void pptx(List<Scene> scenes, Path file, List<PageFit> fits) throws IOException {
        // POI logs through the Log4j API; without a provider named, it prints an error on the first export.
        if (System.getProperty(LOG4J_PROVIDER) == null) {
            System.setProperty(LOG4J_PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        try (org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
            double[] size = fits.get(0).page();
            show.setPageSize(new java.awt.Dimension((int) Math.round(size[0]), (int) Math.round(size[1])));
            Java2DMeasurer measurer = new Java2DMeasurer();
            for (int i = 0; i < scenes.size(); i++) {
                Scene scene = scenes.get(i);
                PageFit fit = fits.get(i);
                var slide = show.createSlide();
                double offsetX = (size[0] - scene.width() * fit.scale()) / 2;
                double offsetY = (size[1] - scene.height() * fit.scale()) / 2;
                PptxPainter painter = new PptxPainter(slide, measurer, scene, fit.scale(), offsetX, offsetY);
                new org.accountatlas.diagram.paint.ScenePainter(measurer).paint(scene, painter);
                painter.finish();
            }
            try (var out = Files.newOutputStream(file)) {
                show.write(out);
            }
        }
    }

    /**
     * Writes pages (a tiled diagram) as one PDF or PowerPoint file, each page fitted on the page size given,
     * whole or not at all; refused, naming the page, when any page's text would print under 6 pt.
     */
    public static Outcome writePages(List<Scene> pages, ExportFormat format, Path file, PageSize size,
            Boolean landscape) {
        String name = file.getFileName().toString();
        try {
            if (!format.paged()) {
                throw new IllegalArgumentException(name + ": pages are for PDF and PowerPoint; export "
                        + format.extension().toUpperCase(java.util.Locale.ROOT) + " without --tile");
            }
            List<PageFit> fits = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                fits.add(PageFit.of(pages.get(i), size, format == ExportFormat.PPTX ? Boolean.valueOf(
                        landscape == null || landscape) : landscape, name + " (page " + (i + 1) + ")"));
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createFile(parent.resolve("." + name + "." + UUID.randomUUID() + ".part"));
            try {
                if (format == ExportFormat.PPTX) {
                    pptx(pages, temporary, fits);
                } else {
                    try (PDDocument document = new PDDocument()) {
                        for (int i = 0; i < pages.size(); i++) {
                            onePage(document, drawing(document, pages.get(i)), pages.get(i), fits.get(i));
                        }
                        document.getDocumentInformation().setCreator("Account Atlas");
                        document.save(temporary.toFile());
                    }
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return new Outcome(format, file, null);
        } catch (IllegalArgumentException e) {
            return new Outcome(format, file, e.getMessage().startsWith(name) ? e.getMessage() : name + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Outcome(format, file, name + ": " + reason(e));
        }
    }

    /**
     * Draws the scene on a slide of another deck (a review pack), fitted into the area (slide points) and centred,
     * as native shapes, text and connectors; answers the scale used.
     */
    public static double onSlide(org.apache.poi.xslf.usermodel.XSLFSlide slide, Scene scene,
            java.awt.geom.Rectangle2D area) {
        double scale = Math.min(MOST_ENLARGED, Math.min(area.getWidth() / scene.width(), area.getHeight() / scene.height()));
        Java2DMeasurer measurer = new Java2DMeasurer();
        PptxPainter painter = new PptxPainter(slide, measurer, scene, scale,
                area.getX() + (area.getWidth() - scene.width() * scale) / 2,
                area.getY() + (area.getHeight() - scene.height() * scale) / 2);
        new org.accountatlas.diagram.paint.ScenePainter(measurer).paint(scene, painter);
        painter.finish();
        return scale;
    }

    /**
     * Draws the scene on a page of another PDF (a review pack), fitted into the area (page points, origin at the
     * bottom left) and centred, with the diagram fonts embedded as for a diagram export; answers the scale used.
     */
    public static double onPdfPage(PDDocument document, PDPage page, Scene scene, java.awt.geom.Rectangle2D area)
            throws IOException {
        PDFormXObject drawing = drawing(document, scene);
        double scale = Math.min(MOST_ENLARGED, Math.min(area.getWidth() / scene.width(), area.getHeight() / scene.height()));
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.transform(Matrix.getTranslateInstance((float) (area.getX() + (area.getWidth() - scene.width() * scale) / 2),
                    (float) (area.getY() + (area.getHeight() - scene.height() * scale) / 2)));
            content.transform(Matrix.getScaleInstance((float) scale, (float) scale));
            content.drawForm(drawing);
        }
        return scale;
    }

    /** The margin of a fitted page (1 cm), for packs that fit maps onto pages of their own. */
    public static final double PAGE_MARGIN = PageFit.MARGIN;

    /** A small map is shown at most this much enlarged, as on a fitted page. */
    private static final double MOST_ENLARGED = 1.5;

    /** Whether the scene fits the page (either way round when {@code landscape} is null) with its text readable. */
    public static boolean fits(Scene scene, PageSize size, Boolean landscape) {
        return PageFit.fits(scene, size, landscape);
    }

    private static final String LOG4J_PROVIDER = "log4j.provider";

    /** The most pixels a PNG export makes (600 MB of image in memory); larger diagrams go to SVG or PDF. */
    static final long MAX_PIXELS = 200_000_000L;

    private static void png(Scene scene, Path file, Path target, double scale) throws IOException {
        long pixels = (long) Math.ceil(scene.width() * scale) * (long) Math.ceil(scene.height() * scale);
        if (pixels > MAX_PIXELS) {
            double fitting = Math.floor(Math.sqrt((double) MAX_PIXELS / (scene.width() * scene.height())) * 100) / 100;
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: the diagram is %.0f × %.0f; at scale %s that is %,d pixels, more than a PNG here may hold "
                            + "(%,d). Export it as SVG or PDF, or as PNG with --scale %s or less.",
                    target.getFileName(), scene.width(), scene.height(), scale, pixels, MAX_PIXELS, fitting));
        }
        int width = (int) Math.ceil(scene.width() * scale);
        int height = (int) Math.ceil(scene.height() * scale);
        // Three bytes a pixel: the PNG writer takes these rows as they are, without converting each pixel.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE); // the last pixel column or row may lie past the scene's own background
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            Java2DPainter.paint(scene, g);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        if (parameters.canWriteCompressed()) {
            // Fast deflate: large diagrams are mostly white, so the files stay small anyway.
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.9f);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
    }

    private static void svg(Scene scene, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(scene.width(), scene.height());
        // A browser without our fonts falls back to its own, CJK included, instead of a serif default.
        // (JFreeSVG puts styles in single-quoted attributes, so the names take double quotes.)
        g.setFontFunction(family -> '"' + family + "\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", sans-serif");
        Java2DPainter.paint(scene, g);
        // A viewBox, so the picture scales to whatever box a web page or slide gives it.
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement(null, true,
                new ViewBox(0, 0, (int) Math.ceil(scene.width()), (int) Math.ceil(scene.height())), null, null);
        Files.writeString(file, svg, StandardCharsets.UTF_8);
    }

    /** The largest page side a PDF may have (200 inches); a larger drawing is split over several pages. */
    static final double MAX_PAGE = 14_400;

    private static PDFormXObject drawing(PDDocument document, Scene scene) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) scene.width(), (float) scene.height());
        if (!DiagramFont.get().embedded().isEmpty()) {
            g.setFontTextDrawer(fontsWithoutLigatures(document));
        }
        Java2DPainter.paint(scene, g);
        g.dispose();
        return g.getXFormObject();
    }

    private static void pdf(Scene scene, Path file, PageFit fit) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject drawing = drawing(document, scene);
            if (fit != null) {
                onePage(document, drawing, scene, fit);
            } else {
                ownSizePages(document, drawing, scene);
            }
            document.getDocumentInformation().setCreator("Account Atlas");
            document.save(file.toFile());
        }
    }

    /** The drawing scaled to the page, centred on it. */
    private static void onePage(PDDocument document, PDFormXObject drawing, Scene scene, PageFit fit) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) fit.page()[0], (float) fit.page()[1]));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float left = (float) ((fit.page()[0] - scene.width() * fit.scale()) / 2);
            float bottom = (float) ((fit.page()[1] - scene.height() * fit.scale()) / 2);
            content.transform(Matrix.getTranslateInstance(left, bottom));
            content.transform(Matrix.getScaleInstance((float) fit.scale(), (float) fit.scale()));
            content.drawForm(drawing);
        }
    }

    /** The drawing at its own size, over as many pages as keep each within {@link #MAX_PAGE}. */
    private static void ownSizePages(PDDocument document, PDFormXObject drawing, Scene scene) throws IOException {
        int columns = (int) Math.ceil(scene.width() / MAX_PAGE);
        int rows = (int) Math.ceil(scene.height() / MAX_PAGE);
        float width = (float) (scene.width() / columns);
        float height = (float) (scene.height() / rows);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    // PDF's y axis points up: the tile whose top is row × height from the drawing's top.
                    content.transform(Matrix.getTranslateInstance(-column * width,
                            -(float) (scene.height() - (row + 1) * height)));
                    content.drawForm(drawing);
                }
            }
        }
    }

    /**
     * The diagram fonts for PDF text, embedded as subsets, with glyph substitution off: PDFBox would otherwise
     * set "ffi" in "Office" as one ligature glyph, and searching the PDF for "Office" would fail.
     */
    private static PdfBoxGraphics2DFontTextDrawer fontsWithoutLigatures(PDDocument document) throws IOException {
        PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
        for (DiagramFont.Embedded font : DiagramFont.get().embedded()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
            ttf.setEnableGsub(false);
            text.registerFont(font.name(), PDType0Font.load(document, ttf, true));
        }
        return text;
    }
}
