package org.accountatlas.app.dashboard;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The dashboard's input: one dashboard of the open portfolio. */
public final class DashboardInput implements IEditorInput {

    /** The one dashboard. */
    public static final DashboardInput INSTANCE = new DashboardInput();

    private DashboardInput() {
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
        return Messages.Dashboard_title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.Dashboard_tooltip;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
