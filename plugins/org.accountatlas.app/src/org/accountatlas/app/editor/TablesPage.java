package org.accountatlas.app.editor;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.Account;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A page of object tables, laid out in one or two columns, as {@link AccountTables} describes them. */
final class TablesPage extends AccountPage {

    interface Tables {
        List<ObjectTable> build(FormToolkit toolkit, Composite body, EditorContext context, Account account);
    }

    private final Tables tables;
    private final int columnCount;
    private final List<ObjectTable> built = new ArrayList<>();

    TablesPage(AccountEditor editor, String id, String title, Account account, EditorContext context, int columnCount,
            Tables tables) {
        super(editor, id, title, account, context);
        this.tables = tables;
        this.columnCount = columnCount;
    }

    @Override
    protected void build(FormToolkit toolkit, Composite body, EditorContext context) {
        columns(body, columnCount);
        built.addAll(tables.build(toolkit, body, context, account));
        built.forEach(table -> refreshes(table::refresh));
    }

    /** Opens this page with the element's row selected, when one of its tables shows it. */
    void reveal(Object element) {
        getEditor().setActivePage(getId());
        for (ObjectTable table : built) {
            if (java.util.Arrays.asList((Object[]) table.viewer().getInput()).contains(element)) {
                table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
                return;
            }
        }
    }

    List<ObjectTable> tables() {
        return built;
    }
}
