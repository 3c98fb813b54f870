package org.accountatlas.app.imports;

import org.eclipse.osgi.util.NLS;

/** Strings of the import wizard; translations in messages_zh.properties. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.accountatlas.app.imports.messages";

    public static String Import_jobName;
    public static String Import_checking;
    public static String Import_applying;
    public static String Import_commandLabel;
    public static String Import_windowTitle;
    public static String Import_sourceTitle;
    public static String Import_sourceDescription;
    public static String Import_file;
    public static String Import_browse;
    public static String Import_rowsAre;
    public static String Import_accounts;
    public static String Import_contacts;
    public static String Import_account;
    public static String Import_accountTip;
    public static String Import_skipBadRows;
    public static String Import_orphansAsRoots;
    public static String Import_remedyOrphans;
    public static String Import_duplicates;
    public static String Import_duplicatesFail;
    public static String Import_duplicatesFirst;
    public static String Import_duplicatesLast;
    public static String Import_unitSeparator;
    public static String Import_unitSeparatorTip;
    public static String Import_remedyAccount;
    public static String Import_remedyMapName;
    public static String Import_monthFirst;
    public static String Import_preview;
    public static String Import_moreTables;
    public static String Import_chooseFile;
    public static String Import_chooseKind;
    public static String Import_mappingTitle;
    public static String Import_mappingDescription;
    public static String Import_mappingIntro;
    public static String Import_columnColumn;
    public static String Import_columnSample;
    public static String Import_columnField;
    public static String Import_fieldLeftOut;
    public static String Import_fieldId;
    public static String Import_fieldName;
    public static String Import_fieldParentId;
    public static String Import_fieldParentName;
    public static String Import_fieldFirstName;
    public static String Import_fieldLastName;
    public static String Import_fieldAccountId;
    public static String Import_fieldAccountName;
    public static String Import_fieldUnit;
    public static String Import_fieldReportsTo;
    public static String Import_reviewTitle;
    public static String Import_reviewDescription;
    public static String Import_cannotImport;
    public static String Import_filtered;
    public static String Import_afterFinish;
    public static String Import_failedTitle;
    public static String Import_menuAccounts;
    public static String Import_menuContacts;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
