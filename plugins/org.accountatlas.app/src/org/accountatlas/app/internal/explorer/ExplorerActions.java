package org.accountatlas.app.internal.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.accountatlas.edit.command.NewElement;
import org.accountatlas.edit.command.NewElements;
import org.accountatlas.edit.command.Pastes;
import org.accountatlas.model.AtlasPackage.Literals;
import org.accountatlas.model.NamedElement;
import org.accountatlas.model.Portfolio;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.widgets.Item;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The explorer's context menu and edit actions: Open, New, Rename (F2, in place), Copy, Paste and Delete.
 * Each change is one command on the session's stack.
 */
final class ExplorerActions {

    private static final String NAME = "name";

    private final AtlasExplorerView view;
    private final TreeViewer viewer;
    private final EditingDomain domain;
    private final Action open = new Action(Messages.Explorer_open) {
        @Override
        public void run() {
            view.openSelection();
        }
    };
    private final Action rename = new Action(Messages.Explorer_rename) {
        @Override
        public void run() {
            if (selected() instanceof NamedElement named) {
                viewer.getControl().getDisplay().asyncExec(() -> viewer.editElement(named, 0));
            }
        }
    };
    private final Action copy = new Action(Messages.Explorer_copy) {
        @Override
        public void run() {
            List<Object> copied = new ArrayList<>();
            for (Object element : viewer.getStructuredSelection()) {
                if (element instanceof EObject object && !(object instanceof Portfolio)) {
                    copied.add(object);
                }
            }
            domain.setClipboard(copied);
            updateEnablement();
        }
    };
    private final Action paste = new Action(Messages.Explorer_paste) {
        @Override
        public void run() {
            paste();
        }
    };

    private ExplorerActions(AtlasExplorerView view, AtlasSession session) {
        this.view = view;
        this.viewer = view.viewer();
        this.domain = session.editingDomain();
    }

    static ExplorerActions install(AtlasExplorerView view, AtlasSession session) {
        ExplorerActions actions = new ExplorerActions(view, session);
        actions.enableInPlaceRename();
        IActionBars bars = view.getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), actions.rename);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), actions.copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), actions.paste);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillContextMenu);
        actions.viewer.getControl().setMenu(menu.createContextMenu(actions.viewer.getControl()));
        view.getSite().registerContextMenu(menu, actions.viewer);
        actions.viewer.addSelectionChangedListener(event -> actions.updateEnablement());
        actions.updateEnablement();
        return actions;
    }

    private void fillContextMenu(IMenuManager menu) {
        updateEnablement();
        menu.add(open);
        MenuManager create = new MenuManager(Messages.Explorer_new);
        for (Action action : newActions()) {
            create.add(action);
        }
        menu.add(create);
        menu.add(new Separator());
        menu.add(rename);
        menu.add(copy);
        menu.add(paste);
        menu.add(view.deleteAction());
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** What can be created at the selection: on nothing selected, a top-level account. */
    List<Action> newActions() {
        Object target = selected();
        List<NewElement> elements = new ArrayList<>();
        Portfolio portfolio = view.portfolio();
        if (target instanceof Folder folder) {
            elements.add(NewElements.inList(domain, folder.portfolio(), folder.kind() == Folder.Kind.TEAM
                    ? Literals.PORTFOLIO__TEAM_MEMBERS : Literals.PORTFOLIO__COMPETITORS));
        } else if (target instanceof EObject object) {
            elements.addAll(NewElements.of(domain, object));
        }
        if (portfolio != null && !(target instanceof Folder)) {
            elements.addAll(NewElements.of(domain, portfolio));
        }
        List<Action> actions = new ArrayList<>();
        for (NewElement element : elements) {
            actions.add(new Action(element.label()) {
                @Override
                public void run() {
                    create(element);
                }
            });
        }
        return actions;
    }

    /** A new top-level account, as the tool bar's New Account makes it. */
    void newTopLevelAccount() {
        if (view.portfolio() != null) {
            view.filter("");
            create(NewElements.of(domain, view.portfolio()).get(0));
        }
    }

    /** Creates the element, selects it and opens its name for typing. */
    void create(NewElement element) {
        domain.getCommandStack().execute(element.command());
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(element.created()), true);
        // After the context menu has closed and given the focus back, or the editor would lose it at once.
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.editElement(element.created(), 0);
            }
        });
    }

    private Object selected() {
        return viewer.getStructuredSelection().size() == 1 ? viewer.getStructuredSelection().getFirstElement() : null;
    }

    private EObject pasteTarget() {
        Object target = selected();
        if (target instanceof Folder folder) {
            return folder.portfolio();
        }
        return target instanceof EObject object ? object : view.portfolio();
    }

    @SuppressWarnings("unchecked")
    private Command pasteCommand() {
        Collection<?> clipboard = domain.getClipboard();
        if (clipboard == null || clipboard.isEmpty()) {
            return null;
        }
        return Pastes.of(domain, (Collection<? extends EObject>) clipboard, pasteTarget());
    }

    void paste() {
        Command command = pasteCommand();
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
            viewer.refresh();
            viewer.setSelection(new StructuredSelection(new ArrayList<>(command.getResult())), true);
        }
    }

    private void updateEnablement() {
        open.setEnabled(selected() instanceof EObject);
        rename.setEnabled(selected() instanceof NamedElement);
        copy.setEnabled(!viewer.getStructuredSelection().isEmpty() && !(selected() instanceof Folder));
        Command command = pasteCommand();
        paste.setEnabled(command != null && command.canExecute());
    }

    /** F2 or Rename edits the name in the tree; the typed name is set by one command. Never on a click. */
    private void enableInPlaceRename() {
        viewer.setColumnProperties(new String[] { NAME });
        viewer.setCellEditors(new TextCellEditor[] { new TextCellEditor(viewer.getTree()) });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String property) {
                return element instanceof NamedElement;
            }

            @Override
            public Object getValue(Object element, String property) {
                String name = ((NamedElement) element).getName();
                return name == null ? "" : name;
            }

            @Override
            public void modify(Object element, String property, Object value) {
                Object named = element instanceof Item item ? item.getData() : element;
                String name = ((String) value).strip();
                if (named instanceof NamedElement target && !name.isEmpty() && !name.equals(target.getName())) {
                    domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, target,
                            Literals.NAMED_ELEMENT__NAME, name));
                }
            }
        });
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.DEFAULT);
    }
}
