package org.accountatlas.importer;

import static org.accountatlas.importer.Portfolios.account;
import static org.accountatlas.importer.Portfolios.contact;
import static org.accountatlas.importer.Portfolios.contacts;
import static org.accountatlas.importer.Portfolios.importInto;
import static org.accountatlas.importer.Portfolios.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.accountatlas.model.Account;
import org.accountatlas.model.Contact;
import org.accountatlas.model.OrgUnit;
import org.accountatlas.model.Portfolio;
import org.junit.jupiter.api.Test;

/** The public datasets as they come: Salesforce exports need no configuration, the others only a mapping. */
class RealDatasetsTest {

    private final Portfolio portfolio = Portfolios.empty();

    @Test
    void salesforceDataLoaderAccountsMapByThemselves() throws Exception {
        ImportSummary summary = importInto(portfolio, Datasets.file("sfdx-tree-amaxa/Account.csv"), null,
                new MappingSpec(), ImportOptions.DEFAULTS);
        assertEquals(ImportKind.ACCOUNTS, summary.kind());
        assertEquals(7, summary.created(), summary.counts());
        Account testcorp = account(portfolio, "Testcorp");
        assertEquals("0011R00001ypMKsQAM", testcorp.getExternalId());
        assertEquals("United States", testcorp.getRegion());
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("BillingCity")),
                "unmapped columns are reported: " + summary.notes());
    }

    @Test
    void salesforceContactsFindTheirAccountsAndDepartments() throws Exception {
        importInto(portfolio, Datasets.file("sfdx-tree-amaxa/Account.csv"), null, new MappingSpec(),
                ImportOptions.DEFAULTS);
        ImportSummary summary = importInto(portfolio, Datasets.file("sfdx-tree-amaxa/Contact.csv"), null,
                new MappingSpec(), ImportOptions.DEFAULTS);
        assertEquals(ImportKind.CONTACTS, summary.kind());
        assertEquals(4, summary.created(), summary.counts());
        Contact tim = contact(portfolio, "Tim Anderson");
        assertEquals("Sandia Style Interiors", ((Account) tim.eContainer().eContainer()).getName());
        assertEquals("Education", ((OrgUnit) tim.eContainer()).getName());
        assertEquals("tim@sandiastyles.com.example", tim.getEmail());
        Contact carol = contact(portfolio, "Carol Smythe");
        assertEquals(Messages.Contacts_defaultUnit, ((OrgUnit) carol.eContainer()).getName());
    }

    @Test
    void sObjectTreePlanImportsNestedAccountsThenContacts() throws Exception {
        importInto(portfolio, Datasets.file("sfdx-tree-amaxa/Account-Contact-plan.json"), null, new MappingSpec(),
                ImportOptions.DEFAULTS);
        assertEquals(5, portfolio.getAccounts().size());
        Account gemenon = account(portfolio, "Gemenon Gastronomy");
        assertEquals("Caprica Cosmetics", gemenon.getParent().getName());
        assertEquals("Aerilon Agrinomics", gemenon.getParent().getParent().getName());
        assertNull(account(portfolio, "Picon Fleet Headquarters").getParent());
        assertEquals(4, contacts(portfolio).size());
        assertSame(gemenon, contact(portfolio, "Elosha Stark").eContainer().eContainer());
        assertSame(account(portfolio, "Aerilon Agrinomics"), contact(portfolio, "Gaius Baltar").eContainer()
                .eContainer());
    }

    @Test
    void adventureWorksOrgChartImportsWithAMappingOnly() throws Exception {
        MappingSpec mapping = new MappingSpec().map("EmployeeKey", "id").map("ParentEmployeeKey", "reportsTo")
                .map("DepartmentName", "unit").map("Status", "-");
        ImportSummary summary = importInto(portfolio, Datasets.file("adventureworks-dimemployee/DimEmployee.csv"),
                ImportKind.CONTACTS, mapping, ImportOptions.DEFAULTS.withAccount("Adventure Works"));
        assertEquals(296, summary.created(), summary.counts());
        List<Contact> people = contacts(portfolio);
        List<Contact> roots = people.stream().filter(c -> c.getReportsTo() == null).toList();
        assertEquals(1, roots.size());
        assertEquals("Ken Sánchez", roots.get(0).getName(), "UTF-8 with a byte-order mark, accents intact");
        assertEquals("Chief Executive Officer", roots.get(0).getTitle());
        assertEquals(5, people.stream().mapToInt(Portfolios::level).max().getAsInt());
        Account adventureWorks = account(portfolio, "Adventure Works");
        assertEquals(16, adventureWorks.getOrgUnits().size());
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("Adventure Works")), summary.notes()
                .toString());
    }

    @Test
    void currentAdventureWorksStaffKeepTheirManagersOrAreReportedAsOrphans() throws Exception {
        MappingSpec mapping = new MappingSpec().map("EmployeeKey", "id").map("ParentEmployeeKey", "reportsTo")
                .map("DepartmentName", "unit").map("Status", "-").where("Status", "Current");
        ImportFailedException refused = org.junit.jupiter.api.Assertions.assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, Datasets.file("adventureworks-dimemployee/DimEmployee.csv"),
                        ImportKind.CONTACTS, mapping, ImportOptions.DEFAULTS.withAccount("Adventure Works")));
        assertEquals(23, refused.problems().size(), "current staff whose manager row is historical");
        assertTrue(portfolio.getAccounts().isEmpty(), "a refused import changes nothing");

        ImportSummary summary = importInto(portfolio, Datasets.file("adventureworks-dimemployee/DimEmployee.csv"),
                ImportKind.CONTACTS, mapping, new ImportOptions("Adventure Works", false, true, false));
        assertEquals(290, summary.created());
        assertEquals(6, summary.filtered());
        assertEquals(23, summary.notes().stream().filter(n -> n.contains("kept without a manager")).count());
    }

    @Test
    void northwindEmployeesReportingLinesMapByHeader() throws Exception {
        ImportSummary summary = importInto(portfolio, Datasets.file("northwind/employees.csv"),
                ImportKind.CONTACTS, new MappingSpec().map("employeeID", "id"),
                ImportOptions.DEFAULTS.withAccount("Northwind Traders"));
        assertEquals(9, summary.created());
        Contact fuller = contact(portfolio, "Andrew Fuller");
        assertEquals("Vice President, Sales", fuller.getTitle());
        assertNull(fuller.getReportsTo());
        assertEquals("Steven Buchanan", contact(portfolio, "Michael Suyama").getReportsTo().getName());
        assertEquals(3, level(contact(portfolio, "Robert King")));
    }

    @Test
    void northwindCustomersWithUnquotedCommasAreRefusedOrSkippedRowByRow() throws Exception {
        MappingSpec mapping = new MappingSpec().map("customerID", "id").map("country", "region");
        ImportFailedException refused = org.junit.jupiter.api.Assertions.assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, Datasets.file("northwind/customers.csv"), ImportKind.ACCOUNTS, mapping,
                        ImportOptions.DEFAULTS));
        assertTrue(refused.getMessage().startsWith("customers.csv line 8: the row has 12 values where the header"
                + " has 11 columns"), refused.getMessage());
        assertTrue(portfolio.getAccounts().isEmpty());

        ImportSummary summary = importInto(portfolio, Datasets.file("northwind/customers.csv"), ImportKind.ACCOUNTS,
                mapping, new ImportOptions(null, true, false, false));
        assertEquals(refused.problems().size(), summary.skipped().size());
        assertEquals(91, summary.created() + summary.skipped().size());
        Set<String> countries = portfolio.getAccounts().stream().map(Account::getRegion)
                .collect(Collectors.toSet());
        assertTrue(countries.contains("Germany") && countries.contains("Mexico"), countries.toString());
        assertEquals("ALFKI", account(portfolio, "Alfreds Futterkiste").getExternalId());
    }
}
