package org.accountatlas.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.accountatlas.importer.ImportField.Role;
import org.accountatlas.model.validation.StoredText;
import org.eclipse.osgi.util.NLS;

/** Reads source rows through a column mapping; every problem found is attached to its row. */
final class RowParser {

    private final String file;
    private final ColumnMapping mapping;
    private final ValueConverter converter;
    private final String unitSeparator;

    RowParser(String file, ColumnMapping mapping, ImportOptions options) {
        this.file = file;
        this.mapping = mapping;
        this.converter = new ValueConverter(options.monthFirst(), options.numberLocale());
        this.unitSeparator = options.unitSeparator();
    }

    /** True when the row passes every {@code where} filter. */
    boolean accepts(SourceRow row) {
        if (row.defect() != null) {
            return true;
        }
        for (Map.Entry<Integer, java.util.List<RowFilter>> column : mapping.filters().entrySet()) {
            for (RowFilter filter : column.getValue()) {
                if (!filter.accepts(row.value(column.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    ParsedRow parse(SourceRow source, int order) {
        ParsedRow row = new ParsedRow(source, order);
        if (source.defect() != null) {
            row.problems.add(ImportProblem.ofRow(file, source.where(), source.defect()));
            return row;
        }
        String firstName = null;
        String lastName = null;
        for (Map.Entry<Integer, ImportField> entry : mapping.fields().entrySet()) {
            ImportField field = entry.getValue();
            String raw = source.value(entry.getKey());
            String text = ValueConverter.isNull(raw) || StoredText.isBlank(raw) ? null : raw.strip();
            String unstorable = StoredText.problem(text);
            if (unstorable != null) {
                // Refused here, with its place, not at save time nor when an export meets it.
                row.problems.add(new ImportProblem(file, source.where(), columnName(entry.getKey()), raw,
                        NLS.bind(Messages.Row_unstorableText, unstorable)));
                continue;
            }
            switch (field.role()) {
                case EXTERNAL_ID -> row.externalId = text;
                case NAME -> row.name = text;
                case FIRST_NAME -> firstName = text;
                case LAST_NAME -> lastName = text;
                case PARENT_ID -> row.parentId = text;
                case PARENT_NAME -> row.parentName = text;
                case ACCOUNT_ID -> row.accountId = text;
                case ACCOUNT_NAME -> row.accountName = text;
                case UNIT -> row.unitPath = text == null ? null : unitPath(text, unitSeparator);
                case REPORTS_TO_ID -> row.reportsToId = text;
                case ATTRIBUTE -> convert(row, entry.getKey(), field, raw);
                case IGNORED -> {
                    // left out on purpose
                }
            }
        }
        if (row.name == null) {
            row.name = joined(firstName, lastName);
        }
        if (row.name == null) {
            row.problems.add(ImportProblem.ofRow(file, source.where(), Messages.Row_noName));
        }
        return row;
    }

    private void convert(ParsedRow row, int column, ImportField field, String raw) {
        try {
            Object value = converter.convert(field.attribute(), raw, mapping.valueMap(field.name()));
            if (value != null) {
                row.attributes.put(field.attribute(), value);
            }
        } catch (ValueConverter.BadValue e) {
            row.problems.add(new ImportProblem(file, row.where(), columnName(column), raw, e.getMessage()));
        }
    }

    String columnName(int column) {
        return column < 0 ? null : mapping.header().get(column);
    }

    private static String joined(String first, String last) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? null : name;
    }

    /**
     * "Sales / North America" with the separator "/" → [Sales, North America], empty segments dropped; without a
     * separator the name is one department, as written ("R&D / Test" stays one).
     */
    static List<String> unitPath(String text, String separator) {
        List<String> path = new ArrayList<>();
        String[] levels = separator == null ? new String[] { text } : text.split(java.util.regex.Pattern.quote(separator));
        Arrays.stream(levels).map(String::strip).filter(s -> !s.isEmpty()).forEach(path::add);
        return path.isEmpty() ? null : path;
    }

    /** A problem naming the column that holds a role's value. */
    ImportProblem problem(ParsedRow row, Role role, String value, String message) {
        return new ImportProblem(file, row.where(), columnName(mapping.columnOf(role)), value, message);
    }
}
