package org.accountatlas.app.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportKind;
import org.accountatlas.importer.ImportOptions;
import org.accountatlas.importer.ImportPlan;
import org.accountatlas.importer.ImportSummary;
import org.accountatlas.importer.Importer;
import org.accountatlas.importer.MappingSpec;
import org.accountatlas.importer.SourceTable;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What the wizard's pages fill in: the file and its tables, the kind of rows, the mapping and the options.
 * It also runs the import, on a copy for the dry run and on the portfolio itself at the end.
 */
final class ImportRequest {

    Path file;
    List<SourceTable> tables = List.of();
    ImportKind kind;
    MappingSpec mapping = new MappingSpec();
    String account;
    boolean skipBadRows;
    boolean orphansAsRoots;
    boolean monthFirst;
    ImportOptions.Duplicates duplicates = ImportOptions.Duplicates.FAIL;
    String unitSeparator;

    ImportOptions options() {
        return new ImportOptions(account == null || account.isBlank() ? null : account.strip(), skipBadRows,
                orphansAsRoots, monthFirst, duplicates, null).withUnitSeparator(unitSeparator);
    }

    /** The kind of a table: what a tree file says, else what the user chose. */
    ImportKind kindOf(SourceTable table) {
        return table.kind() != null ? table.kind() : kind;
    }

    /** What the import would do, found by importing into a copy of the portfolio. */
    List<ImportSummary> dryRun(Portfolio portfolio) throws ImportFailedException {
        return importInto(EcoreUtil.copy(portfolio));
    }

    /** Plans and applies every table in order, so contacts find the accounts imported just before them. */
    List<ImportSummary> importInto(Portfolio portfolio) throws ImportFailedException {
        return applyAll(portfolio, planFirst(portfolio));
    }

    /** Plans the first table; reads the portfolio only, so it can run away from the UI thread. */
    ImportPlan planFirst(Portfolio portfolio) throws ImportFailedException {
        SourceTable first = tables.get(0);
        return Importer.plan(portfolio, first, kindOf(first), mapping, optionsFor(first));
    }

    /** Applies the first table's plan, then plans and applies the others (a tree file's contacts). */
    List<ImportSummary> applyAll(Portfolio portfolio, ImportPlan first) throws ImportFailedException {
        List<ImportSummary> summaries = new ArrayList<>();
        first.apply();
        summaries.add(first.summary());
        for (SourceTable table : tables.subList(1, tables.size())) {
            ImportPlan plan = Importer.plan(portfolio, table, kindOf(table), mapping, optionsFor(table));
            plan.apply();
            summaries.add(plan.summary());
        }
        return summaries;
    }

    /** In a tree file, accounts come first and are never "the account for all rows". */
    private ImportOptions optionsFor(SourceTable table) {
        ImportOptions options = options();
        return tables.size() > 1 && kindOf(table) == ImportKind.ACCOUNTS ? options.withAccount(null) : options;
    }
}
