package org.accountatlas.importer.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads Salesforce sObject-tree files ({@code sf data export tree}): records with {@code attributes.type} and
 * {@code attributes.referenceId}, children nested under relationship names ({@code childAccounts},
 * {@code Contacts}) and references written {@code @AccountRef1}. The tree becomes flat tables, one per object
 * type, with the Data Loader column names ({@code Id}, {@code ParentId}, {@code AccountId}), so the same
 * mapping serves both formats.
 */
public final class SObjectTreeReader {

    /** Reads a JSON tree keeping the reader's strictness and nesting limit (JsonParser would relax both). */
    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

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

    /**
     * Parses the text as JSON. Gson's default nesting limit (255) would refuse legitimate trees deeper than about
     * 60 levels of accounts; the file size guard bounds the depth instead, and Gson builds the tree without
     * recursion.
     */
    public static JsonElement parse(String file, String text) throws ImportFailedException {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setNestingLimit(Integer.MAX_VALUE);
            reader.setStrictness(Strictness.LEGACY_STRICT);
            JsonElement json = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonSyntaxException("more follows the end of the document at " + reader.getPath());
            }
            return json;
        } catch (JsonParseException | IOException e) {
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
        reader.flatten(json.getAsJsonObject().getAsJsonArray("records"));
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

    /** Records still to flatten, with the parent they are nested under. */
    private record Pending(JsonElement record, String where, String parentType, String parentRef) {
    }

    /**
     * Flattens the records depth-first (each record before its children, children in file order) with a stack
     * of its own, so a tree of any depth the file can hold is read without overflowing the thread's stack.
     */
    private void flatten(JsonArray roots) throws ImportFailedException {
        Deque<Pending> pending = new ArrayDeque<>();
        pushAll(pending, roots, "records", null, null);
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            String where = next.where();
            if (!next.record().isJsonObject()) {
                throw new ImportFailedException(ImportProblem.ofRow(file, record(where), Messages.Read_notTree));
            }
            JsonObject record = next.record().getAsJsonObject();
            String type = attribute(record, "type");
            String ref = attribute(record, "referenceId");
            if (type == null || kindOf(type) == null) {
                throw new ImportFailedException(ImportProblem.ofRow(file, record(where),
                        NLS.bind(Messages.Read_unknownType, type)));
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Id", ref == null ? "" : ref);
            if (next.parentType() != null) {
                values.put(next.parentType().equals(type) ? "ParentId" : next.parentType() + "Id", next.parentRef());
            }
            List<Map.Entry<String, JsonArray>> children = new ArrayList<>();
            for (Map.Entry<String, JsonElement> field : record.entrySet()) {
                JsonElement value = field.getValue();
                if (field.getKey().equals("attributes")) {
                    continue;
                }
                if (value.isJsonObject() && value.getAsJsonObject().get("records") instanceof JsonArray nested) {
                    children.add(Map.entry(where + "." + field.getKey() + ".records", nested));
                } else {
                    values.put(field.getKey(), text(value));
                }
            }
            recordsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(values);
            wheresByType.computeIfAbsent(type, t -> new ArrayList<>()).add(record(where));
            for (int i = children.size() - 1; i >= 0; i--) {
                pushAll(pending, children.get(i).getValue(), children.get(i).getKey(), type, ref);
            }
        }
    }

    /** Pushes the records so that the first is popped first. */
    private static void pushAll(Deque<Pending> pending, JsonArray records, String path, String parentType,
            String parentRef) {
        for (int i = records.size() - 1; i >= 0; i--) {
            pending.push(new Pending(records.get(i), path + "[" + i + "]", parentType, parentRef));
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
