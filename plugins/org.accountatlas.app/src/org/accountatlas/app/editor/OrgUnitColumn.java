package org.accountatlas.app.editor;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.edit.command.Move;
import org.accountatlas.edit.command.Moves;
import org.accountatlas.model.Account;
import org.accountatlas.model.OrgUnit;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The org unit a contact sits in, as a path ("Sales / North"); choosing another moves the contact there. */
final class OrgUnitColumn implements Column {

    private final EditorContext context;
    private final Account account;

    OrgUnitColumn(EditorContext context, Account account) {
        this.context = context;
        this.account = account;
    }

    @Override
    public String title() {
        return Messages.Stakeholders_orgUnit;
    }

    @Override
    public int width() {
        return 150;
    }

    @Override
    public String text(EObject row) {
        return row.eContainer() instanceof OrgUnit unit ? path(unit) : "";
    }

    static String path(OrgUnit unit) {
        return unit.eContainer() instanceof OrgUnit parent ? path(parent) + " / " + unit.getName() : unit.getName();
    }

    private List<OrgUnit> units() {
        List<OrgUnit> units = new ArrayList<>();
        account.getOrgUnits().forEach(unit -> collect(unit, units));
        return units;
    }

    private static void collect(OrgUnit unit, List<OrgUnit> into) {
        into.add(unit);
        unit.getSubUnits().forEach(sub -> collect(sub, into));
    }

    @Override
    public CellEditor editor(Composite table, EObject row) {
        List<OrgUnit> units = units();
        return new ComboBoxCellEditor(table, units.stream().map(OrgUnitColumn::path).toArray(String[]::new),
                SWT.READ_ONLY) {
            @Override
            protected Object doGetValue() {
                int index = (Integer) super.doGetValue();
                return index < 0 ? null : units.get(index);
            }

            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(units.indexOf(value));
            }
        };
    }

    @Override
    public Object value(EObject row) {
        return row.eContainer();
    }

    /** Moves by the same rules as drag and drop in the explorer. */
    @Override
    public void set(EObject row, Object value) {
        if (value instanceof OrgUnit unit && unit != row.eContainer()) {
            Move move = Moves.of(context.domain(), List.of(row), unit);
            if (move.isAllowed()) {
                context.domain().getCommandStack().execute(move.command());
            }
        }
    }
}
