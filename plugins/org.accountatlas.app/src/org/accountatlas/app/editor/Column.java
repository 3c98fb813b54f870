package org.accountatlas.app.editor;

import org.accountatlas.diagram.scene.ResolvedStyle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

/** One column of an object table: what it shows of a row and, if editable, how a cell is edited. */
interface Column {

    String title();

    int width();

    String text(EObject row);

    /** An editor for the cell, or null when the cell is read-only. */
    CellEditor editor(Composite table, EObject row);

    Object value(EObject row);

    /** Applies the edited value as a command on the editing domain. */
    void set(EObject row, Object value);

    /** How the cell is coloured, as on the map ("#RRGGBB" fill and text), or null for the table's own colours. */
    default ResolvedStyle colours(EObject row) {
        return null;
    }
}
