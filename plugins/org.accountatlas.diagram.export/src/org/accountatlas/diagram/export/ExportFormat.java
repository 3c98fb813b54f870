package org.accountatlas.diagram.export;

import java.util.Locale;

/** The file formats a diagram is exported to. */
public enum ExportFormat {
    PNG, SVG, PDF, PPTX;

    /** Whether the format has pages (or slides) a drawing can be fitted on. */
    public boolean paged() {
        return this == PDF || this == PPTX;
    }

    /** The file name extension, lower case. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named (png, svg, pdf, pptx, in any case), or an exception naming the known ones. */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + name + "'; use png, svg, pdf or pptx");
    }
}
