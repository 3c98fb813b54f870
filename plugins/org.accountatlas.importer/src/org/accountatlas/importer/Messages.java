package org.accountatlas.importer;

import org.eclipse.osgi.util.NLS;

/** Strings of imports, shown on the command line and in the import wizard; Chinese in messages_zh.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.accountatlas.importer.messages";

    public static String Contacts_defaultUnit;
    public static String Kind_accounts;
    public static String Kind_contacts;
    public static String Mapping_badLine;
    public static String Mapping_badOption;
    public static String Mapping_badWhere;
    public static String Summary_duplicateLeftOut;
    public static String Mapping_badPattern;
    public static String Mapping_fieldTwice;
    public static String Mapping_noAccount;
    public static String Mapping_noAccountName;
    public static String Mapping_noContactName;
    public static String Mapping_noSuchColumn;
    public static String Mapping_noSuchField;
    public static String Mapping_noSuchLiteral;
    public static String Mapping_notEnumeration;
    public static String Mapping_unreadable;
    public static String Problem_andMore;
    public static String Problem_column;
    public static String Problem_value;
    public static String Read_badEncoding;
    public static String Read_binary;
    public static String Read_duplicateColumn;
    public static String Read_empty;
    public static String Read_fallbackEncoding;
    public static String Read_malformed;
    public static String Read_malformedJson;
    public static String Read_notPlan;
    public static String Read_notTree;
    public static String Read_tooFewValues;
    public static String Read_tooManyValues;
    public static String Read_unknownType;
    public static String Read_unnamedColumn;
    public static String Read_unreadable;
    public static String Read_valueTooLong;
    public static String Row_ambiguousAccount;
    public static String Row_ambiguousParent;
    public static String Row_cycle;
    public static String Row_duplicate;
    public static String Row_managerElsewhere;
    public static String Row_noAccount;
    public static String Row_noName;
    public static String Row_referenceSkipped;
    public static String Row_reportingCycle;
    public static String Row_unknownAccount;
    public static String Row_unknownManager;
    public static String Row_unknownParent;
    public static String Summary_unitsMade;
    public static String Row_unstorableText;
    public static String Read_planCycle;
    public static String Read_planEntry;
    public static String Value_numberTooLong;
    public static String Value_nonAsciiDigits;
    public static String Value_tooSmall;
    public static String Value_yearOutOfRange;
    public static String Read_tooLarge;
    public static String Summary_accountCreated;
    public static String Summary_counts;
    public static String Summary_managerDropped;
    public static String Summary_orphanKept;
    public static String Summary_unmapped;
    public static String Value_noSuchDay;
    public static String Value_noSuchDayMonthFirst;
    public static String Value_notBoolean;
    public static String Value_notDate;
    public static String Value_notLiteral;
    public static String Value_notNumber;
    public static String Value_notWholeNumber;
    public static String Value_tooLarge;
    public static String Value_unsupported;
    public static String Where_line;
    public static String Where_record;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
