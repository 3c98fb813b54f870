package org.accountatlas.diagram.ui.handlers;

import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.ui.editor.DiagramEditor;
import org.accountatlas.diagram.ui.export.DiagramExportJob;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Export › Diagram as PNG / SVG / PDF: the active diagram, framed for a review, in the background. */
public final class ExportDiagramHandler extends AbstractHandler {

    public static final String FORMAT = "format";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ExportFormat format = ExportFormat.valueOf(event.getParameter(FORMAT));
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof DiagramEditor editor)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "Export",
                    "Open a diagram first: this exports the diagram being edited. File › Export › All diagrams "
                            + "exports every diagram of the database.");
            return null;
        }
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format.extension() });
        dialog.setFileName(editor.representation().getName() + "." + format.extension());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            DiagramExportJob.one(editor.session(), editor.representation(), format, java.nio.file.Path.of(chosen)).schedule();
        }
        return null;
    }
}
