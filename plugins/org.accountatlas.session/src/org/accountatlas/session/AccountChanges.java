package org.accountatlas.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountatlas.model.Account;
import org.accountatlas.store.DatabaseResource;
import org.accountatlas.store.HistoryEntry;
import org.accountatlas.store.HistoryQuery;
import org.accountatlas.store.StoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What changed in one account between two moments, in a strategist's terms: people who joined or left the
 * decision map, attitudes and buying roles that moved, coverage by our team, subsidiaries gained or lost, and
 * the rest of the edits. Read from the history, so it works on both databases and on deleted elements.
 */
public final class AccountChanges {

    /** The kinds of change a strategist reviews, in the order a review pack lists them. */
    public enum Kind {
        JOINED, LEFT, ATTITUDE, BUYING_ROLE, COVERAGE, NEW_SUBSIDIARY, LOST_SUBSIDIARY, OTHER
    }

    /** One change: its kind, when and by whom it was saved, and a sentence saying it. */
    public record Line(Kind kind, Instant at, String who, String text) {
    }

    private AccountChanges() {
    }

    /** The account's changes saved after {@code from} and up to {@code to} (now when null), oldest first per kind. */
    public static List<Line> of(DatabaseResource resource, Account account, Instant from, Instant to)
            throws StoreException {
        String accountName = account.getName();
        List<HistoryEntry> entries = resource.history(new HistoryQuery(null, EcoreUtil.getID(account), from, to));
        Map<String, List<HistoryEntry>> coverageBySave = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (HistoryEntry e : entries) {
            String type = e.elementType();
            String feature = e.feature();
            if ("(position)".equals(feature) || isDeletedValue(e, entries)) {
                continue;
            }
            if ("Coverage".equals(type)) {
                coverageBySave.computeIfAbsent(e.changeSet() + "/" + e.elementId(), k -> new ArrayList<>()).add(e);
            } else if ("Contact".equals(type) && "(created)".equals(feature)) {
                lines.add(line(Kind.JOINED, e, e.element() + " joined the map"));
            } else if ("Contact".equals(type) && "(deleted)".equals(feature)) {
                lines.add(line(Kind.LEFT, e, e.element() + " left the map"));
            } else if ("Contact".equals(type) && "attitude".equals(feature)) {
                lines.add(line(Kind.ATTITUDE, e, e.element() + ": attitude " + change(e)));
            } else if ("Contact".equals(type) && "buyingRole".equals(feature)) {
                lines.add(line(Kind.BUYING_ROLE, e, e.element() + ": buying role " + change(e)));
            } else if ("Account".equals(type) && "parent".equals(feature) && !e.elementId().equals(account.getId())) {
                boolean joined = accountName.equals(e.newValue());
                lines.add(line(joined ? Kind.NEW_SUBSIDIARY : Kind.LOST_SUBSIDIARY, e,
                        e.element() + (joined ? " became a subsidiary" : " is no longer a subsidiary")));
            } else {
                lines.add(line(Kind.OTHER, e, e.element() + " \u00b7 " + feature + ": " + change(e)));
            }
        }
        coverageBySave.values().forEach(group -> lines.add(coverage(resource, group)));
        lines.sort(java.util.Comparator.comparing(Line::kind));
        return lines;
    }

    /** Values a deletion recorded with its element are part of that deletion, not edits of their own. */
    private static boolean isDeletedValue(HistoryEntry e, List<HistoryEntry> all) {
        return e.newValue().isEmpty() && !"(deleted)".equals(e.feature()) && all.stream().anyMatch(o -> o.changeSet()
                == e.changeSet() && o.elementId().equals(e.elementId()) && "(deleted)".equals(o.feature()));
    }

    private static Line coverage(DatabaseResource resource, List<HistoryEntry> group) {
        HistoryEntry first = group.get(0);
        boolean created = group.stream().anyMatch(e -> "(created)".equals(e.feature()));
        boolean deleted = group.stream().anyMatch(e -> "(deleted)".equals(e.feature()));
        String member = value(group, "teamMember", deleted);
        String contact = value(group, "contact", deleted);
        if (created && resource.getEObject(first.elementId()) instanceof org.accountatlas.model.Coverage now) {
            // a creation records no values of its own: the coverage as it is now names both
            member = now.getTeamMember() == null ? "" : now.getTeamMember().getName();
            contact = now.getContact() == null ? "" : now.getContact().getName();
        }
        String text;
        if (created) {
            text = "coverage added" + (member.isEmpty() ? "" : ": " + member + " covers " + contact);
        } else if (deleted) {
            text = "coverage ended: " + member + " no longer covers " + contact;
        } else {
            List<String> changes = new ArrayList<>();
            group.forEach(e -> changes.add(e.feature() + " " + change(e)));
            text = "coverage of " + (contact.isEmpty() ? first.element() : contact) + " changed: "
                    + String.join("; ", changes);
        }
        return line(Kind.COVERAGE, first, text);
    }

    private static String value(List<HistoryEntry> group, String feature, boolean old) {
        return group.stream().filter(e -> feature.equals(e.feature())).map(e -> old ? e.oldValue() : e.newValue())
                .findFirst().orElse("");
    }

    private static String change(HistoryEntry e) {
        return (e.oldValue().isEmpty() ? "(none)" : e.oldValue()) + " \u2192 "
                + (e.newValue().isEmpty() ? "(none)" : e.newValue());
    }

    private static Line line(Kind kind, HistoryEntry e, String text) {
        return new Line(kind, e.at(), e.author(), text);
    }
}
