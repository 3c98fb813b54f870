package org.accountatlas.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.store.SaveConflict;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A save refused because others saved contradicting edits: one line per conflict (element, field, mine, theirs,
 * who, when) with a choice per line, keep mine or take theirs. Nothing was written; choosing and saving again
 * settles it.
 */
public final class ConflictDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final List<SaveConflict> conflicts;
    private final Map<SaveConflict, Boolean> keepMine = new LinkedHashMap<>();

    /** A dialog over the shell for the conflicts of one refused save. */
    public ConflictDialog(Shell shell, List<SaveConflict> conflicts) {
        super(shell);
        this.conflicts = conflicts;
        conflicts.forEach(c -> keepMine.put(c, Boolean.TRUE));
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** For each conflict: true to keep this user's edit, false to take the other's. */
    public Map<SaveConflict, Boolean> choices() {
        return keepMine;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.Conflict_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(UiMessages.Conflict_intro, conflicts.size()));
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 220).applyTo(table);
        String[] headers = { UiMessages.Conflict_element, UiMessages.Conflict_field, UiMessages.Conflict_mine,
            UiMessages.Conflict_theirs, UiMessages.Conflict_who, UiMessages.Conflict_when, UiMessages.Conflict_choice };
        int[] widths = { 150, 90, 120, 120, 90, 110, 120 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        for (SaveConflict conflict : conflicts) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { conflict.element(), conflict.feature(), shown(conflict.mine()),
                shown(conflict.theirs()), conflict.who(), conflict.when() == null ? "" : TIME.format(conflict.when()),
                "" });
            CCombo choice = new CCombo(table, SWT.READ_ONLY | SWT.FLAT);
            choice.setItems(new String[] { UiMessages.Conflict_keepMine, UiMessages.Conflict_takeTheirs });
            choice.select(0);
            choice.addListener(SWT.Selection, e -> keepMine.put(conflict, choice.getSelectionIndex() == 0));
            TableEditor editor = new TableEditor(table);
            editor.grabHorizontal = true;
            editor.setEditor(choice, item, headers.length - 1);
        }
        return area;
    }

    private static String shown(String value) {
        return value == null ? "" : value.length() > 60 ? value.substring(0, 60) + "\u2026" : value;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, UiMessages.Conflict_saveAgain, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
