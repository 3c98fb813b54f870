package org.accountatlas.diagram.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.ui.export.DiagramExportJob;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Export › All diagrams: every diagram of the database, in the formats chosen, into a folder, as a Job. */
public final class ExportAllHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        AtlasSession session = ActiveSession.get();
        if (session == null || session.resource() == null) {
            return null;
        }
        ListSelectionDialog formats = ListSelectionDialog.of(List.of(ExportFormat.values()))
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(LabelProvider.createTextProvider(f -> ((ExportFormat) f).name()))
                .message("Export every diagram of the database as:").title("Export all diagrams")
                .preselect(ExportFormat.PNG, ExportFormat.PDF).create(shell);
        if (formats.open() != Window.OK || formats.getResult().length == 0) {
            return null;
        }
        DirectoryDialog folder = new DirectoryDialog(shell);
        folder.setMessage("Folder for the exported diagrams");
        String chosen = folder.open();
        if (chosen == null) {
            return null;
        }
        List<Representation> diagrams = DiagramService.diagramsOf(session.resource()).stream()
                .filter(r -> r.getTarget() != null).toList();
        List<ExportFormat> chosenFormats = java.util.Arrays.stream(formats.getResult()).map(ExportFormat.class::cast).toList();
        DiagramExportJob.all(session, diagrams, chosenFormats, Path.of(chosen)).schedule();
        return null;
    }
}
