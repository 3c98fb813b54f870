package org.accountatlas.app.editor;

import java.text.Collator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Orders a table's rows by one column: numbers, dates and enumerations (in their declared order: decision
 * makers before users, champions before opponents) by value, text in the locale's collation; empty cells last.
 */
final class ColumnComparator extends ViewerComparator {

    private final Column column;
    private final boolean descending;
    private final Collator collator = Collator.getInstance();

    ColumnComparator(Column column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    @Override
    public int compare(Viewer viewer, Object first, Object second) {
        Object a = column.value((EObject) first);
        Object b = column.value((EObject) second);
        String textA = column.text((EObject) first);
        String textB = column.text((EObject) second);
        boolean emptyA = a == null || textA.isEmpty();
        boolean emptyB = b == null || textB.isEmpty();
        if (emptyA || emptyB) {
            return Boolean.compare(emptyA, emptyB); // empty cells last, whichever the direction
        }
        int order = a.getClass() == b.getClass() && a instanceof Comparable<?> && !(a instanceof String)
                ? compareValues(a, b) : collator.compare(textA, textB);
        return descending ? -order : order;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareValues(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
