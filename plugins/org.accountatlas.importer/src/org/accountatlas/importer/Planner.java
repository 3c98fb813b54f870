package org.accountatlas.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.accountatlas.model.NamedElement;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * What account and contact imports share: reading the rows through the mapping, refusing duplicates,
 * repeating the checks while {@code --skip-bad-rows} removes rows (a skipped parent orphans its children), and
 * failing with every problem when rows are bad and may not be skipped.
 */
abstract class Planner<T extends NamedElement> {

    final Portfolio portfolio;
    final SourceTable table;
    final ColumnMapping mapping;
    final ImportOptions options;
    final RowParser parser;
    final List<ParsedRow> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** Rows that match a record of the portfolio, and the other way round. */
    final Map<ParsedRow, T> matched = new IdentityHashMap<>();
    final Map<T, ParsedRow> rowOfMatch = new IdentityHashMap<>();
    int filtered;

    Planner(Portfolio portfolio, SourceTable table, ColumnMapping mapping, ImportOptions options) {
        this.portfolio = portfolio;
        this.table = table;
        this.mapping = mapping;
        this.options = options;
        this.parser = new RowParser(table.file(), mapping, options);
    }

    final ImportPlan plan() throws ImportFailedException {
        checkMapping();
        notes.addAll(table.notes());
        if (!mapping.unmapped().isEmpty()) {
            notes.add(NLS.bind(Messages.Summary_unmapped, String.join(", ", mapping.unmapped())));
        }
        for (SourceRow source : table.rows()) {
            if (parser.accepts(source)) {
                rows.add(parser.parse(source, rows.size()));
            } else {
                filtered++;
            }
        }
        prepare();
        refuseDuplicates();
        int bad;
        do {
            bad = badCount();
            resolve();
        } while (options.skipBadRows() && badCount() > bad);
        // Row order: the problems read top to bottom, as the user will fix them.
        List<ImportProblem> problems = rows.stream().flatMap(r -> r.problems.stream()).toList();
        if (!problems.isEmpty() && !options.skipBadRows()) {
            throw new ImportFailedException(problems);
        }
        return summarize(problems);
    }

    /** Fails the whole import when the mapping cannot produce usable rows (no name column, say). */
    abstract void checkMapping() throws ImportFailedException;

    /** Indexes what the portfolio holds and matches rows to it. */
    abstract void prepare() throws ImportFailedException;

    /** Resolves references between good rows and the portfolio; marks rows whose references fail. */
    abstract void resolve();

    /** Whether an existing record would change; null for a new one. */
    abstract Boolean changes(ParsedRow row);

    abstract void apply();

    /** The key duplicates are found by; rows without one are never duplicates. */
    abstract String duplicateKey(ParsedRow row);

    List<ParsedRow> goodRows() {
        return rows.stream().filter(r -> !r.isBad()).toList();
    }

    private int badCount() {
        return (int) rows.stream().filter(ParsedRow::isBad).count();
    }

    /** Rows repeating an earlier row's key fail the import, or one of them is kept, as the options say. */
    private void refuseDuplicates() {
        Map<String, ParsedRow> first = new java.util.HashMap<>();
        for (ParsedRow row : goodRows()) {
            String key = duplicateKey(row);
            if (key == null) {
                continue;
            }
            ParsedRow earlier = first.putIfAbsent(key.toLowerCase(Locale.ROOT), row);
            if (earlier != null && options.duplicates() != ImportOptions.Duplicates.FAIL) {
                boolean keepFirst = options.duplicates() == ImportOptions.Duplicates.FIRST;
                ParsedRow dropped = keepFirst ? row : earlier;
                ParsedRow kept = keepFirst ? earlier : row;
                rows.remove(dropped);
                first.put(key.toLowerCase(Locale.ROOT), kept);
                notes.add(NLS.bind(Messages.Summary_duplicateLeftOut, new Object[] { dropped.where(), key,
                    kept.where() }));
            } else if (earlier != null) {
                boolean byId = row.externalId != null;
                row.problems.add(new ImportProblem(table.file(), row.where(),
                        parser.columnName(mapping.columnOf(byId ? ImportField.Role.EXTERNAL_ID
                                : ImportField.Role.NAME)), byId ? row.externalId : row.name,
                        NLS.bind(Messages.Row_duplicate, earlier.where())));
            }
        }
    }

    /** What the summary should note besides the counts; called once the rows are resolved. */
    void noteBeforeSummary() {
        // nothing by default
    }

    private ImportPlan summarize(List<ImportProblem> problems) {
        noteBeforeSummary();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ParsedRow row : goodRows()) {
            Boolean changes = changes(row);
            if (changes == null) {
                created++;
            } else if (changes) {
                updated++;
            } else {
                unchanged++;
            }
        }
        ImportSummary summary = new ImportSummary(table.file(), mapping.kind(), created, updated, unchanged,
                filtered, List.copyOf(problems), List.copyOf(notes));
        return new ImportPlan(summary, this::apply);
    }

    /** A row stands for the record it matched, so the file and the portfolio form one graph. */
    final Object nodeOf(Object rowOrRecord) {
        if (rowOrRecord instanceof ParsedRow row) {
            return matched.containsKey(row) ? matched.get(row) : row;
        }
        return rowOrRecord;
    }

    static String nameOf(Object node) {
        return node instanceof ParsedRow row ? row.name : ((NamedElement) node).getName();
    }

    /**
     * Fails the row when following {@code up} (to the parent, to the manager) from it leads back to it; the
     * message shows the loop by name. A loop elsewhere in the portfolio is not this row's doing and ends the walk.
     */
    final void refuseCycle(ParsedRow row, UnaryOperator<Object> up, ImportField.Role role, String value,
            String template) {
        Object start = nodeOf(row);
        List<String> path = new ArrayList<>(List.of(row.name));
        Set<Object> seen = new HashSet<>();
        for (Object node = up.apply(start); node != null; node = up.apply(node)) {
            path.add(nameOf(node));
            if (node == start) {
                String loop = String.join(" \u2192 ", path);
                row.problems.add(parser.problem(row, role, value, NLS.bind(template, loop)));
                return;
            }
            if (!seen.add(node)) {
                return;
            }
        }
    }

    /**
     * A row refers to a row that has problems of its own. When bad rows are skipped, the referring row goes
     * too, saying why; otherwise the import fails on the other row's problem and this one adds nothing.
     */
    final void skippedReference(ParsedRow row, ImportField.Role role, String value, ParsedRow bad) {
        if (options.skipBadRows()) {
            row.problems.add(parser.problem(row, role, value, NLS.bind(Messages.Row_referenceSkipped, bad.where())));
        }
    }

    /** True when any of the row's attribute values differs from what the object holds. */
    static boolean attributesDiffer(ParsedRow row, EObject object) {
        for (Map.Entry<EAttribute, Object> entry : row.attributes.entrySet()) {
            if (!Objects.equals(object.eGet(entry.getKey()), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    static void setAttributes(ParsedRow row, EObject object) {
        row.attributes.forEach((attribute, value) -> {
            if (!Objects.equals(object.eGet(attribute), value)) {
                object.eSet(attribute, value);
            }
        });
    }

    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
