package org.accountatlas.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.accountatlas.importer.ImportField.Role;
import org.accountatlas.model.AtlasPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

/**
 * The fields each kind of import can fill, and the column names that map onto them without being told: the
 * field names themselves, the Salesforce Data Loader headers and the usual spreadsheet words.
 */
public final class FieldCatalog {

    private static final AtlasPackage ATLAS = AtlasPackage.eINSTANCE;

    private static final Map<String, String> ACCOUNT_SYNONYMS = Map.ofEntries(
            Map.entry("accountid", "id"), Map.entry("externalid", "id"), Map.entry("accountname", "name"),
            Map.entry("company", "name"), Map.entry("companyname", "name"), Map.entry("parentid", "parent"),
            Map.entry("parentaccountid", "parent"), Map.entry("parentaccount", "parentName"),
            Map.entry("parentname", "parentName"), Map.entry("billingcountry", "region"),
            Map.entry("country", "region"), Map.entry("revenue", "annualRevenue"),
            Map.entry("ownershippercent", "ownershipPercent"), Map.entry("ownershippercentage", "ownershipPercent"));

    private static final Map<String, String> CONTACT_SYNONYMS = Map.ofEntries(
            Map.entry("contactid", "id"), Map.entry("externalid", "id"), Map.entry("accountid", "account"), Map.entry("fullname", "name"),
            Map.entry("contactname", "name"), Map.entry("givenname", "firstName"),
            Map.entry("surname", "lastName"), Map.entry("familyname", "lastName"),
            Map.entry("accountname", "accountName"), Map.entry("company", "accountName"),
            Map.entry("companyname", "accountName"), Map.entry("department", "unit"),
            Map.entry("departmentname", "unit"), Map.entry("orgunit", "unit"), Map.entry("jobtitle", "title"),
            Map.entry("contacttitle", "title"), Map.entry("reportstoid", "reportsTo"),
            Map.entry("managerid", "reportsTo"), Map.entry("emailaddress", "email"),
            Map.entry("mobilephone", "phone"), Map.entry("role", "buyingRole"));

    private FieldCatalog() {
    }

    /** The fields a column can be mapped onto for the kind of record. */
    public static List<ImportField> fields(ImportKind kind) {
        List<ImportField> fields = new ArrayList<>();
        fields.add(new ImportField("id", Role.EXTERNAL_ID, null));
        fields.add(new ImportField("name", Role.NAME, null));
        if (kind == ImportKind.ACCOUNTS) {
            fields.add(new ImportField("parent", Role.PARENT_ID, null));
            fields.add(new ImportField("parentName", Role.PARENT_NAME, null));
        } else {
            fields.add(new ImportField("firstName", Role.FIRST_NAME, null));
            fields.add(new ImportField("lastName", Role.LAST_NAME, null));
            fields.add(new ImportField("account", Role.ACCOUNT_ID, null));
            fields.add(new ImportField("accountName", Role.ACCOUNT_NAME, null));
            fields.add(new ImportField("unit", Role.UNIT, null));
            fields.add(new ImportField("reportsTo", Role.REPORTS_TO_ID, null));
        }
        EClass target = kind == ImportKind.ACCOUNTS ? ATLAS.getAccount() : ATLAS.getContact();
        for (EAttribute attribute : target.getEAllAttributes()) {
            if (isImportable(attribute)) {
                fields.add(new ImportField(attribute.getName(), Role.ATTRIBUTE, attribute));
            }
        }
        return fields;
    }

    /** The field called {@code name} (any case), if the kind has one. */
    public static Optional<ImportField> field(ImportKind kind, String name) {
        if (name.equals("-")) {
            return Optional.of(ImportField.IGNORE);
        }
        return fields(kind).stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The field a column header names exactly ("Title", "annual_revenue"), if any. */
    public static Optional<ImportField> exactMatch(ImportKind kind, String header) {
        String key = normalize(header);
        return fields(kind).stream().filter(f -> normalize(f.name()).equals(key)).findFirst();
    }

    /** The field a column header is a usual synonym of ("Department", "BillingCountry"), if any. */
    public static Optional<ImportField> synonymMatch(ImportKind kind, String header) {
        Map<String, String> synonyms = kind == ImportKind.ACCOUNTS ? ACCOUNT_SYNONYMS : CONTACT_SYNONYMS;
        String name = synonyms.get(normalize(header));
        return name == null ? Optional.empty() : field(kind, name);
    }

    /** Lower case letters and digits only: "Parent Employee-Key" and "parentEmployeeKey" compare equal. */
    public static String normalize(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** Ids are the store's business; derived and computed attributes are not input. */
    private static boolean isImportable(EAttribute attribute) {
        return attribute != ATLAS.getIdentified_Id() && attribute != ATLAS.getNamedElement_Name()
                && attribute != ATLAS.getAccount_ExternalId() && attribute != ATLAS.getContact_ExternalId()
                && attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient()
                && !attribute.isMany();
    }
}
