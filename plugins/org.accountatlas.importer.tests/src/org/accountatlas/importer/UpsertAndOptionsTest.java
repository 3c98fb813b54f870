package org.accountatlas.importer;

import static org.accountatlas.importer.Portfolios.account;
import static org.accountatlas.importer.Portfolios.contact;
import static org.accountatlas.importer.Portfolios.importInto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.InfluenceLevel;
import org.accountatlas.model.Portfolio;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-imports, partial imports and the options that say how to treat what does not fit. */
class UpsertAndOptionsTest {

    @TempDir
    Path dir;

    private final Portfolio portfolio = Portfolios.empty();

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ImportSummary importAccounts(Path file, ImportOptions options) throws Exception {
        return importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec(), options);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        Path file = csv("groups.csv", "Id,Name,ParentId,AnnualRevenue\nG1,Group,,100\nS1,Sub,G1,40\n");
        assertEquals(2, importAccounts(file, ImportOptions.DEFAULTS).created());
        Portfolio afterFirst = EcoreUtil.copy(portfolio);

        ImportSummary again = importAccounts(file, ImportOptions.DEFAULTS);

        assertEquals(0, again.created() + again.updated(), again.counts());
        assertEquals(2, again.unchanged());
        assertTrue(EcoreUtil.equals(afterFirst, portfolio));
    }

    @Test
    void anUpdatedFileUpdatesOnlyTheChangedRecords() throws Exception {
        importAccounts(csv("v1.csv", "Id,Name,ParentId,AnnualRevenue\nG1,Group,,100\nS1,Sub,G1,40\nS2,Other,,5\n"),
                ImportOptions.DEFAULTS);
        ImportSummary update = importAccounts(csv("v2.csv",
                "Id,Name,ParentId,AnnualRevenue\nG1,Group,,100\nS1,Sub,G1,45\nS2,Other,G1,5\nS3,New,G1,1\n"),
                ImportOptions.DEFAULTS);
        assertEquals(1, update.created(), update.counts());
        assertEquals(2, update.updated(), update.counts());
        assertEquals(1, update.unchanged(), update.counts());
        assertEquals(45.0, account(portfolio, "Sub").getAnnualRevenue());
        assertEquals("Group", account(portfolio, "Other").getParent().getName());
    }

    @Test
    void aParentColumnHoldingNamesOfRowsIsReadAsTheParentsName() throws Exception {
        // The header says "parent" (an id), the values are names of rows in the file: the import guesses right.
        importAccounts(csv("named-parents.csv", "name,parent,annual revenue\nHolding,,\"1 094 605 735\"\n"
                + "Works,Holding,1'200\nShop,Works,\"1.234.567,5\"\nDepot,Works,\n"), ImportOptions.DEFAULTS);
        assertEquals("Works", account(portfolio, "Shop").getParent().getName());
        assertEquals("Holding", account(portfolio, "Works").getParent().getName());
        assertEquals(1_094_605_735.0, account(portfolio, "Holding").getAnnualRevenue(), "spaced thousands");
        assertEquals(1_200.0, account(portfolio, "Works").getAnnualRevenue(), "apostrophe thousands");
        assertEquals(1_234_567.5, account(portfolio, "Shop").getAnnualRevenue(), "dotted thousands, decimal comma");
    }

    @Test
    void duplicateIdsFailNamingBothLinesUnlessTheFirstOrTheLastIsChosen() throws Exception {
        Path file = csv("twice.csv", "Id,Name,AnnualRevenue\nA,Acme,1\nB,Beta,2\nA,Acme Corp,3\n");
        ImportFailedException failed = assertThrows(ImportFailedException.class,
                () -> importAccounts(file, ImportOptions.DEFAULTS));
        assertTrue(failed.getMessage().contains("line 4") && failed.getMessage().contains("line 2"), failed.getMessage());
        assertTrue(portfolio.getAccounts().isEmpty(), "nothing imported");

        ImportSummary first = importAccounts(file, ImportOptions.DEFAULTS.withDuplicates(ImportOptions.Duplicates.FIRST));
        assertEquals(2, first.created(), first.counts());
        assertEquals("Acme", account(portfolio, "Acme").getName());
        assertTrue(first.notes().stream().anyMatch(n -> n.contains("line 4") && n.contains("line 2")), first.notes()
                .toString());

        Portfolio other = Portfolios.empty();
        importInto(other, file, ImportKind.ACCOUNTS, new MappingSpec(),
                ImportOptions.DEFAULTS.withDuplicates(ImportOptions.Duplicates.LAST));
        assertEquals(3.0, account(other, "Acme Corp").getAnnualRevenue(), "the last line wins");
        assertEquals(2, other.getAccounts().size());
    }

    @Test
    void whereExcludesMatchesAndCombines() throws Exception {
        Path file = csv("filtered.csv", "Id,Name,Status\nA,Alpha Co,Current\nB,Beta Ltd,Former\nC,Gamma Co,Current\n"
                + "D,Delta Co,Former\n");
        MappingSpec spec = new MappingSpec().map("Status", "-").whereOption("Status!=Former").whereOption("Name~Co$");
        importInto(portfolio, file, ImportKind.ACCOUNTS, spec, ImportOptions.DEFAULTS);
        assertEquals(List.of("Alpha Co", "Gamma Co"), portfolio.getAccounts().stream().map(Account::getName).sorted()
                .toList());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new MappingSpec().whereOption("Name~(unclosed"));
        assertTrue(bad.getMessage().contains("(unclosed"), bad.getMessage());
    }

    @Test
    void parentsByNameResolveWhateverTheRowOrderWithOwnership() throws Exception {
        importAccounts(csv("by-name.csv", "Name,Parent Name,Ownership Percent\nLeaf,Middle,51%\nMiddle,Top,100\nTop,,\n"),
                ImportOptions.DEFAULTS);
        Account leaf = account(portfolio, "Leaf");
        assertEquals("Middle", leaf.getParent().getName());
        assertEquals("Top", leaf.getParent().getParent().getName());
        assertEquals(51.0, leaf.getOwnershipPercent());
    }

    @Test
    void skipBadRowsReportsEachSkippedRowAndItsOrphans() throws Exception {
        ImportSummary summary = importAccounts(csv("mixed.csv",
                "Id,Name,ParentId,AnnualRevenue\nA1,Good,,1\nA2,Bad,,many\nA3,Child of bad,A2,3\nA4,Fine,A1,4\n"),
                new ImportOptions(null, true, false, false));
        assertEquals(2, summary.created());
        assertEquals(2, summary.skipped().size(), summary.skipped().toString());
        assertTrue(summary.skipped().get(0).toString().contains("line 3, column AnnualRevenue"));
        assertTrue(summary.skipped().get(1).toString().contains("line 4, column ParentId, value \"A2\""));
        assertEquals(2, portfolio.getAccounts().size());
    }

    @Test
    void orphansAreReportedByNameAndCanBeKeptAsRoots() throws Exception {
        Path file = csv("orphans.csv", "Id,Name,ParentId\nA1,Lonely,MISSING\n");
        ImportFailedException refused = assertThrows(ImportFailedException.class,
                () -> importAccounts(file, ImportOptions.DEFAULTS));
        assertTrue(refused.getMessage().contains("the parent of Lonely"), refused.getMessage());

        ImportSummary kept = importAccounts(file, new ImportOptions(null, false, true, false));
        assertNull(account(portfolio, "Lonely").getParent());
        assertTrue(kept.notes().stream().anyMatch(n -> n.contains("Lonely") && n.contains("MISSING")));
    }

    @Test
    void valueMapsAndLiteralNamesFillEnumerations() throws Exception {
        importAccounts(csv("acme.csv", "Id,Name\nACME,Acme\n"), ImportOptions.DEFAULTS);
        Path people = csv("people.csv", "Name,Account,Clout\nAmes,Acme,Key player\nBose,Acme,low\n");
        MappingSpec mapping = new MappingSpec().map("Account", "accountName").map("Clout", "influence")
                .value("influence", "Key player", "HIGH");
        importInto(portfolio, people, ImportKind.CONTACTS, mapping, ImportOptions.DEFAULTS);
        assertEquals(InfluenceLevel.HIGH, contact(portfolio, "Ames").getInfluence());
        assertEquals(InfluenceLevel.LOW, contact(portfolio, "Bose").getInfluence());
    }

    @Test
    void theSameNameAtTwoAccountsIsTwoPeopleButTwiceAtOneIsADuplicate() throws Exception {
        importAccounts(csv("two.csv", "Id,Name\nA,Acme\nB,Bolt\n"), ImportOptions.DEFAULTS);
        Path people = csv("people.csv", "Name,AccountId\nWang Wei,A\nWang Wei,B\n");
        assertEquals(2, importInto(portfolio, people, ImportKind.CONTACTS, new MappingSpec(),
                ImportOptions.DEFAULTS).created());
        Path twice = csv("twice.csv", "Name,AccountId\nLi Na,A\nLi Na,A\n");
        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, twice, ImportKind.CONTACTS, new MappingSpec(), ImportOptions.DEFAULTS));
        assertTrue(failure.getMessage().contains("line 3"), failure.getMessage());
    }

    @Test
    void nestedDepartmentsBecomeNestedOrgUnitsAtTheSeparatorGiven() throws Exception {
        Path people = csv("people.csv", "Name,Department\nAmes,Sales / North\nBose,Sales\nCole,Sales/North\n");
        ImportSummary summary = importInto(portfolio, people, ImportKind.CONTACTS, new MappingSpec(),
                ImportOptions.DEFAULTS.withAccount("Acme").withUnitSeparator("/"));
        Account acme = account(portfolio, "Acme");
        assertEquals(1, acme.getOrgUnits().size());
        assertEquals(1, acme.getOrgUnits().get(0).getContacts().size());
        assertEquals(2, acme.getOrgUnits().get(0).getSubUnits().get(0).getContacts().size());
        assertTrue(summary.notes().contains("2 new departments"), "Sales and Sales/North: " + summary.notes());
    }

    @Test
    void withoutASeparatorADepartmentNameIsTakenWhole() throws Exception {
        Path people = csv("people.csv", "Name,Department\nAmes,R&D / Test\nBose,R&D / Test\nCole,Sales\n");
        ImportSummary summary = importInto(portfolio, people, ImportKind.CONTACTS, new MappingSpec(),
                ImportOptions.DEFAULTS.withAccount("Acme"));
        Account acme = account(portfolio, "Acme");
        assertEquals(List.of("R&D / Test", "Sales"), acme.getOrgUnits().stream().map(u -> u.getName()).toList());
        assertTrue(acme.getOrgUnits().get(0).getSubUnits().isEmpty(), "no nesting made from a \"/\" in a name");
        assertTrue(summary.notes().contains("2 new departments"), summary.notes().toString());
        ImportSummary again = importInto(portfolio, people, ImportKind.CONTACTS, new MappingSpec(),
                ImportOptions.DEFAULTS.withAccount("Acme"));
        assertTrue(again.notes().stream().noneMatch(n -> n.contains("new departments")), "none made twice");
    }

    @Test
    void semicolonsAndLegacyEncodingAreRecognised() throws Exception {
        Path file = Files.write(dir.resolve("excel.csv"),
                "Name;Region\nM\u00fcller AG;Deutschland\n".getBytes(Charset.forName("windows-1252")));
        ImportSummary summary = importAccounts(file, ImportOptions.DEFAULTS);
        assertEquals("Deutschland", account(portfolio, "M\u00fcller AG").getRegion());
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("windows-1252")), summary.notes().toString());
    }

    @Test
    void mappingFilesNameTheLineTheyCannotRead() throws Exception {
        Path mapping = csv("mapping.txt", "# AdventureWorks\nEmployeeKey = id\nthis is not a statement\n");
        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> MappingSpec.read(mapping));
        assertTrue(failure.getMessage().startsWith("mapping.txt line 3"), failure.getMessage());
    }

    @Test
    void unknownFieldsAreRefusedWithTheListOfFields() throws Exception {
        Path file = csv("a.csv", "Id,Name\nA1,Alpha\n");
        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> importInto(portfolio, file, ImportKind.ACCOUNTS, new MappingSpec().map("Name", "nmae"),
                        ImportOptions.DEFAULTS));
        assertTrue(failure.getMessage().contains("no field \"nmae\""), failure.getMessage());
        assertTrue(failure.getMessage().contains("annualRevenue"), failure.getMessage());
    }
}
