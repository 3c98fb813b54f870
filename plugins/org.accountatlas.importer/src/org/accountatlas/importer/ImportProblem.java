package org.accountatlas.importer;

import org.eclipse.osgi.util.NLS;

/**
 * One thing wrong with an import, located as precisely as the input allows: the file, the row ("line 12" or
 * "record records[2]"), the column and the offending value. Any of the location parts may be null.
 */
public record ImportProblem(String file, String where, String column, String value, String message) {

    /** A problem with the file as a whole (it cannot be read, or the mapping does not fit it). */
    public static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(file, null, null, null, message);
    }

    /** A problem with one row, not tied to a column. */
    public static ImportProblem ofRow(String file, String where, String message) {
        return new ImportProblem(file, where, null, null, message);
    }

    @Override
    public String toString() {
        StringBuilder location = new StringBuilder(file == null ? "" : file);
        if (where != null) {
            location.append(location.isEmpty() ? "" : " ").append(where);
        }
        if (column != null) {
            location.append(NLS.bind(Messages.Problem_column, column));
        }
        if (value != null) {
            location.append(NLS.bind(Messages.Problem_value, shorten(value)));
        }
        return location.isEmpty() ? message : location + ": " + message;
    }

    /** Values can be huge (a runaway quoted field); a message quotes only their start. */
    private static String shorten(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
