package org.accountatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.importer.FieldCatalog;
import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportField;
import org.accountatlas.importer.ImportKind;
import org.accountatlas.importer.ImportOptions;
import org.accountatlas.importer.ImportPlan;
import org.accountatlas.importer.ImportProblem;
import org.accountatlas.importer.ImportSummary;
import org.accountatlas.importer.Importer;
import org.accountatlas.importer.MappingSpec;
import org.accountatlas.importer.SourceTable;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Imports accounts or contacts from a CSV file (any export; Salesforce Data Loader files map"
                + " by themselves) or from Salesforce sObject-tree JSON (a tree file or its plan file).",
            "Records keep their external id, so importing a file again updates what changed and nothing else."
                + " The whole import is one transaction: any bad row fails it and the database stays as it was,"
                + " unless --skip-bad-rows is given." },
        footer = { "", "Mapping file: one statement per line: COLUMN = FIELD (FIELD - leaves the column out),"
                + " value FIELD: TEXT = LITERAL, where COLUMN = VALUE; # starts a comment.",
            "Fields: run with --fields." })
final class ImportCommand extends DatabaseCommand {

    private static final int MAX_PROBLEMS_SHOWN = 50;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The CSV or JSON file to import.")
    Path file;

    @Option(names = "--kind", paramLabel = "accounts|contacts",
            description = "What the rows are; guessed from Salesforce headers and tree files when left out.")
    String kind;

    @Option(names = "--account", paramLabel = "NAME",
            description = "Contacts: the account (id or name) every row belongs to; created when missing.")
    String account;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD",
            description = "Maps a column onto a field (repeatable); COLUMN=- leaves it out.")
    List<String> maps = new ArrayList<>();

    @Option(names = "--value", paramLabel = "FIELD:TEXT=LITERAL",
            description = "Maps a text onto an enumeration value (repeatable), e.g. influence:Key=HIGH.")
    List<String> values = new ArrayList<>();

    @Option(names = "--where", paramLabel = "COLUMN=VALUE",
            description = "Imports only the rows whose column holds the value; COLUMN!=VALUE leaves those out, "
                    + "COLUMN~PATTERN takes those where the regular expression is found (repeatable: all must hold).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE", description = "Reads mapping statements from a file.")
    Path mappingFile;

    @Option(names = "--dry-run", description = "Shows what the import would do and writes nothing.")
    boolean dryRun;

    @Option(names = "--skip-bad-rows", description = "Skips and reports bad rows instead of failing.")
    boolean skipBadRows;

    @Option(names = "--orphans-as-roots",
            description = "Keeps accounts whose parent (contacts whose manager) is not found, at the top.")
    boolean orphansAsRoots;

    @Option(names = "--duplicates", paramLabel = "fail|first|last", defaultValue = "fail",
            description = "Rows repeating an earlier row's id (or name): fail the import naming both lines "
                    + "(default), or import the first or the last and list the others.")
    String duplicates;

    @Option(names = "--number-locale", paramLabel = "TAG",
            description = "The locale the file writes its numbers in, when its digits are not 0-9 (ar-EG reads"
                    + " \u0661\u0662\u0663 as 123). Without it, other digits are refused, naming the row.")
    String numberLocale;

    @Option(names = "--unit-separator", paramLabel = "TEXT",
            description = "Splits department names into nested departments at TEXT (\"Sales / North\" with /); "
                    + "by default a department name is taken whole.")
    String unitSeparator;

    @Option(names = "--month-first", description = "Reads dates like 04/05/2020 as month/day (default day/month).")
    boolean monthFirst;

    @Option(names = "--fields", description = "Lists the fields columns can be mapped onto, and exits.")
    boolean listFields;

    @Override
    public Integer call() throws Exception {
        if (listFields) {
            printFields();
            return 0;
        }
        try {
            return importFile();
        } catch (ImportFailedException e) {
            PrintWriter err = spec.commandLine().getErr();
            List<ImportProblem> problems = e.problems();
            problems.stream().limit(MAX_PROBLEMS_SHOWN)
                    .forEach(p -> err.println("atlas import: " + p.describe(ImportCommand::flagFor)));
            if (problems.size() > MAX_PROBLEMS_SHOWN) {
                err.printf("atlas import: ... and %d more problems%n", problems.size() - MAX_PROBLEMS_SHOWN);
            }
            err.println("atlas import: nothing was imported; the database is unchanged.");
            err.flush();
            return 1;
        }
    }

    private ImportOptions.Duplicates duplicatesPolicy() {
        for (ImportOptions.Duplicates policy : ImportOptions.Duplicates.values()) {
            if (policy.name().equalsIgnoreCase(duplicates.strip())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("--duplicates takes fail, first or last, not '" + duplicates + "'");
    }

    private int importFile() throws Exception {
        if (file == null) {
            throw new IllegalArgumentException("give the FILE to import (see: atlas import --help)");
        }
        MappingSpec spec = mappingFile == null ? new MappingSpec() : MappingSpec.read(mappingFile);
        MappingSpec options = new MappingSpec();
        maps.forEach(options::mapOption);
        values.forEach(options::valueOption);
        filters.forEach(options::whereOption);
        MappingSpec mapping = spec.with(options);
        List<SourceTable> tables = Importer.read(file);
        ImportOptions importOptions = new ImportOptions(account, skipBadRows, orphansAsRoots, monthFirst,
                duplicatesPolicy(), null).withUnitSeparator(unitSeparator).withNumberLocale(
                numberLocale == null ? null : java.util.Locale.forLanguageTag(numberLocale));
        if (!AtlasDatabase.exists(db.address())) {
            // A first import makes the database, which appears only once the import has succeeded.
            Portfolio portfolio = emptyPortfolio();
            int code = run(portfolio, tables, mapping, importOptions);
            if (!dryRun) {
                int rows = AtlasDatabase.<Integer>createWhole(db.address(), resource -> {
                    resource.getContents().add(portfolio);
                    resource.save(null);
                    return resource.lastSave().rowsWritten();
                });
                out().printf("Saved to %s (%d rows written).%n", db.address(), rows);
            }
            return code;
        }
        DatabaseResource resource = db.whenFree(() -> AtlasDatabase.open(new ResourceSetImpl(), db.address()));
        try {
            int code = run(AtlasDatabase.portfolioOf(resource), tables, mapping, importOptions);
            if (!dryRun) {
                resource.save(null);
                out().printf("Saved to %s (%d rows written).%n", db.address(), resource.lastSave().rowsWritten());
            }
            return code;
        } finally {
            resource.unload();
        }
    }

    /** Plans and applies every table in order, so contacts find the accounts imported just before them. */
    private int run(Portfolio portfolio, List<SourceTable> tables, MappingSpec mapping, ImportOptions options)
            throws Exception {
        PrintWriter out = out();
        for (SourceTable table : tables) {
            ImportKind tableKind = kindOf(table);
            ImportPlan plan = Importer.plan(portfolio, table, tableKind, mapping,
                    tables.size() > 1 && tableKind == ImportKind.ACCOUNTS ? options.withAccount(null) : options);
            ImportSummary summary = plan.summary();
            for (String note : summary.notes()) {
                out.println("  note: " + note);
            }
            for (ImportProblem skipped : summary.skipped()) {
                out.println("  skipped: " + skipped.describe(ImportCommand::flagFor));
            }
            out.println((dryRun ? "Would import " : "Imported ") + Importer.describe(tableKind) + " from "
                    + summary.counts() + (summary.filtered() > 0 ? ", " + summary.filtered() + " filtered out" : ""));
            plan.apply();
        }
        if (dryRun) {
            out.println("Dry run: nothing was written.");
        }
        return 0;
    }

    private ImportKind kindOf(SourceTable table) {
        if (kind != null && table.kind() == null) {
            ImportKind named = ImportKind.named(kind);
            if (named == null) {
                throw new IllegalArgumentException("--kind must be accounts or contacts, not " + kind);
            }
            return named;
        }
        ImportKind guessed = Importer.guessKind(table);
        if (guessed == null) {
            throw new IllegalArgumentException(table.file() + ": say what the rows are with --kind accounts or"
                    + " --kind contacts");
        }
        return guessed;
    }

    private Portfolio emptyPortfolio() {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        portfolio.setId(EcoreUtil.generateUUID());
        portfolio.setName(db.address().shortName());
        return portfolio;
    }

    private void printFields() {
        PrintWriter out = out();
        for (ImportKind k : ImportKind.values()) {
            out.println(Importer.describe(k) + ":");
            for (ImportField field : FieldCatalog.fields(k)) {
                String type = field.attribute() == null ? field.role().name().toLowerCase().replace('_', ' ')
                        : field.attribute().getEAttributeType().getName();
                out.printf("  %-22s %s%n", field.name(), type);
            }
        }
    }

    /** How to choose an import option on the command line. */
    private static String flagFor(ImportProblem.Remedy remedy) {
        return switch (remedy) {
            case ORPHANS_AS_ROOTS -> "to keep it at the top: --orphans-as-roots";
            case ACCOUNT -> "--account NAME";
            case MAP_NAME -> "--map COLUMN=name";
        };
    }
}
