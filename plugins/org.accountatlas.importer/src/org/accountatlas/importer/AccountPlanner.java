package org.accountatlas.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accountatlas.importer.ImportField.Role;
import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Plans an import of accounts: rows match existing accounts by external id (or, for accounts that have none,
 * by name); parents are found by id or name anywhere in the file or the portfolio, whatever the row order;
 * a parent that would close a cycle, in the file or together with the portfolio, fails the row.
 */
final class AccountPlanner extends Planner<Account> {

    /** The planned parent of a row that is a top-level account. */
    private static final Object ROOT = new Object();

    private final Map<String, Account> byExternalId = new HashMap<>();
    private final Map<String, List<Account>> byName = new HashMap<>();
    /** Row → ROOT, an existing Account or another ParsedRow. */
    private final Map<ParsedRow, Object> parents = new IdentityHashMap<>();

    AccountPlanner(Portfolio portfolio, SourceTable table, ColumnMapping mapping, ImportOptions options) {
        super(portfolio, table, mapping, options);
    }

    @Override
    void checkMapping() throws ImportFailedException {
        if (mapping.columnOf(Role.NAME) < 0) {
            throw new ImportFailedException(ImportProblem.ofFile(table.file(), Messages.Mapping_noAccountName)
                    .because(ImportProblem.Remedy.MAP_NAME));
        }
    }

    @Override
    void prepare() {
        for (Account account : portfolio.getAccounts()) {
            if (account.getExternalId() != null) {
                byExternalId.put(account.getExternalId(), account);
            }
            byName.computeIfAbsent(lower(account.getName()), n -> new ArrayList<>()).add(account);
        }
        Set<Account> taken = new HashSet<>();
        for (ParsedRow row : goodRows()) {
            Account account = match(row, taken);
            if (account != null) {
                matched.put(row, account);
                rowOfMatch.put(account, row);
            }
        }
    }

    /** By external id; failing that, an account of the same name that has no external id yet is adopted. */
    private Account match(ParsedRow row, Set<Account> taken) {
        Account account = row.externalId == null ? null : byExternalId.get(row.externalId);
        if (account == null) {
            List<Account> named = byName.getOrDefault(lower(row.name), List.of()).stream()
                    .filter(a -> a.getExternalId() == null && !taken.contains(a)).toList();
            account = named.size() == 1 ? named.get(0) : null;
        }
        if (account != null) {
            taken.add(account);
        }
        return account;
    }

    @Override
    String duplicateKey(ParsedRow row) {
        return row.externalId;
    }

    @Override
    void resolve() {
        parents.clear();
        Map<String, ParsedRow> fileById = new HashMap<>();
        Map<String, List<ParsedRow>> fileByName = new HashMap<>();
        // Bad rows are indexed too: a child of a bad row is not also an orphan (see skippedReference).
        for (ParsedRow row : rows) {
            if (row.externalId != null) {
                fileById.putIfAbsent(row.externalId, row);
            }
            if (row.name != null) {
                fileByName.computeIfAbsent(lower(row.name), n -> new ArrayList<>()).add(row);
            }
        }
        for (ParsedRow row : goodRows()) {
            if (row.parentId != null) {
                List<Object> candidates = new ArrayList<>();
                candidates.add(fileById.get(row.parentId));
                candidates.add(byExternalId.get(row.parentId));
                resolveParent(row, Role.PARENT_ID, row.parentId, candidates);
            } else if (row.parentName != null) {
                List<Object> candidates = new ArrayList<>(fileByName.getOrDefault(lower(row.parentName), List.of()));
                candidates.addAll(byName.getOrDefault(lower(row.parentName), List.of()));
                resolveParent(row, Role.PARENT_NAME, row.parentName, candidates);
            }
        }
        for (ParsedRow row : goodRows()) {
            boolean byId = row.parentId != null;
            refuseCycle(row, this::parentOf, byId ? Role.PARENT_ID : Role.PARENT_NAME,
                    byId ? row.parentId : row.parentName, Messages.Row_cycle);
        }
    }

    /** Candidates are rows and accounts; a row that matched an account is the same candidate as it. */
    private void resolveParent(ParsedRow row, Role role, String value, List<Object> candidates) {
        Set<Object> distinct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Object parent = null;
        for (Object candidate : candidates) {
            if (candidate != null && distinct.add(nodeOf(candidate))) {
                parent = candidate;
            }
        }
        if (distinct.size() > 1) {
            row.problems.add(parser.problem(row, role, value, Messages.Row_ambiguousParent));
        } else if (parent instanceof ParsedRow parentRow && parentRow.isBad()) {
            skippedReference(row, role, value, parentRow);
        } else if (parent != null) {
            parents.put(row, parent);
        } else if (options.orphansAsRoots()) {
            parents.put(row, ROOT);
            notes.add(NLS.bind(Messages.Summary_orphanKept, row.name, value));
        } else {
            row.problems.add(parser.problem(row, role, value, NLS.bind(Messages.Row_unknownParent, row.name))
                    .because(ImportProblem.Remedy.ORPHANS_AS_ROOTS));
        }
    }

    private Object parentOf(Object node) {
        ParsedRow row = node instanceof ParsedRow r ? r : rowOfMatch.get(node);
        if (row != null && !row.isBad() && parents.containsKey(row)) {
            Object parent = parents.get(row);
            return parent == ROOT ? null : nodeOf(parent);
        }
        Account account = node instanceof Account a ? a : null;
        return account == null ? null : account.getParent();
    }

    @Override
    Boolean changes(ParsedRow row) {
        Account account = matched.get(row);
        if (account == null) {
            return null;
        }
        return !Objects.equals(account.getName(), row.name)
                || row.externalId != null && !row.externalId.equals(account.getExternalId())
                || attributesDiffer(row, account)
                || parents.containsKey(row) && account.getParent() != plannedParent(row, Map.of());
    }

    /** The parent account a row gets; rows new to the portfolio are looked up in {@code created}. */
    private Account plannedParent(ParsedRow row, Map<ParsedRow, Account> created) {
        Object parent = parents.get(row);
        if (parent == ROOT || parent == null) {
            return null;
        }
        if (parent instanceof ParsedRow parentRow) {
            return matched.containsKey(parentRow) ? matched.get(parentRow) : created.get(parentRow);
        }
        return (Account) parent;
    }

    @Override
    void apply() {
        Map<ParsedRow, Account> created = new IdentityHashMap<>();
        for (ParsedRow row : goodRows()) {
            Account account = matched.get(row);
            if (account == null) {
                account = AtlasFactory.eINSTANCE.createAccount();
                account.setId(EcoreUtil.generateUUID());
                portfolio.getAccounts().add(account);
                created.put(row, account);
            }
            if (!Objects.equals(account.getName(), row.name)) {
                account.setName(row.name);
            }
            if (row.externalId != null && !row.externalId.equals(account.getExternalId())) {
                account.setExternalId(row.externalId);
            }
            setAttributes(row, account);
        }
        for (ParsedRow row : goodRows()) {
            if (parents.containsKey(row)) {
                Account account = matched.containsKey(row) ? matched.get(row) : created.get(row);
                Account parent = plannedParent(row, created);
                if (account.getParent() != parent) {
                    account.setParent(parent);
                }
            }
        }
    }
}
