package org.accountatlas.ui;

import org.accountatlas.diagram.representation.Representation;

/**
 * One diagram of the session's database, opened in the diagram editor (bundle org.accountatlas.diagram.ui,
 * which the explorer reaches by {@link #EDITOR_ID} only).
 */
public final class RepresentationEditorInput extends ObjectEditorInput<Representation> {

    public static final String EDITOR_ID = "org.accountatlas.diagram.ui.editor";

    public RepresentationEditorInput(Representation representation) {
        super(representation);
    }

    public Representation representation() {
        return object();
    }

    @Override
    protected String nameOf(Representation representation) {
        return representation.getName();
    }
}
