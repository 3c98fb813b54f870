package org.accountatlas.diagram.ui.export;

import org.accountatlas.diagram.export.PageSize;

/**
 * How a PDF or PowerPoint export is paged: on pages of a size (null: the drawing's own size, PDF only), landscape,
 * portrait or (null) whichever shows the drawing larger, on one page scaled to fit or tiled over several.
 */
public record PageChoice(PageSize size, Boolean landscape, boolean tiled) {

    /** The drawing's own size: no page chosen. */
    public static final PageChoice OWN_SIZE = new PageChoice(null, null, false);
}
