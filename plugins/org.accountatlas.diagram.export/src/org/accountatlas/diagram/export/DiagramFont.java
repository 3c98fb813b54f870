package org.accountatlas.diagram.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts diagrams are drawn, measured and embedded with, so PNG, SVG and PDF agree and Chinese names
 * render everywhere. Text is set in runs: each character in the first font that has it, DejaVu Sans for
 * Latin, Droid Sans Fallback for Chinese (both TrueType, which PDFBox embeds; the Noto CJK collections are
 * CFF, which it does not). {@code -Daccountatlas.diagramFonts=A.ttf:B.ttf} chooses others. Without any,
 * Java's logical SansSerif is used and PDF text is drawn as outlines.
 */
public final class DiagramFont {

    public static final String PROPERTY = "accountatlas.diagramFonts";

    /** From Debian's fonts-dejavu-core and fonts-droid-fallback, which ./build installs. */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /** One run of text in one font. */
    public record Run(String text, Font font) {
    }

    private static volatile DiagramFont instance;

    private final List<Font> fonts;
    private final List<Path> files;

    private DiagramFont(List<Font> fonts, List<Path> files) {
        this.fonts = fonts;
        this.files = files;
    }

    /** The diagram fonts, found once. */
    public static DiagramFont get() {
        if (instance == null) {
            synchronized (DiagramFont.class) {
                if (instance == null) {
                    instance = find();
                }
            }
        }
        return instance;
    }

    private static DiagramFont find() {
        String chosen = System.getProperty(PROPERTY);
        List<String> candidates = chosen == null || chosen.isBlank() ? CANDIDATES : List.of(chosen.split(":"));
        List<Font> fonts = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (!Files.isRegularFile(path) || !candidate.endsWith(".ttf")) {
                if (chosen != null && !chosen.isBlank()) {
                    throw new IllegalArgumentException("The diagram font " + path + " is not a TrueType (.ttf) file");
                }
                continue;
            }
            try {
                fonts.add(Font.createFont(Font.TRUETYPE_FONT, path.toFile()));
                files.add(path);
            } catch (FontFormatException | IOException e) {
                throw new IllegalArgumentException("The diagram font " + path + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (fonts.isEmpty()) {
            fonts.add(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        }
        return new DiagramFont(fonts, files);
    }

    /** The text cut into runs, each in the first font that can show its characters. */
    public List<Run> runs(String text, double size, boolean bold) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        Font current = null;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            Font font = fontFor(codePoint);
            if (current != null && font != current) {
                runs.add(new Run(text.substring(start, i), derive(current, size, bold)));
                start = i;
            }
            current = font;
            i += Character.charCount(codePoint);
        }
        if (current != null) {
            runs.add(new Run(text.substring(start), derive(current, size, bold)));
        }
        return runs;
    }

    private Font fontFor(int codePoint) {
        if (Character.isWhitespace(codePoint)) {
            return fonts.get(0);
        }
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return fonts.get(fonts.size() - 1);
    }

    /** Derived fonts are costly to make and a diagram uses a handful: made once each. */
    private record Derived(Font font, double size, boolean bold) {
    }

    private final java.util.Map<Derived, Font> derived = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Font> primaries = new java.util.concurrent.ConcurrentHashMap<>();

    private Font derive(Font font, double size, boolean bold) {
        return derived.computeIfAbsent(new Derived(font, size, bold),
                key -> font.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size));
    }

    /** The font that sets line heights and ascents (the first, Latin one). */
    public Font primary(double size, boolean bold) {
        return primaries.computeIfAbsent(size + "/" + bold, key -> tallest(size, bold));
    }

    private Font tallest(double size, boolean bold) {
        double ascent = 0;
        Font tallest = derive(fonts.get(0), size, bold);
        for (Font font : fonts) {
            Font derived = derive(font, size, bold);
            double a = derived.getLineMetrics("Ag国", Java2DMeasurer.CONTEXT).getAscent();
            if (a > ascent) {
                ascent = a;
                tallest = derived;
            }
        }
        return tallest;
    }

    /** The width of the text set in the fonts, run by run. */
    public double width(String text, double size, boolean bold) {
        double width = 0;
        for (Run run : runs(text, size, bold)) {
            width += run.font().getStringBounds(run.text(), Java2DMeasurer.CONTEXT).getWidth();
        }
        return width;
    }

    /** Draws the text from the baseline point, run by run. */
    public void draw(Graphics2D g, String text, double x, double y, double size, boolean bold) {
        double at = x;
        for (Run run : runs(text, size, bold)) {
            g.setFont(run.font());
            g.drawString(run.text(), (float) at, (float) y);
            at += run.font().getStringBounds(run.text(), Java2DMeasurer.CONTEXT).getWidth();
        }
    }

    /** A TrueType file to embed in PDFs and the name Java2D knows its font by. */
    public record Embedded(String name, Path file) {
    }

    /** The TrueType files to embed in PDFs; empty when only a logical font is available. */
    public List<Embedded> embedded() {
        List<Embedded> embedded = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            embedded.add(new Embedded(fonts.get(i).getFontName(), files.get(i)));
        }
        return embedded;
    }
}
