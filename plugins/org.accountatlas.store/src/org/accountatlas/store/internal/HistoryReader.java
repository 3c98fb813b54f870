package org.accountatlas.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.store.HistoryEntry;
import org.accountatlas.store.HistoryQuery;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Reads the history's change sets as entries a user can read, filtered by element, account and time. */
public final class HistoryReader {

    private final SqlDialect dialect;
    private final SchemaMapping mapping;
    private final Resource resource;

    public HistoryReader(SqlDialect dialect, SchemaMapping mapping, Resource resource) {
        this.dialect = dialect;
        this.mapping = mapping;
        this.resource = resource;
    }

    /** The entries the query asks for, oldest first. */
    public List<HistoryEntry> read(Connection connection, HistoryQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT s.").append(q("ID")).append(", s.").append(q("AUTHOR"))
                .append(", s.").append(q("CHANGED_AT")).append(", s.").append(q("NOTE")).append(", c.")
                .append(q("ELEMENT_ID")).append(", c.").append(q("ELEMENT_CLASS")).append(", c.").append(q("ACCOUNT_ID"))
                .append(", c.").append(q("FEATURE")).append(", c.").append(q("OLD_VALUE")).append(", c.")
                .append(q("NEW_VALUE")).append(" FROM ").append(q(HistoryWriter.CHANGE_TABLE)).append(" c JOIN ")
                .append(q(HistoryWriter.CHANGESET_TABLE)).append(" s ON s.").append(q("ID")).append(" = c.")
                .append(q("CHANGESET")).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.elementIds() != null) {
            sql.append(" AND c.").append(q("ELEMENT_ID")).append(" IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(Math.max(1, query.elementIds().size()), "?")))
                    .append(')');
            parameters.addAll(query.elementIds().isEmpty() ? List.of("") : query.elementIds());
        }
        if (query.accountId() != null) {
            // the account's own elements, and accounts whose parent became or stopped being this one
            sql.append(" AND (c.").append(q("ACCOUNT_ID")).append(" = ? OR (c.").append(q("FEATURE"))
                    .append(" = 'parent' AND (c.").append(q("OLD_VALUE")).append(" = ? OR c.").append(q("NEW_VALUE"))
                    .append(" = ?)))");
            parameters.addAll(List.of(query.accountId(), query.accountId(), query.accountId()));
        }
        if (query.since() != null) {
            sql.append(" AND s.").append(q("CHANGED_AT")).append(" > ?");
            parameters.add(Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND s.").append(q("CHANGED_AT")).append(" <= ?");
            parameters.add(Timestamp.from(query.until()));
        }
        sql.append(" ORDER BY s.").append(q("ID")).append(", c.").append(q("SEQ"));
        List<String[]> raw = new ArrayList<>();
        List<Object[]> sets = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof Timestamp timestamp) {
                    ps.setTimestamp(i + 1, timestamp, Utc.calendar());
                } else {
                    ps.setObject(i + 1, parameters.get(i));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(3, Utc.calendar());
                    sets.add(new Object[] { rs.getLong(1), rs.getString(2), at == null ? null : at.toInstant(),
                            rs.getString(4) });
                    raw.add(new String[] { rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10) });
                }
            }
        }
        connection.commit();
        return entries(raw, sets);
    }

    private List<HistoryEntry> entries(List<String[]> raw, List<Object[]> sets) {
        Map<String, String> goneNames = new HashMap<>();
        for (String[] r : raw) {
            if (HistoryWriter.CREATED.equals(r[3]) && r[5] != null) {
                goneNames.put(r[0], r[5]);
            } else if (HistoryWriter.DELETED.equals(r[3]) && r[4] != null) {
                goneNames.put(r[0], r[4]);
            }
        }
        List<HistoryEntry> entries = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String[] r = raw.get(i);
            Object[] s = sets.get(i);
            EObject element = resource.getEObject(r[0]);
            String name = element != null ? HistoryText.label(element) : goneNames.getOrDefault(r[0], r[1] + " " + r[0]);
            TableMapping table = mapping.tableNamed(r[1]);
            EClass eClass = table == null ? null : table.eClass();
            String feature = r[3];
            boolean marker = HistoryWriter.CREATED.equals(feature) || HistoryWriter.DELETED.equals(feature);
            String old = marker || eClass == null ? nonNull(r[4]) : HistoryText.display(resource, eClass, feature, r[4]);
            String now = marker || eClass == null ? nonNull(r[5]) : HistoryText.display(resource, eClass, feature, r[5]);
            if (HistoryWriter.PLACEMENT.equals(feature)) {
                old = placement(r[4]);
                now = placement(r[5]);
            }
            entries.add(new HistoryEntry((Long) s[0], (String) s[1], (Instant) s[2], (String) s[3], r[0], r[1], name,
                    r[2], HistoryText.displayName(feature), old, now));
        }
        return entries;
    }

    /** "in 华夏钢铁集团 (contacts)" for a stored placement. */
    private String placement(String text) {
        if (text == null) {
            return "";
        }
        String[] parts = text.split("\t", -1);
        if (parts[0].isEmpty()) {
            return "top level";
        }
        EObject container = resource.getEObject(parts[0]);
        return "in " + (container == null ? parts[0] : HistoryText.label(container)) + " (" + parts[1] + ")";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private String q(String name) {
        return dialect.quote(name);
    }
}
