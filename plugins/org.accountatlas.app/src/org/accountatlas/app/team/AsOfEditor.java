package org.accountatlas.app.team;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;

import org.accountatlas.app.ReadOnlyPage;
import org.accountatlas.app.dashboard.AwtImages;
import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.export.Java2DPainter;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * An account's map as it stood at an earlier moment, read-only: the portfolio is read back from the history in a
 * session of its own (nothing of it can be edited or saved) and the account's first diagram is drawn, with its
 * title block and legend, as it was then.
 */
public final class AsOfEditor extends ReadOnlyPage {

    public static final String ID = "org.accountatlas.app.asOf";

    /** Which account, as of when. */
    public static final class AsOfInput extends ReadOnlyPage.Input {
        private final String accountId;
        private final String accountName;
        private final Instant moment;

        AsOfInput(Account account, Instant moment) {
            this.accountId = account.getId();
            this.accountName = account.getName();
            this.moment = moment;
        }

        @Override
        public String getName() {
            return NLS.bind(Messages.AsOf_title, accountName, HistoryView.TIME.format(moment));
        }

        @Override
        public String getToolTipText() {
            return getName();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AsOfInput input && input.accountId.equals(accountId) && input.moment.equals(moment);
        }

        @Override
        public int hashCode() {
            return accountId.hashCode() * 31 + moment.hashCode();
        }
    }

    private Label heading;
    private Label picture;
    private ScrolledComposite scroll;
    private Image image;
    private Scene drawn;

    /** Opens (or shows again) the account as of the moment. */
    public static AsOfEditor open(IWorkbenchPage page, Account account, Instant moment) throws PartInitException {
        return (AsOfEditor) page.openEditor(new AsOfInput(account, moment), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof AsOfInput)) {
            throw new PartInitException("Not an as-of input: " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        heading = new Label(area, SWT.WRAP);
        heading.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
        scroll = new ScrolledComposite(area, SWT.H_SCROLL | SWT.V_SCROLL);
        scroll.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        picture = new Label(scroll, SWT.NONE);
        scroll.setContent(picture);
        AsOfInput input = (AsOfInput) getEditorInput();
        heading.setText(NLS.bind(Messages.AsOf_heading, input.accountName, HistoryView.TIME.format(input.moment)));
        readInTheBackground(input);
    }

    private void readInTheBackground(AsOfInput input) {
        AtlasSession current = ActiveSession.get();
        Job.create(getPartName(), (IProgressMonitor monitor) -> {
            try (AtlasSession past = new AtlasSession(current.database(), new DiagramService(new Java2DMeasurer()))
                    .asOf(input.moment)) {
                past.open(monitor);
                Representation diagram = past.representations().stream()
                        .filter(r -> r.getTarget() != null && input.accountId.equals(r.getTarget().eGet(
                                r.getTarget().eClass().getEIDAttribute())))
                        .findFirst().orElse(null);
                if (diagram == null) {
                    show(NLS.bind(Messages.AsOf_noDiagram, input.accountName, HistoryView.TIME.format(input.moment)),
                            null);
                    return Status.OK_STATUS;
                }
                Scene scene = past.diagrams().framedScene(diagram,
                        input.moment.atZone(java.time.ZoneId.systemDefault()).toLocalDate());
                show(null, scene);
            } catch (java.io.IOException | RuntimeException e) {
                show(NLS.bind(Messages.AsOf_failed, HistoryView.TIME.format(input.moment), e.getMessage()), null);
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The scene drawn (null before it is read, or when there is none); for tests. */
    public Scene scene() {
        return drawn;
    }

    private void show(String message, Scene scene) {
        BufferedImage pixels = scene == null ? null : draw(scene);
        heading.getDisplay().asyncExec(() -> {
            if (heading.isDisposed()) {
                return;
            }
            if (message != null) {
                heading.setText(message);
            }
            if (pixels != null) {
                image = new Image(picture.getDisplay(), AwtImages.toSwt(pixels));
                picture.setImage(image);
                picture.setSize(picture.computeSize(SWT.DEFAULT, SWT.DEFAULT));
                drawn = scene;
            }
            heading.getParent().layout(true, true);
        });
    }

    private static BufferedImage draw(Scene scene) {
        BufferedImage pixels = new BufferedImage((int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pixels.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, pixels.getWidth(), pixels.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Java2DPainter.paint(scene, g);
        g.dispose();
        return pixels;
    }

    @Override
    public void setFocus() {
        scroll.setFocus();
    }

    @Override
    public void dispose() {
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
