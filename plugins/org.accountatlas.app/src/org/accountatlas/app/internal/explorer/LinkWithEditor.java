package org.accountatlas.app.internal.explorer;

import org.accountatlas.app.editor.AccountEditor;
import org.accountatlas.ui.AccountEditorInput;
import org.accountatlas.model.Account;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;

/**
 * The explorer's "Link with Editor" toggle: while on, selecting an element brings its account's open editor
 * to the front, and activating an account editor selects its account in the tree. The toggle is remembered
 * in the preferences.
 */
final class LinkWithEditor extends Action {

    private final TreeViewer viewer;
    private final IWorkbenchPage page;
    private boolean syncing;

    private final ISelectionChangedListener selectionListener = event -> {
        if (isChecked() && !syncing && event.getStructuredSelection().getFirstElement() instanceof EObject element) {
            Account account = ModelQueries.accountOf(element);
            IEditorPart editor = account == null ? null : page().findEditor(new AccountEditorInput(account));
            if (editor != null) {
                syncing = true;
                try {
                    page().bringToTop(editor);
                } finally {
                    syncing = false;
                }
            }
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (isChecked() && !syncing && reference.getPart(false) instanceof AccountEditor editor) {
                showInTree(editor.account());
            }
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference reference) {
            partActivated(reference);
        }
    };

    LinkWithEditor(TreeViewer viewer, IWorkbenchPage page, boolean linked) {
        super(Messages.Explorer_link, IAction.AS_CHECK_BOX);
        this.viewer = viewer;
        this.page = page;
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ELCL_SYNCED));
        setChecked(linked);
        viewer.addPostSelectionChangedListener(selectionListener);
        page.addPartListener(partListener);
    }

    private IWorkbenchPage page() {
        return page;
    }

    void showInTree(Account account) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        syncing = true;
        try {
            viewer.setSelection(new StructuredSelection(account), true);
        } finally {
            syncing = false;
        }
    }

    void dispose() {
        page.removePartListener(partListener);
    }
}
