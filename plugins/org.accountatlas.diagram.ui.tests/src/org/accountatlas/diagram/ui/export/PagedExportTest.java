package org.accountatlas.diagram.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.export.PageSize;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.session.AtlasSession;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page choice of a PDF or PowerPoint export: its preview, and the export it leads to. */
class PagedExportTest {

    private static final String MAP = "华夏钢铁集团 · Decision-maker map";

    @Test
    void thePreviewSaysWhatTheChoiceGivesAndTheTiledExportWritesThatManyPages(@TempDir Path folder) throws Exception {
        AtlasSession session = org.accountatlas.diagram.ui.editor.OnScreen.session();
        Display display = PlatformUI.getWorkbench().getDisplay();
        Representation map = DiagramService.named(session.resource(), MAP);
        DialogSettings settings = new DialogSettings("test");
        settings.put("pageTiled", true);
        String[] previews = new String[2];
        for (String size : new String[] { "A4", "A3" }) {
            settings.put("pageSizePDF", size);
            display.syncExec(() -> {
                Shell shell = display.getActiveShell() != null ? display.getActiveShell() : new Shell(display);
                PageChoiceDialog dialog = new PageChoiceDialog(shell, session.diagrams(), map, ExportFormat.PDF,
                        settings);
                dialog.setBlockOnOpen(false);
                dialog.open();
                long until = System.currentTimeMillis() + 20_000;
                Label preview = find(dialog.getShell());
                while (preview.getText().equals(Messages.previewWorking) && System.currentTimeMillis() < until) {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                }
                previews[size.equals("A4") ? 0 : 1] = preview.getText();
                dialog.close();
            });
        }
        // The sample map's departments cannot be folded smaller than A4 keeps readable: the preview says so.
        assertTrue(previews[0].contains("under 6 pt") && previews[0].contains("A3"), previews[0]);
        assertTrue(previews[1].matches("\\d+ pages?.*") || previews[1].startsWith("One page"), previews[1]);
        int promised = previews[1].startsWith("One page") ? 1
                : Integer.parseInt(previews[1].substring(0, previews[1].indexOf(' ')));

        Path file = folder.resolve("map.pdf");
        DiagramExportJob[] job = new DiagramExportJob[1];
        display.syncExec(() -> job[0] = DiagramExportJob.paged(session, map, ExportFormat.PDF, file,
                new PageChoice(PageSize.A3, null, true)));
        job[0].schedule();
        job[0].join();
        assertTrue(job[0].getResult().isOK(), job[0].getResult().toString());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(file))) {
            assertEquals(promised, pdf.getNumberOfPages(), "as many pages as the preview said");
        }
    }

    private static Label find(org.eclipse.swt.widgets.Composite parent) {
        for (var child : parent.getChildren()) {
            if (child instanceof Label label && (label.getStyle() & org.eclipse.swt.SWT.WRAP) != 0) {
                return label;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Label found = find(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
