package org.accountatlas.app.start;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The start page's input: there is one start page, whatever the portfolio. */
public final class StartInput implements IEditorInput {

    /** The one start page. */
    public static final StartInput INSTANCE = new StartInput();

    private StartInput() {
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.Start_title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.Start_tooltip;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
