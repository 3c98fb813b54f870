package org.accountatlas.importer;

/**
 * How an import treats what does not fit.
 *
 * @param account        for contacts: the account (by external id or name) every row belongs to when the file
 *                       has no account column; created when the portfolio has no such account
 * @param skipBadRows    skip (and report) rows with problems instead of failing the whole import
 * @param orphansAsRoots keep accounts whose parent cannot be found as top-level accounts, and contacts whose
 *                       manager cannot be found without one
 * @param monthFirst     read ambiguous dates like 04/05/2020 as month/day (the default is day/month)
 */
public record ImportOptions(String account, boolean skipBadRows, boolean orphansAsRoots, boolean monthFirst) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, false, false, false);

    /** The same options with every contact going to the named account. */
    public ImportOptions withAccount(String name) {
        return new ImportOptions(name, skipBadRows, orphansAsRoots, monthFirst);
    }
}
