package org.accountatlas.app.team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.accountatlas.model.Account;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.HistoryEntry;
import org.accountatlas.store.HistoryQuery;
import org.accountatlas.ui.ActiveSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Who changed what, and when, for the element selected anywhere in the workbench: for an account its own
 * changes and those of everything it holds, for anything else its own. Each line is one field of one save;
 * "Show As Of This Change" opens the account's map as it stood then.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "org.accountatlas.app.history";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private TableViewer table;
    private EObject shown;
    private final ISelectionListener follow = this::selected;
    private final Action showAsOf = new Action(Messages.History_showAsOf) {
        @Override
        public void run() {
            openAsOf();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column(Messages.History_when, 120, e -> TIME.format(e.at()));
        column(Messages.History_who, 90, HistoryEntry::author);
        column(Messages.History_element, 160, HistoryEntry::element);
        column(Messages.History_field, 110, HistoryEntry::feature);
        column(Messages.History_old, 160, HistoryEntry::oldValue);
        column(Messages.History_new, 160, HistoryEntry::newValue);
        column(Messages.History_note, 140, e -> e.note() == null ? "" : e.note());
        table.setContentProvider(ArrayContentProvider.getInstance());
        showAsOf.setToolTipText(Messages.History_showAsOfTip);
        showAsOf.setEnabled(false);
        table.addSelectionChangedListener(e -> showAsOf.setEnabled(!e.getSelection().isEmpty() && accountOf(shown) != null));
        getViewSite().getActionBars().getToolBarManager().add(showAsOf);
        getSite().setSelectionProvider(null);
        getSite().getPage().addPostSelectionListener(follow);
    }

    private void column(String title, int width, java.util.function.Function<HistoryEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((HistoryEntry) element);
            }
        });
    }

    private void selected(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof EObject object) || object.eResource() == null) {
            return;
        }
        show(object);
    }

    /** Lists the history of the element (an account: with all it holds). */
    public void show(EObject element) {
        AtlasSession session = ActiveSession.get();
        if (session == null || !session.isOpen() || table == null || table.getTable().isDisposed()) {
            return;
        }
        shown = element;
        try {
            HistoryQuery query = element instanceof Account account
                    ? new HistoryQuery(null, account.getId(), null, null)
                    : new HistoryQuery(Set.of(EcoreUtil.getID(element)), null, null, null);
            List<HistoryEntry> entries = session.resource().history(query).reversed();
            table.setInput(entries);
            setContentDescription(entries.isEmpty() ? NLS.bind(Messages.History_nothing, label(element)) : label(element));
        } catch (java.io.IOException e) {
            setContentDescription(e.getMessage());
        }
    }

    /** The lines shown, newest first. */
    @SuppressWarnings("unchecked")
    public List<HistoryEntry> entries() {
        Object input = table.getInput();
        return input == null ? List.of() : (List<HistoryEntry>) input;
    }

    private static String label(EObject element) {
        var name = element.eClass().getEStructuralFeature("name");
        return name != null && element.eGet(name) != null ? (String) element.eGet(name) : element.eClass().getName();
    }

    private static Account accountOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Account account) {
                return account;
            }
        }
        return null;
    }

    private void openAsOf() {
        Account account = accountOf(shown);
        if (!(table.getStructuredSelection().getFirstElement() instanceof HistoryEntry entry) || account == null) {
            return;
        }
        try {
            AsOfEditor.open(getSite().getPage(), account, entry.at());
        } catch (PartInitException e) {
            setContentDescription(e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
        if (shown != null && shown.eResource() != null) {
            show(shown);
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(follow);
        super.dispose();
    }
}
