package org.accountatlas.diagram.ui.handlers;

import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.ui.export.PageChoiceDialog;
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

/**
 * File › Export › Diagram as PNG / SVG / PDF / PowerPoint: the active diagram, framed for a review, in the
 * background; the dialog opens in the last folder used, asks before replacing a file, and the status line says
 * where the file went.
 */
public final class ExportDiagramHandler extends AbstractHandler {

    public static final String FORMAT = "format";
    /** The folder of the last export, offered again next time. */
    private static final String LAST_FOLDER = "lastExportFolder";

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
        org.eclipse.jface.dialogs.IDialogSettings settings = org.eclipse.ui.PlatformUI
                .getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(getClass())).getDialogSettings();
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format.extension() });
        dialog.setFileName(editor.representation().getName() + "." + format.extension());
        if (settings.get(LAST_FOLDER) != null) {
            dialog.setFilterPath(settings.get(LAST_FOLDER));
        }
        dialog.setOverwrite(true); // asks before replacing a file
        String chosen = dialog.open();
        if (chosen != null) {
            java.nio.file.Path file = java.nio.file.Path.of(chosen);
            settings.put(LAST_FOLDER, file.toAbsolutePath().getParent().toString());
            DiagramExportJob job = DiagramExportJob.one(editor.session(), editor.representation(), format, file);
            if (format.paged()) {
                PageChoiceDialog pages = new PageChoiceDialog(editor.getSite().getShell(), editor.session().diagrams(),
                        editor.representation(), format, settings);
                if (pages.open() != org.eclipse.jface.window.Window.OK) {
                    return null;
                }
                job = DiagramExportJob.paged(editor.session(), editor.representation(), format, file, pages.choice());
            }
            org.eclipse.jface.action.IStatusLineManager status = editor.getEditorSite().getActionBars()
                    .getStatusLineManager();
            job.addJobChangeListener(org.eclipse.core.runtime.jobs.IJobChangeListener.onDone(done -> {
                if (done.getResult().isOK()) {
                    editor.getSite().getShell().getDisplay().asyncExec(() -> status.setMessage("Exported to " + file));
                }
            }));
            job.schedule();
        }
        return null;
    }
}
