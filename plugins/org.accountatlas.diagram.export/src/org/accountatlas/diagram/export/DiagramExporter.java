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

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.accountatlas.diagram.scene.Scene;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;

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

    /**
     * Writes the scene in each format into the folder as {@code baseName.ext}; returns the files written. A
     * format that fails stops the rest (the files already written stay, each whole).
     */
    public static List<Path> write(Scene scene, String baseName, Collection<ExportFormat> formats, Path folder,
            double scale) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ExportFormat format : formats) {
            Path file = folder.resolve(baseName + "." + format.extension());
            write(scene, format, file, scale);
            written.add(file);
        }
        return written;
    }

    /** Writes the scene as one file, whole or not at all; PNG pixels are diagram units times the scale. */
    public static void write(Scene scene, ExportFormat format, Path file, double scale) throws IOException {
        if (scale <= 0 || scale > 16) {
            throw new IllegalArgumentException("The scale must lie above 0 and at most 16, not " + scale);
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".export-", "." + format.extension());
        try {
            switch (format) {
                case PNG -> png(scene, temporary, scale);
                case SVG -> svg(scene, temporary);
                case PDF -> pdf(scene, temporary);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The most pixels a PNG export makes (600 MB of image in memory); larger diagrams go to SVG or PDF. */
    static final long MAX_PIXELS = 200_000_000L;

    private static void png(Scene scene, Path file, double scale) throws IOException {
        long pixels = (long) Math.ceil(scene.width() * scale) * (long) Math.ceil(scene.height() * scale);
        if (pixels > MAX_PIXELS) {
            double fitting = Math.floor(Math.sqrt((double) MAX_PIXELS / (scene.width() * scene.height())) * 100) / 100;
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: the diagram is %.0f × %.0f; at scale %s that is %,d pixels, more than a PNG here may hold "
                            + "(%,d). Export it as SVG or PDF, or as PNG with --scale %s or less.",
                    file.getFileName(), scene.width(), scene.height(), scale, pixels, MAX_PIXELS, fitting));
        }
        int width = (int) Math.ceil(scene.width() * scale);
        int height = (int) Math.ceil(scene.height() * scale);
        // Three bytes a pixel: the PNG writer takes these rows as they are, without converting each pixel.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
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
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }

    private static void pdf(Scene scene, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) scene.width(), (float) scene.height()));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) scene.width(), (float) scene.height());
            if (!DiagramFont.get().files().isEmpty()) {
                PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
                for (Path font : DiagramFont.get().files()) {
                    text.registerFont(font.toFile());
                }
                g.setFontTextDrawer(text);
            }
            Java2DPainter.paint(scene, g);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setCreator("Account Atlas");
            document.save(file.toFile());
        }
    }
}
