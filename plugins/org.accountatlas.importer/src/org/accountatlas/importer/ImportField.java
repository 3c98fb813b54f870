package org.accountatlas.importer;

import org.eclipse.emf.ecore.EAttribute;

/**
 * A field a column can be mapped onto: one of the model's attributes, or a role the importer resolves itself
 * (an id, a parent named by id or name, an org-unit path, ...).
 *
 * @param name      what users write in {@code --map column=name}
 * @param role      how the importer uses the value
 * @param attribute the model attribute for {@link Role#ATTRIBUTE}, otherwise null
 */
public record ImportField(String name, Role role, EAttribute attribute) {

    /** How a mapped value is used. */
    public enum Role {
        /** The record's id in the source system; imports match on it. */
        EXTERNAL_ID,
        NAME,
        FIRST_NAME,
        LAST_NAME,
        /** Accounts: the parent account's id in the source system. */
        PARENT_ID,
        /** Accounts: the parent account's name. */
        PARENT_NAME,
        /** Contacts: their account's id in the source system. */
        ACCOUNT_ID,
        /** Contacts: their account's name. */
        ACCOUNT_NAME,
        /** Contacts: department or org unit; nested units separated by "/". */
        UNIT,
        /** Contacts: the manager's id in the source system. */
        REPORTS_TO_ID,
        /** A plain attribute of the model. */
        ATTRIBUTE,
        /** A column deliberately left out ({@code --map column=-}). */
        IGNORED
    }

    public static final ImportField IGNORE = new ImportField("-", Role.IGNORED, null);
}
