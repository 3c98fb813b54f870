package org.accountatlas.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input holding one object of the session's database; two are equal when they are of one kind and
 * hold the same object, so opening it again brings up the editor already open.
 */
public abstract class ObjectEditorInput<T extends EObject> implements IEditorInput {

    private final T object;

    protected ObjectEditorInput(T object) {
        this.object = object;
    }

    protected T object() {
        return object;
    }

    /** The object's name, or null. */
    protected abstract String nameOf(T object);

    @Override
    public boolean exists() {
        return object.eResource() != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        String name = nameOf(object);
        return name == null ? "" : name;
    }

    /** Not restored at the next start: the database is opened afresh, so the object would not exist yet. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <A> A getAdapter(Class<A> adapter) {
        return adapter.isInstance(object) ? adapter.cast(object) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ObjectEditorInput<?>) other).object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}
