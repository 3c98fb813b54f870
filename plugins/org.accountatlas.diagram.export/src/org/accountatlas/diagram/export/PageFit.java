package org.accountatlas.diagram.export;

import java.util.Locale;

import org.accountatlas.diagram.scene.Scene;

/**
 * A drawing fitted on one page: scaled down (or up, to at most 150 %) to fill the page inside its margins,
 * centred. Refused when its smallest text would print under 6 pt, naming a page that would keep it readable.
 *
 * @param page      the page's width and height in points
 * @param scale     drawing units to points
 * @param landscape the orientation used
 */
public record PageFit(PageSize size, double[] page, double scale, boolean landscape) {

    /** Text smaller than this is not readable on paper or a slide. */
    public static final double MIN_TEXT_PT = 6;
    /** The white border around the drawing, in points (1 cm). */
    public static final double MARGIN = 28.35;
    private static final double MAX_SCALE = 1.5;

    /**
     * The scene fitted on the page; {@code landscape} null picks the orientation that fits the drawing larger.
     * An exception says when the smallest text would fall under {@link #MIN_TEXT_PT} and which page avoids it.
     */
    public static PageFit of(Scene scene, PageSize size, Boolean landscape, String file) {
        PageFit fit = landscape != null ? fit(scene, size, landscape) : better(fit(scene, size, true), fit(scene, size, false));
        double smallest = smallestText(scene) * fit.scale;
        if (smallest < MIN_TEXT_PT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: on %s %s the drawing is scaled to %.0f %%, so its smallest text would print at %.1f pt, under %.0f pt. %s",
                    // Rounded down: 5.97 pt is refused, and must not read as "6.0 pt, under 6 pt".
                    file, size.label(), fit.landscape ? "landscape" : "portrait", fit.scale * 100,
                    Math.floor(smallest * 10) / 10, MIN_TEXT_PT,
                    advice(scene)));
        }
        return fit;
    }

    /**
     * A slide for the scene when no page was chosen: 16:9 when its text stays readable there, else the first
     * ISO size, landscape, that keeps it so (PowerPoint takes slides up to 56 inches); refused beyond A0.
     */
    public static PageFit slideFor(Scene scene, String file) {
        double smallest = smallestText(scene);
        for (PageSize size : new PageSize[] { PageSize.SLIDE, PageSize.A4, PageSize.A3, PageSize.A2, PageSize.A1,
            PageSize.A0 }) {
            PageFit fit = fit(scene, size, true);
            if (smallest * fit.scale >= MIN_TEXT_PT) {
                return fit;
            }
        }
        return of(scene, PageSize.A0, true, file);
    }

    /** Whether the scene fits the page (either way round when {@code landscape} is null) with readable text. */
    static boolean fits(Scene scene, PageSize size, Boolean landscape) {
        PageFit fit = landscape != null ? fit(scene, size, landscape) : better(fit(scene, size, true), fit(scene, size, false));
        return smallestText(scene) * fit.scale >= MIN_TEXT_PT;
    }

    private static PageFit fit(Scene scene, PageSize size, boolean landscape) {
        double[] page = size.size(landscape);
        double scale = Math.min(MAX_SCALE, Math.min((page[0] - 2 * MARGIN) / scene.width(),
                (page[1] - 2 * MARGIN) / scene.height()));
        return new PageFit(size, page, scale, landscape);
    }

    private static PageFit better(PageFit a, PageFit b) {
        return a.scale >= b.scale ? a : b;
    }

    /** The first ISO page that keeps every text readable, or that none does. */
    private static String advice(Scene scene) {
        double smallest = smallestText(scene);
        for (PageSize size : new PageSize[] { PageSize.A4, PageSize.A3, PageSize.A2, PageSize.A1, PageSize.A0 }) {
            PageFit fit = better(fit(scene, size, true), fit(scene, size, false));
            if (smallest * fit.scale >= MIN_TEXT_PT) {
                return size.label() + " or larger keeps it readable.";
            }
        }
        return "No paper size up to A0 keeps it readable: export it without --page (pages of its own size) or as SVG.";
    }

    /** The smallest text the scene prints: labels, badges (8), collapsed counts (9), title block and legend (10). */
    static double smallestText(Scene scene) {
        double smallest = scene.frame() == null ? Double.MAX_VALUE : 10;
        for (Scene.Box box : scene.boxes()) {
            smallest = Math.min(smallest, box.label().isEmpty() ? Double.MAX_VALUE : box.fontSize());
            if (box.style().badge() != null && !box.container()) {
                smallest = Math.min(smallest, 8);
            }
            if (box.hiddenCount() > 0) {
                smallest = Math.min(smallest, 9);
            }
        }
        for (Scene.Line line : scene.lines()) {
            if (!line.label().isEmpty()) {
                smallest = Math.min(smallest, line.fontSize());
            }
        }
        return smallest == Double.MAX_VALUE ? 11 : smallest;
    }
}
