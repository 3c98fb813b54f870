package org.accountatlas.app;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor that only shows the portfolio (the start page, the dashboard): nothing of its own to save, since
 * the portfolio is saved by its one saveable.
 */
public abstract class ReadOnlyPage extends EditorPart {

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Nothing of its own to save.
    }

    @Override
    public void doSaveAs() {
        // Nothing to save.
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The input of such a page: there is one of each, named, never persisted. */
    public abstract static class Input implements IEditorInput {

        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return null;
        }

        @Override
        public IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }
    }
}
