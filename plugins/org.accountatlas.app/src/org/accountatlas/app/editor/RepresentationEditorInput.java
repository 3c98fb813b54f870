package org.accountatlas.app.editor;

import org.accountatlas.diagram.representation.Representation;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * One diagram of the session's database, opened in the diagram editor (bundle org.accountatlas.diagram.ui,
 * which the explorer reaches by {@link #EDITOR_ID} only). Equal when they hold the same representation.
 */
public final class RepresentationEditorInput implements IEditorInput {

    public static final String EDITOR_ID = "org.accountatlas.diagram.ui.editor";

    private final Representation representation;

    public RepresentationEditorInput(Representation representation) {
        this.representation = representation;
    }

    public Representation representation() {
        return representation;
    }

    @Override
    public boolean exists() {
        return representation.eResource() != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return representation.getName() == null ? "" : representation.getName();
    }

    /** Not restored at the next start, like account editors: the database opens afresh. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(representation) ? adapter.cast(representation) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RepresentationEditorInput input && input.representation == representation;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(representation);
    }
}
