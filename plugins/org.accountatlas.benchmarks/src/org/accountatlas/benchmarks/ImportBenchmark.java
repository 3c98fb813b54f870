package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.millis;
import static org.accountatlas.benchmarks.Measure.peakHeap;
import static org.accountatlas.benchmarks.Measure.resetPeaks;
import static org.accountatlas.benchmarks.Measure.timed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.importer.ImportKind;
import org.accountatlas.importer.ImportOptions;
import org.accountatlas.importer.ImportPlan;
import org.accountatlas.importer.Importer;
import org.accountatlas.importer.MappingSpec;
import org.accountatlas.importer.SourceTable;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.Portfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

/**
 * CSV import of Salesforce-style exports (accounts in hierarchies, written children first; contacts with
 * departments and managers) against its baseline in the same run: Commons CSV reading the same files and
 * touching every value. Reports rows per second and peak heap, in memory and into a new Derby database.
 */
class ImportBenchmark {

    private static final int ROUNDS = 3;

    private final Measure.Report report = new Measure.Report();

    @Test
    void importAgainstRawParsing() throws Exception {
        int accounts = Integer.getInteger("benchmark.accounts", 10_000);
        int contactsPerAccount = Integer.getInteger("benchmark.contactsPerAccount", 10);
        Path work = Files.createTempDirectory("atlas-import-benchmark");
        Path accountFile = writeAccounts(work.resolve("Account.csv"), accounts);
        Path contactFile = writeContacts(work.resolve("Contact.csv"), accounts, contactsPerAccount);
        long rows = accounts + (long) accounts * contactsPerAccount;
        report.line("import files: %,d accounts (%,d KB), %,d contacts (%,d KB)", accounts,
                Files.size(accountFile) >> 10, accounts * contactsPerAccount, Files.size(contactFile) >> 10);

        rawParse(accountFile, contactFile);
        importInMemory(accountFile, contactFile);
        List<Long> raw = new ArrayList<>();
        List<Long> imported = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < ROUNDS; i++) {
            resetPeaks();
            raw.add(timed(() -> rawParse(accountFile, contactFile)));
            resetPeaks();
            imported.add(timed(() -> importInMemory(accountFile, contactFile)));
            peak = Math.max(peak, peakHeap());
        }
        long rawTime = median(raw);
        long importTime = median(imported);
        report.line("raw Commons CSV parse   %,7d ms  %,9.0f rows/s", millis(rawTime), rows / (rawTime / 1e9));
        report.line("import in memory        %,7d ms  %,9.0f rows/s  import/raw = %.1f× (read, map, check, apply)",
                millis(importTime), rows / (importTime / 1e9), (double) importTime / rawTime);
        report.line("peak heap, import       %,7d MB", peak >> 20);

        Portfolio[] portfolio = new Portfolio[1];
        long reimport = timed(() -> portfolio[0] = importInMemory(accountFile, contactFile));
        long unchanged = timed(() -> {
            for (SourceTable table : tables(accountFile, contactFile)) {
                ImportPlan plan = Importer.plan(portfolio[0], table, Importer.guessKind(table), new MappingSpec(),
                        ImportOptions.DEFAULTS);
                plan.apply();
            }
        });
        report.line("re-import, all unchanged %,6d ms (first import %,d ms)", millis(unchanged), millis(reimport));

        resetPeaks();
        Path db = work.resolve("db");
        long stored = timed(() -> importIntoNewDatabase(db, accountFile, contactFile));
        report.line("import into new Derby DB %,6d ms  %,9.0f rows/s  peak heap %,d MB (one transaction)",
                millis(stored), rows / (stored / 1e9), peakHeap() >> 20);
        report.write(Measure.reportFile("import-benchmark"));
    }

    private static void rawParse(Path... files) throws IOException {
        long characters = 0;
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
                for (CSVRecord record : parser) {
                    for (String value : record) {
                        characters += value.length();
                    }
                }
            }
        }
        if (characters == 0) {
            throw new IOException("nothing parsed");
        }
    }

    private static List<SourceTable> tables(Path accounts, Path contacts) throws Exception {
        List<SourceTable> tables = new ArrayList<>(Importer.read(accounts));
        tables.addAll(Importer.read(contacts));
        return tables;
    }

    private static Portfolio importInMemory(Path accounts, Path contacts) throws Exception {
        Portfolio portfolio = AtlasFactory.eINSTANCE.createPortfolio();
        portfolio.setName("benchmark");
        for (SourceTable table : tables(accounts, contacts)) {
            ImportKind kind = Importer.guessKind(table);
            Importer.plan(portfolio, table, kind, new MappingSpec(), ImportOptions.DEFAULTS).apply();
        }
        return portfolio;
    }

    private static void importIntoNewDatabase(Path db, Path accounts, Path contacts) throws Exception {
        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), db);
        try {
            resource.getContents().add(importInMemory(accounts, contacts));
            resource.save(null);
        } finally {
            resource.unload();
        }
    }

    /** Trees of 1,000 accounts, four subsidiaries each; written leaves first, as exports often are. */
    private static Path writeAccounts(Path file, int accounts) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Id,Name,ParentId,Industry,AnnualRevenue,BillingCountry\n");
            for (int i = accounts - 1; i >= 0; i--) {
                int inTree = i % 1000;
                String parent = inTree == 0 ? "" : "A" + (i - inTree + (inTree - 1) / 4);
                out.write("A" + i + ",\"Account " + i + ", Inc.\"," + parent + ",Manufacturing," + (1000 + i)
                        + "," + (i % 2 == 0 ? "China" : "Germany") + "\n");
            }
        }
        return file;
    }

    /** Per account: one head of department everybody else reports to, people in three nested units. */
    private static Path writeContacts(Path file, int accounts, int perAccount) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Id,AccountId,FirstName,LastName,Title,Department,ReportsToId,Email\n");
            for (int a = 0; a < accounts; a++) {
                for (int c = 0; c < perAccount; c++) {
                    String id = "C" + a + "_" + c;
                    out.write(id + ",A" + a + ",First" + c + ",Last" + a + ",Title " + c + ",Purchasing/Team "
                            + (c % 3) + "," + (c == 0 ? "" : "C" + a + "_0") + "," + id + "@example.com\n");
                }
            }
        }
        return file;
    }
}
