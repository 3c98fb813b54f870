package org.accountatlas.diagram.ui.export;

import java.time.LocalDate;
import java.util.List;

import org.accountatlas.diagram.export.DiagramExporter;
import org.accountatlas.diagram.export.ExportFormat;
import org.accountatlas.diagram.export.PageFit;
import org.accountatlas.diagram.export.PageSize;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramPages;
import org.accountatlas.diagram.service.DiagramService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Chooses the pages of a PDF or PowerPoint export: the page size, the orientation, one page or tiles, with a
 * preview of what that gives (how many pages, or why the text would be unreadable and which size would do),
 * worked out in the background as the choice changes. The last choice is offered again.
 */
public final class PageChoiceDialog extends Dialog {

    private static final String SIZE = "pageSize";
    private static final String ORIENTATION = "pageOrientation";
    private static final String TILED = "pageTiled";

    private final DiagramService service;
    private final Representation representation;
    private final ExportFormat format;
    private final IDialogSettings settings;
    private Combo size;
    private Combo orientation;
    private Button fit;
    private Button tile;
    private Label preview;
    private Job previewing;
    private PageChoice choice;

    /** A dialog for the diagram's export in the format (PDF or PowerPoint); settings keep the last choice. */
    public PageChoiceDialog(Shell shell, DiagramService service, Representation representation, ExportFormat format,
            IDialogSettings settings) {
        super(shell);
        this.service = service;
        this.representation = representation;
        this.format = format;
        this.settings = settings;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.pagesTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.pageSize);
        size = new Combo(area, SWT.READ_ONLY);
        if (format == ExportFormat.PDF) {
            size.add(Messages.ownSize);
        }
        for (PageSize page : PageSize.values()) {
            size.add(page == PageSize.SLIDE ? Messages.slide : page.label());
        }
        new Label(area, SWT.NONE).setText(Messages.orientation);
        orientation = new Combo(area, SWT.READ_ONLY);
        orientation.setItems(Messages.orientationBest, Messages.landscape, Messages.portrait);
        new Label(area, SWT.NONE);
        Composite how = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(how);
        fit = new Button(how, SWT.RADIO);
        fit.setText(Messages.onePage);
        tile = new Button(how, SWT.RADIO);
        tile.setText(Messages.tiles);
        preview = new Label(area, SWT.WRAP);
        // Room for the longest preview (a refusal naming the size that would do), so nothing is cut off.
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(70),
                convertHeightInCharsToPixels(4)).applyTo(preview);
        restore();
        size.addListener(SWT.Selection, e -> changed());
        orientation.addListener(SWT.Selection, e -> changed());
        fit.addListener(SWT.Selection, e -> changed());
        tile.addListener(SWT.Selection, e -> changed());
        changed();
        return area;
    }

    private void restore() {
        int index = format == ExportFormat.PPTX ? PageSize.SLIDE.ordinal() : 0;
        String saved = settings.get(SIZE + format);
        if (saved != null) {
            index = size.indexOf(saved) >= 0 ? size.indexOf(saved) : index;
        }
        size.select(index);
        orientation.select(Math.max(0, settings.get(ORIENTATION) == null ? 0 : settings.getInt(ORIENTATION)));
        boolean tiled = settings.getBoolean(TILED);
        tile.setSelection(tiled);
        fit.setSelection(!tiled);
    }

    private PageChoice current() {
        int index = size.getSelectionIndex() - (format == ExportFormat.PDF ? 1 : 0);
        PageSize page = index < 0 ? null : PageSize.values()[index];
        Boolean landscape = switch (orientation.getSelectionIndex()) {
            case 1 -> Boolean.TRUE;
            case 2 -> Boolean.FALSE;
            default -> null;
        };
        return page == null ? PageChoice.OWN_SIZE : new PageChoice(page, landscape, tile.getSelection());
    }

    /** Works out the preview in the background; a newer choice cancels the older one's. */
    private void changed() {
        PageChoice chosen = current();
        boolean paged = chosen.size() != null;
        orientation.setEnabled(paged);
        fit.setEnabled(paged);
        tile.setEnabled(paged);
        preview.setText(Messages.previewWorking);
        if (previewing != null) {
            previewing.cancel();
        }
        LocalDate today = LocalDate.now();
        previewing = Job.create(Messages.pagesTitle, (IProgressMonitor monitor) -> {
            String text = describe(chosen, today);
            if (!monitor.isCanceled() && !preview.isDisposed()) {
                preview.getDisplay().asyncExec(() -> {
                    if (!preview.isDisposed() && chosen.equals(current())) {
                        preview.setText(text);
                        preview.getParent().layout();
                    }
                });
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        previewing.setSystem(true);
        previewing.schedule();
    }

    /** What the choice gives: the pages there will be, or why it cannot be printed readably. */
    private String describe(PageChoice chosen, LocalDate today) {
        Scene scene = service.framedScene(representation, today);
        if (chosen.size() == null) {
            return Messages.previewOwnSize;
        }
        if (!chosen.tiled()) {
            try {
                PageFit fit = PageFit.of(scene, chosen.size(), chosen.landscape(), representation.getName());
                return String.format(Messages.previewOnePage, Math.round(fit.scale() * 100));
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        List<Scene> pages = new DiagramPages(service, today).tile(representation, null,
                s -> DiagramExporter.fits(s, chosen.size(), chosen.landscape()));
        for (int i = 0; i < pages.size(); i++) {
            try {
                PageFit.of(pages.get(i), chosen.size(), chosen.landscape(), representation.getName() + " (page "
                        + (i + 1) + ")");
            } catch (IllegalArgumentException e) {
                return e.getMessage(); // a part that no folding makes small enough: the export would refuse it
            }
        }
        return pages.size() == 1 ? Messages.previewWholeFits : String.format(Messages.previewPages, pages.size());
    }

    @Override
    protected void okPressed() {
        choice = current();
        settings.put(SIZE + format, size.getText());
        settings.put(ORIENTATION, orientation.getSelectionIndex());
        settings.put(TILED, tile.getSelection());
        if (previewing != null) {
            previewing.cancel();
        }
        super.okPressed();
    }

    @Override
    public boolean close() {
        if (previewing != null) {
            previewing.cancel();
        }
        return super.close();
    }

    /** The choice made, once the dialog was closed with OK. */
    public PageChoice choice() {
        return choice;
    }
}
