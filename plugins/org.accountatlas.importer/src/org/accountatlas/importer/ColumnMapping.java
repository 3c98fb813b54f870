package org.accountatlas.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accountatlas.importer.ImportField.Role;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.osgi.util.NLS;

/**
 * A {@link MappingSpec} checked against one file: which column fills which field, which columns are left out,
 * the value maps by field and the row filters by column index. Columns the user did not mention are matched
 * by header (exact field names first, then usual synonyms); a field claimed by a column the user named is
 * not also guessed.
 */
public final class ColumnMapping {

    private final ImportKind kind;
    private final List<String> header;
    private final Map<Integer, ImportField> fields = new LinkedHashMap<>();
    private final List<String> unmapped = new ArrayList<>();
    private final Map<String, Map<String, Enumerator>> valueMaps = new HashMap<>();
    private final Map<Integer, List<RowFilter>> filters = new LinkedHashMap<>();

    private ColumnMapping(ImportKind kind, List<String> header) {
        this.kind = kind;
        this.header = List.copyOf(header);
    }

    /** Which field each column of the table fills for the kind of record: the user's statements first, then headers. */
    public static ColumnMapping resolve(SourceTable table, ImportKind kind, MappingSpec spec)
            throws ImportFailedException {
        ColumnMapping mapping = new ColumnMapping(kind, table.header());
        List<ImportProblem> problems = new ArrayList<>();
        Map<ImportField, String> claimedBy = new HashMap<>();
        spec.columns().forEach((column, fieldName) -> {
            int index = table.column(column);
            Optional<ImportField> field = FieldCatalog.field(kind, fieldName);
            if (index < 0) {
                problems.add(ImportProblem.ofFile(table.file(),
                        NLS.bind(Messages.Mapping_noSuchColumn, column, String.join(", ", table.header()))));
            } else if (field.isEmpty()) {
                problems.add(ImportProblem.ofFile(table.file(), NLS.bind(Messages.Mapping_noSuchField,
                        new Object[] { fieldName, kindName(kind), fieldNames(kind) })));
            } else if (field.get().role() != Role.IGNORED && claimedBy.containsKey(field.get())) {
                problems.add(ImportProblem.ofFile(table.file(), NLS.bind(Messages.Mapping_fieldTwice,
                        new Object[] { fieldName, claimedBy.get(field.get()), column })));
            } else {
                mapping.fields.put(index, field.get());
                claimedBy.put(field.get(), column);
            }
        });
        // Exact header matches first, so a "Phone" column wins over "MobilePhone" whatever their order.
        mapping.guess(table, claimedBy, h -> FieldCatalog.exactMatch(kind, h));
        mapping.guess(table, claimedBy, h -> FieldCatalog.synonymMatch(kind, h));
        mapping.parentByName(table, spec, claimedBy);
        for (int i = 0; i < table.header().size(); i++) {
            if (!mapping.fields.containsKey(i)) {
                mapping.unmapped.add(table.header().get(i));
            }
        }
        mapping.resolveValueMaps(table.file(), spec, problems);
        spec.filters().forEach(filter -> {
            int index = table.column(filter.column());
            if (index < 0) {
                problems.add(ImportProblem.ofFile(table.file(),
                        NLS.bind(Messages.Mapping_noSuchColumn, filter.column(), String.join(", ", table.header()))));
            } else {
                mapping.filters.computeIfAbsent(index, i -> new ArrayList<>()).add(filter);
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return mapping;
    }

    private void guess(SourceTable table, Map<ImportField, String> claimedBy,
            java.util.function.Function<String, Optional<ImportField>> matcher) {
        for (int i = 0; i < table.header().size(); i++) {
            if (fields.containsKey(i)) {
                continue;
            }
            Optional<ImportField> guess = matcher.apply(table.header().get(i));
            if (guess.isPresent() && !claimedBy.containsKey(guess.get())) {
                fields.put(i, guess.get());
                claimedBy.put(guess.get(), table.header().get(i));
            }
        }
    }

    /**
     * A guessed parent column whose values are names of rows in the file rather than their ids ("parent" over
     * a list of company names) is read as the parent's name. What the user mapped is never second-guessed.
     */
    private void parentByName(SourceTable table, MappingSpec spec, Map<ImportField, String> claimedBy) {
        Integer parent = column(Role.PARENT_ID);
        Integer name = column(Role.NAME);
        Optional<ImportField> byName = FieldCatalog.field(kind, "parentName");
        if (parent == null || name == null || byName.isEmpty() || claimedBy.containsKey(byName.get())
                || spec.columns().containsKey(table.header().get(parent))) {
            return;
        }
        Integer id = column(Role.EXTERNAL_ID);
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (SourceRow row : table.rows()) {
            names.add(FieldCatalog.normalize(row.value(name)));
            if (id != null) {
                ids.add(row.value(id).strip());
            }
        }
        int asNames = 0;
        int asIds = 0;
        for (SourceRow row : table.rows()) {
            String value = row.value(parent).strip();
            if (!value.isEmpty()) {
                asIds += ids.contains(value) ? 1 : 0;
                asNames += names.contains(FieldCatalog.normalize(value)) ? 1 : 0;
            }
        }
        if (asNames > asIds) {
            fields.put(parent, byName.get());
            claimedBy.remove(FieldCatalog.field(kind, "parent").orElseThrow());
            claimedBy.put(byName.get(), table.header().get(parent));
        }
    }

    private Integer column(Role role) {
        for (Map.Entry<Integer, ImportField> entry : fields.entrySet()) {
            if (entry.getValue().role() == role) {
                return entry.getKey();
            }
        }
        return null;
    }

    private void resolveValueMaps(String file, MappingSpec spec, List<ImportProblem> problems) {
        spec.values().forEach((fieldName, texts) -> {
            Optional<ImportField> field = FieldCatalog.field(kind, fieldName);
            if (field.isEmpty() || field.get().attribute() == null
                    || !(field.get().attribute().getEAttributeType() instanceof EEnum type)) {
                problems.add(ImportProblem.ofFile(file, NLS.bind(Messages.Mapping_notEnumeration, fieldName)));
                return;
            }
            Map<String, Enumerator> map = valueMaps.computeIfAbsent(field.get().name(), f -> new HashMap<>());
            texts.forEach((text, literalName) -> {
                EEnumLiteral literal = EnumMatcher.match(type, literalName);
                if (literal == null) {
                    problems.add(ImportProblem.ofFile(file, NLS.bind(Messages.Mapping_noSuchLiteral,
                            new Object[] { literalName, fieldName, EnumMatcher.names(type) })));
                } else {
                    map.put(FieldCatalog.normalize(text), literal.getInstance());
                }
            });
        });
    }

    /** What the records are. */
    public ImportKind kind() {
        return kind;
    }

    /** The file's column names. */
    public List<String> header() {
        return header;
    }

    /** Column index → field, in column order; left-out columns are not included. */
    public Map<Integer, ImportField> fields() {
        Map<Integer, ImportField> used = new LinkedHashMap<>();
        fields.forEach((column, field) -> {
            if (field.role() != Role.IGNORED) {
                used.put(column, field);
            }
        });
        return Collections.unmodifiableMap(used);
    }

    /** The field a column fills, or {@link ImportField#IGNORE}. */
    public ImportField fieldOf(int column) {
        return fields.getOrDefault(column, ImportField.IGNORE);
    }

    /** The column filling a role, or -1. */
    public int columnOf(Role role) {
        return fields.entrySet().stream().filter(e -> e.getValue().role() == role).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
    }

    /** Columns matched neither by the user nor by their header; reported, never dropped silently. */
    public List<String> unmapped() {
        return Collections.unmodifiableList(unmapped);
    }

    /** The enumeration values the file's words stand for in the field, by normalised word. */
    public Map<String, Enumerator> valueMap(String field) {
        return valueMaps.getOrDefault(field, Map.of());
    }

    /** Column index → the filters a row's value there must pass to be imported. */
    public Map<Integer, List<RowFilter>> filters() {
        return Collections.unmodifiableMap(filters);
    }

    static String kindName(ImportKind kind) {
        return kind == ImportKind.ACCOUNTS ? Messages.Kind_accounts : Messages.Kind_contacts;
    }

    static String fieldNames(ImportKind kind) {
        return String.join(", ", FieldCatalog.fields(kind).stream().map(ImportField::name).toList());
    }
}
