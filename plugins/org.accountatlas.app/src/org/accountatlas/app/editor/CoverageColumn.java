package org.accountatlas.app.editor;

import java.util.stream.Collectors;

import org.accountatlas.model.Account;
import org.accountatlas.model.Coverage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

/** Who on our team covers the contact; read-only here, edited on the Relations page where coverage lives. */
final class CoverageColumn implements Column {

    private final Account account;

    CoverageColumn(Account account) {
        this.account = account;
    }

    @Override
    public String title() {
        return Messages.Stakeholders_coverage;
    }

    @Override
    public int width() {
        return 160;
    }

    @Override
    public String text(EObject row) {
        return account.getCoverages().stream().filter(c -> c.getContact() == row).map(Coverage::getTeamMember)
                .filter(java.util.Objects::nonNull).map(member -> member.getName()).collect(Collectors.joining(", "));
    }

    @Override
    public CellEditor editor(Composite table, EObject row) {
        return null;
    }

    @Override
    public Object value(EObject row) {
        return text(row);
    }

    @Override
    public void set(EObject row, Object value) {
        throw new UnsupportedOperationException("Coverage is edited on the Relations page");
    }
}
