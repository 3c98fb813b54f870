package org.accountatlas.importer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportProblem;
import org.accountatlas.importer.Messages;
import org.accountatlas.importer.SourceRow;
import org.accountatlas.importer.SourceTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

/**
 * Reads CSV text with Commons CSV: the first record is the header; the delimiter (comma, semicolon or tab) is
 * the one the header uses most. Rows whose shape is wrong are kept with a defect, so the importer can report
 * them (or skip them); input the parser cannot follow (a quote never closed) fails the whole file.
 */
public final class CsvTableReader {

    /** Longer values are a runaway quote or junk, never a real field of a CRM export. */
    public static final int MAX_VALUE_LENGTH = 1_000_000;

    private static final Pattern PARSER_LINE = Pattern.compile("line:? (\\d+)");

    private CsvTableReader() {
    }

    public static SourceTable read(String file, DecodedText decoded) throws ImportFailedException {
        String text = decoded.text();
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                String where = NLS.bind(Messages.Where_line, lines.lineOf(record.getCharacterPosition()));
                if (header == null) {
                    header = headerOf(file, where, record);
                } else {
                    rows.add(rowOf(where, record, header.size()));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            throw malformed(file, e);
        }
        if (header == null) {
            throw new ImportFailedException(ImportProblem.ofFile(file, Messages.Read_empty));
        }
        List<String> notes = decoded.fallbackEncoding() == null ? List.of()
                : List.of(NLS.bind(Messages.Read_fallbackEncoding, decoded.fallbackEncoding()));
        return new SourceTable(file, null, header, rows, notes);
    }

    private static List<String> headerOf(String file, String where, CSVRecord record) throws ImportFailedException {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (name.isEmpty()) {
                name = NLS.bind(Messages.Read_unnamedColumn, i + 1);
            }
            if (!seen.add(name)) {
                throw new ImportFailedException(new ImportProblem(file, where, name, null,
                        Messages.Read_duplicateColumn));
            }
            names.add(name);
        }
        return names;
    }

    private static SourceRow rowOf(String where, CSVRecord record, int columns) {
        List<String> values = Arrays.asList(record.values());
        String defect = null;
        if (values.size() < columns) {
            defect = NLS.bind(Messages.Read_tooFewValues, values.size(), columns);
        } else if (values.size() > columns) {
            defect = NLS.bind(Messages.Read_tooManyValues, values.size(), columns);
        } else {
            for (String value : values) {
                if (value.length() > MAX_VALUE_LENGTH) {
                    defect = NLS.bind(Messages.Read_valueTooLong, value.length(), MAX_VALUE_LENGTH);
                    break;
                }
            }
        }
        return new SourceRow(where, defect == null ? values : List.of(), defect);
    }

    private static ImportFailedException malformed(String file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String detail = String.valueOf(cause.getMessage());
        Matcher line = PARSER_LINE.matcher(detail);
        String where = line.find() ? NLS.bind(Messages.Where_line, line.group(1)) : null;
        return new ImportFailedException(ImportProblem.ofRow(file, where, NLS.bind(Messages.Read_malformed, detail)));
    }

    /** The delimiter the header line uses most, counting only outside quotes; comma when none is used. */
    static char delimiterOf(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    /** Line numbers of character positions, for records whose quoted values span lines. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        int lineOf(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
