package org.accountatlas.diagram.export;

import java.util.Locale;

/** Paper and slide sizes a PDF page can have, in points (1/72 inch), portrait. */
public enum PageSize {
    A4(595.28, 841.89), A3(841.89, 1190.55), A2(1190.55, 1683.78), A1(1683.78, 2383.94), A0(2383.94, 3370.39),
    LETTER(612, 792), TABLOID(792, 1224),
    /** A 16:9 slide, 13.33 × 7.5 inches, as presentation programs make them. */
    SLIDE(540, 960);

    private final double shortSide;
    private final double longSide;

    PageSize(double shortSide, double longSide) {
        this.shortSide = shortSide;
        this.longSide = longSide;
    }

    /** Width and height in points, landscape or portrait. */
    public double[] size(boolean landscape) {
        return landscape ? new double[] { longSide, shortSide } : new double[] { shortSide, longSide };
    }

    /** The size named (a4, A3, letter, slide …), or an exception naming the known ones. */
    public static PageSize named(String name) {
        for (PageSize size : values()) {
            if (size.name().equalsIgnoreCase(name.strip())) {
                return size;
            }
        }
        throw new IllegalArgumentException("Unknown page size '" + name + "'; use a4, a3, a2, a1, a0, letter, tabloid "
                + "or slide");
    }

    /** As the user writes it: "A3", "letter", "slide". */
    public String label() {
        return name().length() == 2 ? name() : name().toLowerCase(Locale.ROOT);
    }
}
