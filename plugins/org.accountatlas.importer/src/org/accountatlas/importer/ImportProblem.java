package org.accountatlas.importer;

import org.eclipse.osgi.util.NLS;

/**
 * One thing wrong with an import, located as precisely as the input allows: the file, the row ("line 12" or
 * "record records[2]"), the column and the offending value. Any of the location parts may be null. When an
 * option of the import would get past it, the remedy names that option; each front end says how to choose it
 * (a flag on the command line, a check box in the wizard), so the message itself names neither.
 */
public record ImportProblem(String file, String where, String column, String value, String message, Remedy remedy) {

    /** The import options that get past a problem. */
    public enum Remedy {
        /** Keep rows whose parent or manager is not found, at the top. */
        ORPHANS_AS_ROOTS,
        /** Name the account every contact belongs to. */
        ACCOUNT,
        /** Map a column to the name. */
        MAP_NAME
    }

    /** A problem no option gets past. */
    public ImportProblem(String file, String where, String column, String value, String message) {
        this(file, where, column, value, message, null);
    }

    /** The same problem with the option that gets past it. */
    public ImportProblem because(Remedy option) {
        return new ImportProblem(file, where, column, value, message, option);
    }

    /** The problem as {@link #toString()} writes it, and then how to choose its remedy, as the front end words it. */
    public String describe(java.util.function.Function<Remedy, String> howToChoose) {
        String how = remedy == null ? null : howToChoose.apply(remedy);
        return how == null ? toString() : toString() + " (" + how + ")";
    }

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
        StringBuilder visible = new StringBuilder();
        // Control characters and lone surrogates (unpaired, they come out of codePoints() as they are) written
        // as escapes, so the message itself stays printable.
        value.codePoints().limit(80).forEach(c -> {
            if (c == '\r' || c == '\n') {
                visible.append(c == '\r' ? "\\r" : "\\n");
            } else if (c < 0x20 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                visible.append(String.format("\\u%04X", c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        String oneLine = visible.toString();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
