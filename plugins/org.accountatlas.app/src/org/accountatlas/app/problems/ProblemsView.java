package org.accountatlas.app.problems;

import java.util.List;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.app.internal.explorer.AtlasExplorerView;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The model's problems: what validation found, errors first. Double-clicking a problem selects the element
 * in the Atlas Explorer. Validation runs as a job when the database opens and on demand.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "org.accountatlas.app.problems";

    private TableViewer viewer;
    private Job validation;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        addColumn(Messages.Problems_message, 700, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Diagnostic) element).getMessage();
            }

            @Override
            public Image getImage(Object element) {
                String key = ((Diagnostic) element).getSeverity() >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                        : ISharedImages.IMG_OBJS_WARN_TSK;
                return PlatformUI.getWorkbench().getSharedImages().getImage(key);
            }
        });
        viewer.addDoubleClickListener(event -> reveal((Diagnostic) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        Action validate = new Action(Messages.Problems_validate) {
            @Override
            public void run() {
                validate();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(validate);
        AtlasSession session = ActiveSession.get();
        if (session != null) {
            session.whenOpened(resource -> parent.getDisplay().asyncExec(this::validate));
        }
    }

    private void addColumn(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** Starts validating in the background; the list updates when it is done. */
    public Job validate() {
        AtlasSession session = ActiveSession.get();
        if (session == null || session.resource() == null || viewer.getControl().isDisposed()) {
            return null;
        }
        if (validation != null) {
            validation.cancel();
        }
        validation = new ValidationJob(session.resource(), this::show);
        validation.schedule();
        return validation;
    }

    private void show(List<Diagnostic> problems) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.setInput(problems);
                setContentDescription(ProblemCounts.describe(problems));
            }
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Selects the problem's element in the explorer and brings the explorer forward. */
    public void reveal(Diagnostic problem) {
        if (problem == null || problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject element)) {
            return;
        }
        try {
            AtlasExplorerView explorer = (AtlasExplorerView) getSite().getPage().showView(AtlasExplorerView.ID);
            explorer.filter("");
            explorer.viewer().setSelection(new StructuredSelection(element), true);
        } catch (PartInitException e) {
            throw new IllegalStateException("The Atlas Explorer could not be shown", e);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
