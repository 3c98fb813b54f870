package org.accountatlas.importer;

import java.util.List;

/**
 * One record of an import file, as text.
 *
 * @param where   where it is, for messages: "line 12" or "record records[2].childAccounts.records[0]"
 * @param values  the values, aligned with the table's header; missing trailing values are empty
 * @param defect  what is wrong with the record's shape (too few or too many values), or null
 */
public record SourceRow(String where, List<String> values, String defect) {

    /** The text in the column; empty past the end of a short row. */
    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }
}
