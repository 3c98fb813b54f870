package org.accountatlas.importer;

import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * What an import does (or, for a dry run, would do) with one file.
 *
 * @param file      the file's name
 * @param kind      accounts or contacts
 * @param created   records new to the portfolio
 * @param updated   records that exist and change
 * @param unchanged records that exist and already hold the file's values
 * @param filtered  rows left out by a {@code where} filter
 * @param skipped   rows left out because of a problem ({@code --skip-bad-rows}), each with its reason
 * @param notes     what the user should know: unmapped columns, orphans kept as roots, accounts created
 */
public record ImportSummary(String file, ImportKind kind, int created, int updated, int unchanged, int filtered,
        List<ImportProblem> skipped, List<String> notes) {

    /** "Account.csv: 7 created, 0 updated, 0 unchanged, 0 skipped". */
    public String counts() {
        return NLS.bind(Messages.Summary_counts,
                new Object[] { file, created, updated, unchanged, skipped.size() });
    }
}
