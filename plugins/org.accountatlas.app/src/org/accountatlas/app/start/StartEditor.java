package org.accountatlas.app.start;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.analysis.MapHealth;
import org.accountatlas.app.ReadOnlyPage;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.PyramidTier;
import org.accountatlas.model.query.ModelQueries;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.ui.ActiveSession;
import org.accountatlas.ui.OpenAccountEditor;
import org.accountatlas.ui.RepresentationEditorInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

/**
 * The editor area's start page when nothing else is open: the portfolio at a glance (accounts by tier, the key
 * accounts whose decision map is red, the diagrams), each name a link that opens it. It follows the portfolio
 * through the command stack and holds no changes of its own.
 */
public final class StartEditor extends ReadOnlyPage {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.accountatlas.app.startEditor";
    /** Links listed before "… and N more". */
    private static final int SHOWN = 12;

    private AtlasSession session;
    private ScrolledComposite scroller;
    private Composite body;
    private final CommandStackListener changed = event -> refreshLater();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        session = ActiveSession.get();
        if (session == null || !(input instanceof StartInput)) {
            throw new PartInitException("No portfolio is open");
        }
        setSite(site);
        setInput(input);
        setPartName(Messages.Start_title);
        session.commandStack().addCommandStackListener(changed);
    }

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        refresh();
    }

    private void refreshLater() {
        if (scroller != null && !scroller.isDisposed()) {
            scroller.getDisplay().asyncExec(this::refresh);
        }
    }

    /** Draws the page anew from the portfolio as it is. */
    void refresh() {
        if (scroller == null || scroller.isDisposed() || session.resource() == null) {
            return;
        }
        if (body != null) {
            body.dispose();
        }
        body = new Composite(scroller, SWT.NONE);
        body.setBackground(scroller.getBackground());
        body.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().margins(24, 20).spacing(8, 6).applyTo(body);
        Portfolio portfolio = session.portfolio();
        Label heading = label(NLS.bind(Messages.Start_heading, portfolio.getName()));
        heading.setFont(JFaceResources.getHeaderFont());
        int people = portfolio.getAccounts().stream().mapToInt(a -> ModelQueries.contactsOf(a).size()).sum();
        label(NLS.bind(Messages.Start_accounts, portfolio.getAccounts().size(), people));
        links(List.of(new Target(Messages.Start_dashboard,
                () -> org.accountatlas.app.dashboard.DashboardEditor.open(getSite().getPage()))));
        Map<PyramidTier, Integer> byTier = new EnumMap<>(PyramidTier.class);
        int notSet = 0;
        List<Account> red = new ArrayList<>();
        for (Account account : portfolio.getAccounts()) {
            if (!account.isSetTier()) {
                notSet++;
                continue;
            }
            byTier.merge(account.getTier(), 1, Integer::sum);
            boolean key = account.getTier() == PyramidTier.KEY_STRATEGIC || account.getTier() == PyramidTier.KEY;
            if (key && MapHealth.of(account).status() == MapHealth.Status.RED) {
                red.add(account);
            }
        }
        byTier.forEach((tier, count) -> label("    " + NLS.bind(Messages.Start_tierRow,
                org.accountatlas.edit.properties.LiteralLabels.of(tier), count)));
        if (notSet > 0) {
            label("    " + NLS.bind(Messages.Start_tierRow, Messages.Start_tierNotSet, notSet));
        }
        gap();
        label(red.isEmpty() ? Messages.Start_noRed : Messages.Start_red);
        links(red.stream().map(a -> new Target(a.getName(), () -> openAccount(a))).toList());
        gap();
        List<Representation> diagrams = DiagramService.diagramsOf(session.resource());
        label(diagrams.isEmpty() ? Messages.Start_noDiagrams : Messages.Start_diagrams);
        links(diagrams.stream().map(d -> new Target(d.getName(), () -> openDiagram(d))).toList());
        gap();
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.Start_hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(hint);
        scroller.setContent(body);
        scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        body.layout(true, true);
    }

    /** A link's text and what following it does. */
    record Target(String text, Runnable open) {
    }

    private void links(List<Target> targets) {
        for (Target target : targets.subList(0, Math.min(SHOWN, targets.size()))) {
            Link link = new Link(body, SWT.NONE);
            link.setText("    <a>" + target.text().replace("&", "&&").replace("<", "&lt;") + "</a>");
            link.setData(target);
            link.addListener(SWT.Selection, e -> target.open().run());
        }
        if (targets.size() > SHOWN) {
            label("    " + NLS.bind(Messages.Start_more, targets.size() - SHOWN));
        }
    }

    private Label label(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        return label;
    }

    private void gap() {
        GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 6).applyTo(new Label(body, SWT.NONE));
    }

    private void openAccount(Account account) {
        try {
            OpenAccountEditor.open(getSite().getPage(), account, true);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private void openDiagram(Representation representation) {
        try {
            getSite().getPage().openEditor(new RepresentationEditorInput(representation),
                    RepresentationEditorInput.EDITOR_ID, true);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The links shown, for tests: text and what opening does. */
    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        if (body != null) {
            for (Control child : body.getChildren()) {
                if (child.getData() instanceof Target target) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    @Override
    public void setFocus() {
        if (scroller != null) {
            scroller.setFocus();
        }
    }

    @Override
    public void dispose() {
        session.commandStack().removeCommandStackListener(changed);
        super.dispose();
    }
}
