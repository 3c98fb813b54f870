package org.accountatlas.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * What the user said about a file's columns, before it is checked against the file: columns mapped onto fields
 * ({@code Title=title}, {@code Status=-} to leave one out), value maps for enumerations
 * ({@code influence:Key player=HIGH}) and row filters ({@code Status=Current}). Columns not mentioned are
 * matched by their header where it names a field.
 *
 * <p>A mapping file holds one statement per line: {@code column = field}, {@code value field: text = LITERAL}
 * or {@code where column = value}; {@code #} starts a comment.
 */
public final class MappingSpec {

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    private final java.util.List<RowFilter> filters = new java.util.ArrayList<>();

    /** Maps the column onto the field ("-" leaves the column out). */
    public MappingSpec map(String column, String field) {
        columns.put(column.strip(), field.strip());
        return this;
    }

    /** Reads the text in the field's column as the enumeration literal. */
    public MappingSpec value(String field, String text, String literal) {
        values.computeIfAbsent(field.strip(), f -> new LinkedHashMap<>()).put(text.strip(), literal.strip());
        return this;
    }

    /** Imports only rows whose column holds the value. */
    public MappingSpec where(String column, String value) {
        filters.add(new RowFilter(column.strip(), "=", value.strip()));
        return this;
    }

    /** Column → field, as stated. */
    public Map<String, String> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** Field → (text → literal), as stated. */
    public Map<String, Map<String, String>> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Column → value a row must hold, as stated. */
    public java.util.List<RowFilter> filters() {
        return Collections.unmodifiableList(filters);
    }

    /** Adds {@code column=field}, as given to {@code --map}; throws with a message naming the option. */
    public MappingSpec mapOption(String option) {
        String[] parts = split(option, '=', "--map " + option);
        return map(parts[0], parts[1].isEmpty() ? "-" : parts[1]);
    }

    /** Adds {@code field:text=LITERAL}, as given to {@code --value}. */
    public MappingSpec valueOption(String option) {
        String[] fieldAndRest = split(option, ':', "--value " + option);
        String[] textAndLiteral = split(fieldAndRest[1], '=', "--value " + option);
        return value(fieldAndRest[0], textAndLiteral[0], textAndLiteral[1]);
    }

    /** Adds {@code column=value}, {@code column!=value} or {@code column~pattern}, as given to {@code --where}. */
    public MappingSpec whereOption(String option) {
        filters.add(RowFilter.parse(option));
        return this;
    }

    /** Reads a mapping file; a line that is not a statement fails the whole file, naming the line. */
    public static MappingSpec read(Path file) throws ImportFailedException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportFailedException(ImportProblem.ofFile(file.toString(),
                    NLS.bind(Messages.Mapping_unreadable, e.getMessage())));
        }
        MappingSpec spec = new MappingSpec();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("value ")) {
                    spec.valueOption(line.substring(6));
                } else if (line.startsWith("where ")) {
                    spec.whereOption(line.substring(6));
                } else {
                    spec.mapOption(line);
                }
            } catch (IllegalArgumentException e) {
                throw new ImportFailedException(ImportProblem.ofRow(file.getFileName().toString(),
                        NLS.bind(Messages.Where_line, i + 1), NLS.bind(Messages.Mapping_badLine, line)));
            }
        }
        return spec;
    }

    /** Everything {@code other} says, overriding what this one says about the same column or value. */
    public MappingSpec with(MappingSpec other) {
        MappingSpec merged = new MappingSpec();
        merged.columns.putAll(columns);
        merged.columns.putAll(other.columns);
        values.forEach((field, map) -> map.forEach((text, literal) -> merged.value(field, text, literal)));
        other.values.forEach((field, map) -> map.forEach((text, literal) -> merged.value(field, text, literal)));
        merged.filters.addAll(filters);
        merged.filters.addAll(other.filters);
        return merged;
    }

    private static String[] split(String text, char separator, String context) {
        int at = text.indexOf(separator);
        if (at <= 0) {
            throw new IllegalArgumentException(NLS.bind(Messages.Mapping_badOption, context, separator));
        }
        return new String[] { text.substring(0, at).strip(), text.substring(at + 1).strip() };
    }
}
