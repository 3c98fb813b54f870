package org.accountatlas.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accountatlas.model.Account;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.HistoryEntry;
import org.accountatlas.store.HistoryQuery;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas history}: who changed what, and when, from the change sets every save records. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists who changed what and when: one line per changed field, oldest first.")
final class HistoryCommand extends DatabaseCommand {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Option(names = "--element", paramLabel = "NAME", description = "Only this element (by name or id; also one deleted since).")
    String element;

    @Option(names = "--account", paramLabel = "NAME", description = "Only this account and what it holds.")
    String account;

    @Option(names = "--since", paramLabel = "DATE", converter = Moments.class,
            description = "Only changes saved after this day (yyyy-MM-dd) or moment.")
    Instant since;

    @Option(names = "--until", paramLabel = "DATE", converter = Moments.class,
            description = "Only changes saved up to the end of this day or this moment.")
    Instant until;

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            String accountId = null;
            if (account != null) {
                Account found = Accounts.find(AtlasDatabase.portfolioOf(resource), account);
                accountId = found.getId();
            }
            List<HistoryEntry> entries = resource.history(new HistoryQuery(null, accountId, since, until));
            if (element != null) {
                // by id or name now, or by the name a deleted element had
                Set<String> ids = idsNamed(resource, element);
                entries = entries.stream().filter(e -> ids.contains(e.elementId()) || e.element().equals(element))
                        .toList();
            }
            for (HistoryEntry e : entries) {
                out().println(TIME.format(e.at()) + "  " + e.author() + "  " + e.element() + " \u00b7 " + e.feature()
                        + describe(e));
            }
            if (entries.isEmpty()) {
                err().println("atlas history: no changes recorded" + (element != null ? " for " + element : "")
                        + (since != null ? " since " + TIME.format(since) : ""));
            }
            return 0;
        });
    }

    private static String describe(HistoryEntry e) {
        if (e.feature().equals("(created)") || e.feature().equals("(deleted)")) {
            return "";
        }
        return ": " + (e.oldValue().isEmpty() ? "(none)" : e.oldValue()) + " \u2192 "
                + (e.newValue().isEmpty() ? "(none)" : e.newValue());
    }

    /** The ids of the elements with this name or id now in the model. */
    static Set<String> idsNamed(org.eclipse.emf.ecore.resource.Resource resource, String nameOrId) {
        Set<String> ids = new HashSet<>();
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            EStructuralFeature name = object.eClass().getEStructuralFeature("name");
            String id = EcoreUtil.getID(object);
            if (nameOrId.equals(id) || name != null && nameOrId.equals(object.eGet(name))) {
                ids.add(id);
            }
        }
        return ids;
    }
}
