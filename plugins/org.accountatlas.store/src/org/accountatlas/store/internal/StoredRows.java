package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows as committed now, of some objects, read as text: what a save compares its own edits with, what
 * history records as the old values, and what a refresh brings in from other clients.
 */
public final class StoredRows {

    /** How many ids go into one IN list. */
    private static final int CHUNK = 200;

    /** One committed row: its placement and version, each column's text and each many-reference's ids. */
    public record Row(TableMapping table, RowState state, Map<ColumnMapping, String> texts, Map<String, List<String>> refs) {

        /** The many-valued reference's target ids joined as history keeps them (null when none). */
        String refsText(String feature) {
            List<String> ids = refs.get(feature);
            return ids == null || ids.isEmpty() ? null : StringLists.join(ids);
        }
    }

    private StoredRows() {
    }

    /** The committed rows of the given ids, per table; ids without a row are absent from the result. */
    public static Map<String, Row> read(Connection connection, SqlDialect dialect,
            Map<TableMapping, ? extends Collection<String>> idsByTable) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        for (Map.Entry<TableMapping, ? extends Collection<String>> entry : idsByTable.entrySet()) {
            TableMapping table = entry.getKey();
            List<String> ids = new ArrayList<>(entry.getValue());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                readChunk(connection, dialect, table, chunk, rows);
            }
        }
        readReferences(connection, dialect, rows);
        return rows;
    }

    private static void readChunk(Connection connection, SqlDialect dialect, TableMapping table, List<String> ids,
            Map<String, Row> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(table.selectByIdsSql(dialect, ids.size()))) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    RowState state = new RowState(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5));
                    Map<ColumnMapping, String> texts = new LinkedHashMap<>();
                    List<ColumnMapping> columns = table.columns();
                    for (int i = 0; i < columns.size(); i++) {
                        texts.put(columns.get(i), columns.get(i).readText(rs, TableMapping.FIXED_COLUMNS + 1 + i));
                    }
                    rows.put(id, new Row(table, state, texts, new HashMap<>()));
                }
            }
        }
    }

    private static void readReferences(Connection connection, SqlDialect dialect, Map<String, Row> rows)
            throws SQLException {
        List<String> sources = rows.values().stream().filter(r -> !r.table().manyReferences().isEmpty())
                .map(r -> r.state().id()).toList();
        for (int from = 0; from < sources.size(); from += CHUNK) {
            List<String> chunk = sources.subList(from, Math.min(sources.size(), from + CHUNK));
            String sql = "SELECT " + dialect.quote("SRC_ID") + ", " + dialect.quote("FEATURE") + ", "
                    + dialect.quote("TGT_ID") + " FROM " + dialect.quote(SchemaMapping.REFS_TABLE) + " WHERE "
                    + dialect.quote("SRC_ID") + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ") ORDER BY " + dialect.quote("SRC_ID") + ", " + dialect.quote("FEATURE") + ", " + dialect.quote("POS");
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.get(rs.getString(1)).refs().computeIfAbsent(rs.getString(2), f -> new ArrayList<>())
                                .add(rs.getString(3));
                    }
                }
            }
        }
    }
}
