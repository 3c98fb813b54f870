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
 * @param duplicates     what to do with rows whose id (or name) an earlier row of the file already has
 * @param unitSeparator  for contacts: the text between the levels of a nested department ("Sales / North"),
 *                       or null when department names are taken whole (a "/" in a name is then just a "/")
 * @param numberLocale   the locale the file writes numbers in, when its digits are not 0-9 (Arabic-Indic
 *                       digits for {@code ar-EG}, say); null when numbers are written with 0-9 only
 */
public record ImportOptions(String account, boolean skipBadRows, boolean orphansAsRoots, boolean monthFirst,
        Duplicates duplicates, String unitSeparator, java.util.Locale numberLocale) {

    /** What becomes of a row that repeats an earlier row's id: the import fails, or one of them is kept. */
    public enum Duplicates {
        /** The import fails, naming both lines (the default: a repeated id is usually a mistake). */
        FAIL,
        /** The first row is imported, the later ones are left out and listed. */
        FIRST,
        /** The last row is imported (a later export line wins), the earlier ones are left out and listed. */
        LAST
    }

    /** Options reading numbers written with the digits 0-9. */
    public ImportOptions(String account, boolean skipBadRows, boolean orphansAsRoots, boolean monthFirst,
            Duplicates duplicates, String unitSeparator) {
        this(account, skipBadRows, orphansAsRoots, monthFirst, duplicates, unitSeparator, null);
    }

    public static final ImportOptions DEFAULTS = new ImportOptions(null, false, false, false);

    /** Options failing on duplicates, taking department names whole. */
    public ImportOptions(String account, boolean skipBadRows, boolean orphansAsRoots, boolean monthFirst) {
        this(account, skipBadRows, orphansAsRoots, monthFirst, Duplicates.FAIL, null);
    }

    /** The same options with every contact going to the named account. */
    public ImportOptions withAccount(String name) {
        return new ImportOptions(name, skipBadRows, orphansAsRoots, monthFirst, duplicates, unitSeparator,
                numberLocale);
    }

    /** The same options treating duplicates so. */
    public ImportOptions withDuplicates(Duplicates policy) {
        return new ImportOptions(account, skipBadRows, orphansAsRoots, monthFirst, policy, unitSeparator,
                numberLocale);
    }

    /** The same options splitting department names at the separator (null or empty: names are taken whole). */
    public ImportOptions withUnitSeparator(String separator) {
        return new ImportOptions(account, skipBadRows, orphansAsRoots, monthFirst, duplicates,
                separator == null || separator.isEmpty() ? null : separator, numberLocale);
    }

    /** The same options reading the digits the locale writes numbers with (null: 0-9 only). */
    public ImportOptions withNumberLocale(java.util.Locale locale) {
        return new ImportOptions(account, skipBadRows, orphansAsRoots, monthFirst, duplicates, unitSeparator, locale);
    }
}
