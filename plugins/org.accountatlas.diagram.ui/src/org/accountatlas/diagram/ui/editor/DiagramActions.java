package org.accountatlas.diagram.ui.editor;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.List;

import org.accountatlas.ui.OpenAccountEditor;
import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.tools.DiagramTools;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas;
import org.accountatlas.diagram.ui.internal.canvas.SwtPainter;
import org.accountatlas.diagram.commands.DiagramEdits;
import org.accountatlas.diagram.ui.export.DiagramExportJob;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;

/** What the editor's menus, keys and tool bar do with the selection. */
final class DiagramActions {

    private final DiagramEditor editor;

    DiagramActions(DiagramEditor editor) {
        this.editor = editor;
    }

    private DiagramCanvas canvas() {
        return editor.canvas();
    }

    private List<DNode> selectedNodes() {
        return DiagramEdits.nodes(canvas().selection());
    }

    /** Edit › Delete, Select All, Rename and Copy act on the diagram while it is active. */
    void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), action(Messages.delete, this::delete));
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), action(Messages.selectAll, () -> canvas().selectAll()));
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), action(Messages.rename, this::rename));
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), action(Messages.copyImage, this::copyAsImage));
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    Menu contextMenu(Control control) {
        MenuManager manager = new MenuManager();
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(menu -> {
            boolean any = !canvas().selection().isEmpty();
            boolean nodes = !selectedNodes().isEmpty();
            menu.add(enabled(action(Messages.rename, this::rename), nodes));
            menu.add(enabled(action(Messages.openInEditor, this::openInAccountEditor), any));
            menu.add(new Separator());
            menu.add(enabled(action(Messages.deleteFromDiagram, this::deleteFromDiagram), any));
            menu.add(enabled(action(Messages.deleteFromModel, this::deleteFromModel), any));
            menu.add(new Separator());
            menu.add(enabled(action(Messages.pin, () -> pin(true)), nodes));
            menu.add(enabled(action(Messages.unpin, () -> pin(false)), nodes));
            menu.add(enabled(action(Messages.collapse, () -> collapse(true)), nodes));
            menu.add(enabled(action(Messages.expand, () -> collapse(false)), nodes));
            menu.add(enabled(action(Messages.arrangeSelection, this::arrangeSelection), nodes));
            menu.add(new Separator());
            menu.add(action(Messages.copyImage, this::copyAsImage));
            menu.add(action(Messages.export, this::exportThis));
        });
        return manager.createContextMenu(control);
    }

    private static IAction enabled(IAction action, boolean enabled) {
        action.setEnabled(enabled);
        return action;
    }

    void rename() {
        List<DNode> nodes = selectedNodes();
        if (nodes.size() == 1) {
            editor.requests().directEdit(nodes.get(0));
        }
    }

    /** The Delete key: remove from the model (saying what goes with it) or from this diagram only. */
    void delete() {
        List<EObject> targets = targets();
        if (targets.isEmpty()) {
            return;
        }
        MessageDialog dialog = new MessageDialog(editor.getSite().getShell(), Messages.deleteTitle, null,
                NLS.bind(Messages.deleteQuestion, describe(targets), DiagramTools.countWithContents(targets) - targets.size()),
                // Enter takes the harmless choice (the diagram only); deleting from the model is a deliberate click.
                MessageDialog.QUESTION, 1, Messages.deleteFromModel, Messages.deleteFromDiagram,
                org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
        switch (dialog.open()) {
            case 0 -> editor.execute(DeleteCommand.create(editor.session().editingDomain(), targets), null);
            case 1 -> deleteFromDiagram();
            default -> {
                // cancelled
            }
        }
    }

    void deleteFromDiagram() {
        editor.execute(DiagramEdits.hide(editor.session().editingDomain(), canvas().selection()), null);
    }

    void deleteFromModel() {
        List<EObject> targets = targets();
        if (!targets.isEmpty() && MessageDialog.openConfirm(editor.getSite().getShell(), Messages.deleteTitle,
                NLS.bind(Messages.deleteConfirm, describe(targets), DiagramTools.countWithContents(targets) - targets.size()))) {
            editor.execute(DeleteCommand.create(editor.session().editingDomain(), targets), null);
        }
    }

    private List<EObject> targets() {
        return canvas().selection().stream().map(DElement::getTarget).filter(t -> t != null).distinct().toList();
    }

    private static String describe(List<EObject> targets) {
        return targets.size() == 1 ? CanvasRequests.name(targets.get(0)) : targets.size() + " elements";
    }

    void pin(boolean pinned) {
        editor.execute(DiagramEdits.pin(editor.session().editingDomain(), selectedNodes(), pinned), null);
    }

    void collapse(boolean collapsed) {
        if (!selectedNodes().isEmpty()) {
            editor.execute(editor.edits().collapse(editor.representation(), selectedNodes(), collapsed), null);
        }
    }

    void arrangeSelection() {
        if (!selectedNodes().isEmpty()) {
            editor.execute(editor.edits().arrangeSelection(editor.representation(), selectedNodes()), null);
        }
    }

    void openInAccountEditor() {
        List<EObject> targets = targets();
        if (!targets.isEmpty()) {
            try {
                OpenAccountEditor.open(editor.getSite().getPage(), targets.get(0), true);
            } catch (PartInitException e) {
                editor.status(e.getMessage());
            }
        }
    }

    /** The diagram as it is on screen, as a picture on the clipboard for slides and mail. */
    void copyAsImage() {
        Scene scene = canvas().scene();
        if (scene.width() <= 0) {
            return;
        }
        Image image = new Image(canvas().getDisplay(), (int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()));
        SwtPainter renderer = new SwtPainter(canvas().getDisplay(), canvas().measurer());
        GC gc = new GC(image);
        Clipboard clipboard = new Clipboard(canvas().getDisplay());
        try {
            renderer.paint(gc, scene, null);
            clipboard.setContents(new Object[] { image.getImageData() }, new Transfer[] { ImageTransfer.getInstance() });
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(Messages.copied);
        } finally {
            gc.dispose();
            renderer.dispose();
            image.dispose();
            clipboard.dispose();
        }
    }

    /** Export of this diagram to a file the user names; the format follows the extension. */
    void exportThis() {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), org.eclipse.swt.SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg", "*.pdf", "*.pptx" });
        dialog.setFilterNames(new String[] { "PNG", "SVG", "PDF", "PowerPoint" });
        dialog.setFileName(editor.representation().getName() + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    void exportTo(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        ExportFormat format = name.endsWith(".svg") ? ExportFormat.SVG : name.endsWith(".pdf") ? ExportFormat.PDF
                : name.endsWith(".pptx") ? ExportFormat.PPTX : ExportFormat.PNG;
        Path target = name.contains(".") ? file : file.resolveSibling(file.getFileName() + ".png");
        if (format.paged()) {
            org.accountatlas.diagram.ui.export.PageChoiceDialog pages = new org.accountatlas.diagram.ui.export
                    .PageChoiceDialog(editor.getSite().getShell(), editor.session().diagrams(), editor.representation(),
                            format, org.eclipse.ui.PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil
                                    .getBundle(getClass())).getDialogSettings());
            if (pages.open() == org.eclipse.jface.window.Window.OK) {
                DiagramExportJob.paged(editor.session(), editor.representation(), format, target, pages.choice())
                        .schedule();
            }
            return;
        }
        DiagramExportJob.one(editor.session(), editor.representation(), format, target).schedule();
    }
}
