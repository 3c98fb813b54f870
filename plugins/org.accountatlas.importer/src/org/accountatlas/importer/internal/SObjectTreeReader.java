package org.accountatlas.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportKind;
import org.accountatlas.importer.ImportProblem;
import org.accountatlas.importer.Messages;
import org.accountatlas.importer.SourceRow;
import org.accountatlas.importer.SourceTable;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads Salesforce sObject-tree files ({@code sf data export tree}): records with {@code attributes.type} and
 * {@code attributes.referenceId}, children nested under relationship names ({@code childAccounts},
 * {@code Contacts}) and references written {@code @AccountRef1}. The tree becomes flat tables, one per object
 * type, with the Data Loader column names ({@code Id}, {@code ParentId}, {@code AccountId}), so the same
 * mapping serves both formats.
 */
public final class SObjectTreeReader {

    private final String file;
    private final Map<String, List<Map<String, String>>> recordsByType = new LinkedHashMap<>();
    private final Map<String, List<String>> wheresByType = new LinkedHashMap<>();

    private SObjectTreeReader(String file) {
        this.file = file;
    }

    /** True when the text is JSON rather than CSV: its first non-blank character opens an object or array. */
    public static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    public static JsonElement parse(String file, String text) throws ImportFailedException {
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ImportFailedException(ImportProblem.ofFile(file,
                    NLS.bind(Messages.Read_malformedJson, cause.getMessage())));
        }
    }

    /** The tables of a tree file, accounts before contacts so references resolve in one pass. */
    public static List<SourceTable> read(String file, JsonElement json) throws ImportFailedException {
        if (!json.isJsonObject() || !json.getAsJsonObject().has("records")
                || !json.getAsJsonObject().get("records").isJsonArray()) {
            throw new ImportFailedException(ImportProblem.ofFile(file, Messages.Read_notTree));
        }
        SObjectTreeReader reader = new SObjectTreeReader(file);
        reader.flatten(json.getAsJsonObject().getAsJsonArray("records"), "records", null, null);
        List<SourceTable> tables = new ArrayList<>();
        for (ImportKind kind : ImportKind.values()) {
            for (String type : reader.recordsByType.keySet()) {
                if (kindOf(type) == kind) {
                    tables.add(reader.table(type, kind));
                }
            }
        }
        return tables;
    }

    private void flatten(JsonArray records, String path, String parentType, String parentRef)
            throws ImportFailedException {
        for (int i = 0; i < records.size(); i++) {
            String where = path + "[" + i + "]";
            if (!records.get(i).isJsonObject()) {
                throw new ImportFailedException(ImportProblem.ofRow(file, record(where), Messages.Read_notTree));
            }
            JsonObject record = records.get(i).getAsJsonObject();
            String type = attribute(record, "type");
            String ref = attribute(record, "referenceId");
            if (type == null || kindOf(type) == null) {
                throw new ImportFailedException(ImportProblem.ofRow(file, record(where),
                        NLS.bind(Messages.Read_unknownType, type)));
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Id", ref == null ? "" : ref);
            if (parentType != null) {
                values.put(parentType.equals(type) ? "ParentId" : parentType + "Id", parentRef);
            }
            Map<String, JsonArray> children = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> field : record.entrySet()) {
                JsonElement value = field.getValue();
                if (field.getKey().equals("attributes")) {
                    continue;
                }
                if (value.isJsonObject() && value.getAsJsonObject().get("records") instanceof JsonArray nested) {
                    children.put(where + "." + field.getKey() + ".records", nested);
                } else {
                    values.put(field.getKey(), text(value));
                }
            }
            recordsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(values);
            wheresByType.computeIfAbsent(type, t -> new ArrayList<>()).add(record(where));
            for (Map.Entry<String, JsonArray> child : children.entrySet()) {
                flatten(child.getValue(), child.getKey(), type, ref);
            }
        }
    }

    private SourceTable table(String type, ImportKind kind) {
        List<Map<String, String>> records = recordsByType.get(type);
        Set<String> columns = new LinkedHashSet<>();
        records.forEach(r -> columns.addAll(r.keySet()));
        List<String> header = List.copyOf(columns);
        List<SourceRow> rows = new ArrayList<>();
        List<String> wheres = wheresByType.get(type);
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            rows.add(new SourceRow(wheres.get(i),
                    header.stream().map(c -> record.getOrDefault(c, "")).toList(), null));
        }
        return new SourceTable(file, kind, header, rows, List.of());
    }

    private static String record(String path) {
        return NLS.bind(Messages.Where_record, path);
    }

    private static String attribute(JsonObject record, String name) {
        JsonElement attributes = record.get("attributes");
        if (attributes == null || !attributes.isJsonObject()) {
            return null;
        }
        JsonElement value = attributes.getAsJsonObject().get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    /** Scalars as text; references lose their {@code @}; nulls and structures become empty. */
    private static String text(JsonElement value) {
        if (value == null || !value.isJsonPrimitive()) {
            return "";
        }
        String text = value.getAsString();
        return text.startsWith("@") ? text.substring(1) : text;
    }

    static ImportKind kindOf(String type) {
        return type == null ? null : ImportKind.named(type);
    }
}
