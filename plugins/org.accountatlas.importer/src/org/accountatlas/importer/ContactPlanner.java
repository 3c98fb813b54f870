package org.accountatlas.importer;

import java.util.ArrayList;
import java.util.Collections;
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
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ModelQueries;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Plans an import of contacts: each row's account comes from an account column (id or name) or from
 * {@code --account}; departments become org units, nested at "/" and created as needed; managers are found by
 * id in the file or the portfolio, must work at the same account, and may not close a reporting cycle.
 */
final class ContactPlanner extends Planner<Contact> {

    private final Map<String, Account> accountsById = new HashMap<>();
    private final Map<String, List<Account>> accountsByName = new HashMap<>();
    private final Map<String, Contact> contactsById = new HashMap<>();
    private final Map<ParsedRow, Account> accounts = new IdentityHashMap<>();
    /** Accounts numbered as met, so a name key never mixes up two accounts (ids may not be set yet). */
    private final Map<Account, Integer> accountNumbers = new IdentityHashMap<>();
    /** Row → an existing Contact or another ParsedRow; rows without a manager are absent. */
    private final Map<ParsedRow, Object> managers = new IdentityHashMap<>();
    private final Set<ParsedRow> managerless = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The account {@code --account} names when the portfolio has none of that name; added on apply. */
    private Account newAccount;
    private Account fileAccount;

    ContactPlanner(Portfolio portfolio, SourceTable table, ColumnMapping mapping, ImportOptions options) {
        super(portfolio, table, mapping, options);
    }

    @Override
    void checkMapping() throws ImportFailedException {
        if (mapping.columnOf(Role.NAME) < 0 && mapping.columnOf(Role.FIRST_NAME) < 0
                && mapping.columnOf(Role.LAST_NAME) < 0) {
            throw new ImportFailedException(ImportProblem.ofFile(table.file(), Messages.Mapping_noContactName));
        }
        if (mapping.columnOf(Role.ACCOUNT_ID) < 0 && mapping.columnOf(Role.ACCOUNT_NAME) < 0
                && options.account() == null) {
            throw new ImportFailedException(ImportProblem.ofFile(table.file(), Messages.Mapping_noAccount)
                    .because(ImportProblem.Remedy.ACCOUNT));
        }
    }

    @Override
    void prepare() {
        for (Account account : portfolio.getAccounts()) {
            if (account.getExternalId() != null) {
                accountsById.put(account.getExternalId(), account);
            }
            accountsByName.computeIfAbsent(lower(account.getName()), n -> new ArrayList<>()).add(account);
            for (Contact contact : ModelQueries.contactsOf(account)) {
                if (contact.getExternalId() != null) {
                    contactsById.put(contact.getExternalId(), contact);
                }
            }
        }
        if (options.account() != null) {
            fileAccount = accountNamed(options.account());
            if (fileAccount == null) {
                newAccount = AtlasFactory.eINSTANCE.createAccount();
                newAccount.setId(EcoreUtil.generateUUID());
                newAccount.setName(options.account().strip());
                fileAccount = newAccount;
                notes.add(NLS.bind(Messages.Summary_accountCreated, newAccount.getName()));
            }
        }
        Set<Contact> taken = new HashSet<>();
        for (ParsedRow row : goodRows()) {
            Account account = accountOf(row);
            if (account != null) {
                accounts.put(row, account);
                Contact contact = match(row, account, taken);
                if (contact != null) {
                    matched.put(row, contact);
                    rowOfMatch.put(contact, row);
                }
            }
        }
    }

    private Account accountNamed(String idOrName) {
        Account byId = accountsById.get(idOrName.strip());
        if (byId != null) {
            return byId;
        }
        List<Account> named = accountsByName.getOrDefault(lower(idOrName.strip()), List.of());
        return named.size() == 1 ? named.get(0) : null;
    }

    private Account accountOf(ParsedRow row) {
        if (row.accountId != null) {
            Account account = accountsById.get(row.accountId);
            if (account == null) {
                row.problems.add(parser.problem(row, Role.ACCOUNT_ID, row.accountId, Messages.Row_unknownAccount));
            }
            return account;
        }
        if (row.accountName != null) {
            List<Account> named = accountsByName.getOrDefault(lower(row.accountName), List.of());
            if (named.size() != 1) {
                row.problems.add(parser.problem(row, Role.ACCOUNT_NAME, row.accountName,
                        named.isEmpty() ? Messages.Row_unknownAccount : Messages.Row_ambiguousAccount));
                return null;
            }
            return named.get(0);
        }
        if (fileAccount == null) {
            row.problems.add(ImportProblem.ofRow(table.file(), row.where(), Messages.Row_noAccount));
        }
        return fileAccount;
    }

    /** By external id; failing that, a contact of the same name at the account that has no external id. */
    private Contact match(ParsedRow row, Account account, Set<Contact> taken) {
        Contact contact = row.externalId == null ? null : contactsById.get(row.externalId);
        if (contact == null && account != newAccount) {
            List<Contact> named = ModelQueries.contactsOf(account).stream()
                    .filter(c -> lower(row.name).equals(lower(c.getName())) && c.getExternalId() == null
                            && !taken.contains(c))
                    .toList();
            contact = named.size() == 1 ? named.get(0) : null;
        }
        if (contact != null) {
            taken.add(contact);
        }
        return contact;
    }

    @Override
    String duplicateKey(ParsedRow row) {
        Account account = accounts.get(row);
        // Without an id, a person is the same person when the name repeats at the same account.
        return row.externalId != null ? row.externalId
                : account == null ? null : accountNumbers.computeIfAbsent(account, a -> accountNumbers.size())
                        + "\u0000" + row.name;
    }

    @Override
    void resolve() {
        managers.clear();
        managerless.clear();
        Map<String, ParsedRow> fileById = new HashMap<>();
        for (ParsedRow row : rows) {
            if (row.externalId != null) {
                fileById.putIfAbsent(row.externalId, row);
            }
        }
        for (ParsedRow row : goodRows()) {
            if (row.reportsToId != null) {
                resolveManager(row, fileById.get(row.reportsToId), contactsById.get(row.reportsToId));
            }
        }
        for (ParsedRow row : goodRows()) {
            refuseCycle(row, this::managerOf, Role.REPORTS_TO_ID, row.reportsToId, Messages.Row_reportingCycle);
        }
    }

    private void resolveManager(ParsedRow row, ParsedRow inFile, Contact inPortfolio) {
        Object manager = inFile != null ? inFile : inPortfolio;
        if (manager == null) {
            if (options.orphansAsRoots()) {
                managerless.add(row);
                notes.add(NLS.bind(Messages.Summary_managerDropped, row.name, row.reportsToId));
            } else {
                row.problems.add(parser.problem(row, Role.REPORTS_TO_ID, row.reportsToId,
                        NLS.bind(Messages.Row_unknownManager, row.name)).because(ImportProblem.Remedy.ORPHANS_AS_ROOTS));
            }
            return;
        }
        if (manager instanceof ParsedRow managerRow && managerRow.isBad()) {
            skippedReference(row, Role.REPORTS_TO_ID, row.reportsToId, managerRow);
            return;
        }
        Account managerAccount = manager instanceof ParsedRow managerRow ? accounts.get(managerRow)
                : ModelQueries.accountOf((Contact) manager);
        if (managerAccount != accounts.get(row)) {
            row.problems.add(parser.problem(row, Role.REPORTS_TO_ID, row.reportsToId,
                    NLS.bind(Messages.Row_managerElsewhere, nameOf(manager))));
            return;
        }
        managers.put(row, manager);
    }

    private Object managerOf(Object node) {
        ParsedRow row = node instanceof ParsedRow r ? r : rowOfMatch.get(node);
        if (row != null && !row.isBad() && (managers.containsKey(row) || managerless.contains(row))) {
            return managerless.contains(row) ? null : nodeOf(managers.get(row));
        }
        return node instanceof Contact contact ? contact.getReportsTo() : null;
    }

    @Override
    Boolean changes(ParsedRow row) {
        Contact contact = matched.get(row);
        if (contact == null) {
            return null;
        }
        Account account = accounts.get(row);
        boolean moves = account != ModelQueries.accountOf(contact)
                || row.unitPath != null && !sameNames(row.unitPath, unitPathOf(contact));
        boolean managerChanges = managerless.contains(row) ? contact.getReportsTo() != null
                : managers.containsKey(row) && contact.getReportsTo() != plannedManager(row, Map.of());
        return moves || managerChanges || !Objects.equals(contact.getName(), row.name)
                || row.externalId != null && !row.externalId.equals(contact.getExternalId())
                || attributesDiffer(row, contact);
    }

    private Contact plannedManager(ParsedRow row, Map<ParsedRow, Contact> created) {
        Object manager = managers.get(row);
        if (manager instanceof ParsedRow managerRow) {
            return matched.containsKey(managerRow) ? matched.get(managerRow) : created.get(managerRow);
        }
        return (Contact) manager;
    }

    @Override
    void apply() {
        if (newAccount != null) {
            portfolio.getAccounts().add(newAccount);
        }
        Map<ParsedRow, Contact> created = new IdentityHashMap<>();
        for (ParsedRow row : goodRows()) {
            Account account = accounts.get(row);
            Contact contact = matched.get(row);
            List<String> unitPath = row.unitPath;
            if (contact == null) {
                contact = AtlasFactory.eINSTANCE.createContact();
                contact.setId(EcoreUtil.generateUUID());
                created.put(row, contact);
            }
            if (unitPath == null && (contact.eContainer() == null || ModelQueries.accountOf(contact) != account)) {
                unitPath = List.of(Messages.Contacts_defaultUnit);
            }
            if (unitPath != null) {
                OrgUnit unit = unitAt(account, unitPath);
                if (contact.eContainer() != unit) {
                    unit.getContacts().add(contact);
                }
            }
            if (!Objects.equals(contact.getName(), row.name)) {
                contact.setName(row.name);
            }
            if (row.externalId != null && !row.externalId.equals(contact.getExternalId())) {
                contact.setExternalId(row.externalId);
            }
            setAttributes(row, contact);
        }
        for (ParsedRow row : goodRows()) {
            Contact contact = matched.containsKey(row) ? matched.get(row) : created.get(row);
            Contact manager = managerless.contains(row) ? null
                    : managers.containsKey(row) ? plannedManager(row, created) : contact.getReportsTo();
            if (contact.getReportsTo() != manager) {
                contact.setReportsTo(manager);
            }
        }
    }

    /** How many departments the import makes: every level of a row's department path the account lacks. */
    @Override
    void noteBeforeSummary() {
        Set<String> planned = new HashSet<>();
        int made = 0;
        for (ParsedRow row : goodRows()) {
            Account account = accounts.get(row);
            if (account == null || row.unitPath == null) {
                continue;
            }
            for (int depth = 1; depth <= row.unitPath.size(); depth++) {
                List<String> prefix = row.unitPath.subList(0, depth).stream()
                        .map(n -> n.strip().toLowerCase(java.util.Locale.ROOT)).toList();
                String key = System.identityHashCode(account) + "\u0000" + String.join("\u0000", prefix);
                if (!existsAt(account, prefix) && planned.add(key)) {
                    made++;
                }
            }
        }
        if (made > 0) {
            notes.add(NLS.bind(Messages.Summary_unitsMade, made));
        }
    }

    private static boolean existsAt(Account account, List<String> path) {
        List<OrgUnit> level = account.getOrgUnits();
        for (String name : path) {
            OrgUnit unit = level.stream().filter(u -> name.equals(String.valueOf(u.getName()).strip()
                    .toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(null);
            if (unit == null) {
                return false;
            }
            level = unit.getSubUnits();
        }
        return true;
    }

    /** The org unit at a path of names under the account, creating the units that are missing. */
    private static OrgUnit unitAt(Account account, List<String> path) {
        EList<OrgUnit> level = account.getOrgUnits();
        OrgUnit unit = null;
        for (String name : path) {
            unit = level.stream().filter(u -> name.equalsIgnoreCase(String.valueOf(u.getName()).strip()))
                    .findFirst().orElse(null);
            if (unit == null) {
                unit = AtlasFactory.eINSTANCE.createOrgUnit();
                unit.setId(EcoreUtil.generateUUID());
                unit.setName(name);
                level.add(unit);
            }
            level = unit.getSubUnits();
        }
        return unit;
    }

    private static List<String> unitPathOf(Contact contact) {
        List<String> path = new ArrayList<>();
        for (EObject container = contact.eContainer(); container instanceof OrgUnit unit;
                container = unit.eContainer()) {
            path.add(0, unit.getName());
        }
        return path;
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(String.valueOf(b.get(i)).strip())) {
                return false;
            }
        }
        return true;
    }
}
