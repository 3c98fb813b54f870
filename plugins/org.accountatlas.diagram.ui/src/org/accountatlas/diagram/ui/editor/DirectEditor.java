package org.accountatlas.diagram.ui.editor;

import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.tools.DiagramTools;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a node's label in place: a text field over the node with the attribute its direct-edit tool names
 * (the name, unless the description says otherwise). Enter or leaving the field commits one command; Esc
 * cancels; an empty name is refused, changing nothing.
 */
final class DirectEditor {

    private final DiagramEditor editor;
    private final DNode node;

    DirectEditor(DiagramEditor editor, DNode node) {
        this.editor = editor;
        this.node = node;
    }

    void open() {
        DiagramCanvas canvas = editor.canvas();
        Scene.Box box = canvas.boxOf(node);
        EObject target = node.getTarget();
        DiagramElementMapping mapping = DiagramTools.allNodeMappings(editor.description()).stream()
                .filter(m -> m.getName().equals(node.getMapping())).findFirst().orElse(null);
        EStructuralFeature feature = DiagramTools.directEditFeature(mapping, target);
        if (box == null || feature == null) {
            return;
        }
        canvas.reveal(box);
        Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
        Object value = target.eGet(feature);
        text.setText(value == null ? "" : value.toString());
        int x = (int) Math.round(box.x() * canvas.zoom()) - canvas.getHorizontalBar().getSelection();
        int y = (int) Math.round(box.y() * canvas.zoom()) - canvas.getVerticalBar().getSelection();
        int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        text.setBounds(x, y + (int) Math.round(box.height() * canvas.zoom() / 2) - height / 2,
                Math.max(120, (int) Math.round(box.width() * canvas.zoom())), height);
        text.selectAll();
        text.setFocus();
        boolean[] done = { false };
        Runnable commit = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            String typed = text.getText().strip();
            text.dispose();
            if (typed.isEmpty()) {
                editor.status(Messages.emptyName);
            } else if (!typed.equals(value)) {
                editor.execute(SetCommand.create(editor.session().editingDomain(), target, feature, typed), null);
            }
            canvas.setFocus();
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> commit.run());
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                done[0] = true;
                e.doit = false;
                text.dispose();
                canvas.setFocus();
            }
        });
    }
}
