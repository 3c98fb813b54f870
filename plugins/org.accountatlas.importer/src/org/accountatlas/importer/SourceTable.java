package org.accountatlas.importer;

import java.util.List;

/**
 * The records of one import file (or one object type of a Salesforce tree file) as text, before any mapping.
 *
 * @param file    the file's name, for messages
 * @param kind    what the records are when the file says so itself (Salesforce formats), or null
 * @param header  the column names
 * @param rows    the records in file order
 * @param notes   what reading noticed without failing (a legacy encoding, say)
 */
public record SourceTable(String file, ImportKind kind, List<String> header, List<SourceRow> rows,
        List<String> notes) {

    /** The index of the named column, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }
}
