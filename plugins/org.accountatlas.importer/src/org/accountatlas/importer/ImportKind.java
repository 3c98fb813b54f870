package org.accountatlas.importer;

/** What the rows of an import file are. */
public enum ImportKind {
    ACCOUNTS, CONTACTS;

    /** The kind named on the command line or in a plan file ("accounts", "Contact", ...), or null. */
    public static ImportKind named(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (n.equals("accounts") || n.equals("account")) {
            return ACCOUNTS;
        }
        if (n.equals("contacts") || n.equals("contact")) {
            return CONTACTS;
        }
        return null;
    }
}
