package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.millis;
import static org.accountatlas.benchmarks.Measure.peakHeap;
import static org.accountatlas.benchmarks.Measure.resetPeaks;
import static org.accountatlas.benchmarks.Measure.timed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

/**
 * The store against its baseline, EMF's XMI resource, on the same generated portfolio and in the same run:
 * full load, and committing one edit against re-saving the file. Medians of several rounds after a warm-up.
 */
class StoreBenchmark {

    private static final int ROUNDS = 5;
    private static final Map<String, Object> XMI_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_USE_DEPRECATED_METHODS, false);

    private static final org.eclipse.emf.ecore.xmi.XMLParserPool PARSER_POOL = new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();

    private final Measure.Report report = new Measure.Report();

    @Test
    void storeAgainstXmi() throws Exception {
        int accounts = Integer.getInteger("benchmark.accounts", 10_000);
        int contactsPerAccount = Integer.getInteger("benchmark.contactsPerAccount", 10);
        Path work = Files.createTempDirectory("atlas-benchmark");
        Path db = work.resolve("db");
        Path xmi = work.resolve("portfolio.xmi");

        long objects = createBoth(accounts, contactsPerAccount, db, xmi);
        report.line("portfolio: %,d accounts (hierarchies 8 deep), %,d contacts, %,d objects in all; XMI file %,d MB",
                accounts, accounts * contactsPerAccount, objects, Files.size(xmi) >> 20);

        loadXmi(xmi);
        loadDerby(db);
        List<Long> xmiLoads = new ArrayList<>();
        List<Long> derbyLoads = new ArrayList<>();
        long xmiPeak = 0;
        long derbyPeak = 0;
        for (int i = 0; i < ROUNDS; i++) {
            // Load only: unloading (for Derby, shutting the database down) is not timed.
            resetPeaks();
            Resource[] loaded = new Resource[1];
            xmiLoads.add(timed(() -> loaded[0] = loadXmi(xmi)));
            xmiPeak = Math.max(xmiPeak, peakHeap());
            loaded[0].unload();
            resetPeaks();
            derbyLoads.add(timed(() -> loaded[0] = loadDerby(db)));
            derbyPeak = Math.max(derbyPeak, peakHeap());
            loaded[0].unload();
        }
        long xmiLoad = median(xmiLoads);
        long derbyLoad = median(derbyLoads);
        report.line("full load        XMI %,7d ms   Derby %,7d ms   Derby/XMI = %.2f (target <= 1.00)",
                millis(xmiLoad), millis(derbyLoad), (double) derbyLoad / xmiLoad);
        report.line("peak heap, load  XMI %,7d MB   Derby %,7d MB", xmiPeak >> 20, derbyPeak >> 20);

        compareOneEdit(db, xmi);
        report.write(Measure.reportFile("store-benchmark"));
    }

    private void compareOneEdit(Path db, Path xmi) throws Exception {
        DatabaseResource stored = loadDerby(db);
        Resource file = loadXmi(xmi);
        // Each side measured in its own rounds, so neither pays for the other's garbage.
        List<Long> commits = new ArrayList<>();
        List<Long> resaves = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i <= ROUNDS; i++) {
            rename(stored, i, "Renamed " + i);
            long commit = timed(() -> stored.save(null));
            if (i > 0) { // the first round warms up
                commits.add(commit);
                rows = stored.lastSave().rowsWritten();
            }
        }
        for (int i = 0; i <= ROUNDS; i++) {
            rename(file, i, "Renamed " + i);
            long resave = timed(() -> file.save(XMI_OPTIONS));
            if (i > 0) {
                resaves.add(resave);
            }
        }
        long commit = median(commits);
        long resave = median(resaves);
        report.line("one-edit save    XMI re-save %,7.1f ms   Derby commit %,7.2f ms (%d row)   XMI/Derby = %,.0f× (target >= 100×)",
                resave / 1e6, commit / 1e6, rows, (double) resave / commit);
        stored.unload();
        file.unload();
    }

    private static void rename(Resource resource, int i, String name) {
        Portfolio portfolio = (Portfolio) resource.getContents().get(0);
        Account account = portfolio.getAccounts().get(1 + i * 997 % portfolio.getAccounts().size());
        account.setName(name);
    }

    private long createBoth(int accounts, int contactsPerAccount, Path db, Path xmi) throws IOException {
        Date today = Date.from(LocalDate.of(2026, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Portfolio portfolio = GeneratedPortfolio.generate(accounts, contactsPerAccount, 8, 100, 42, today);
        DatabaseResource stored = AtlasDatabase.create(new ResourceSetImpl(), db);
        stored.getContents().add(portfolio);
        long firstSave = timed(() -> stored.save(null));
        report.line("first save to Derby: %,d ms, %,d rows", millis(firstSave), stored.lastSave().rowsWritten());
        XMIResourceImpl file = new XMIResourceImpl(URI.createFileURI(xmi.toString()));
        file.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        file.getContents().add(portfolio);
        file.save(XMI_OPTIONS);
        long objects = 1;
        for (var it = portfolio.eAllContents(); it.hasNext(); it.next()) {
            objects++;
        }
        stored.unload();
        return objects;
    }

    private static DatabaseResource loadDerby(Path db) throws IOException {
        return AtlasDatabase.open(new ResourceSetImpl(), db);
    }

    /** XMI as a careful EMF user configures it: an id map, deferred id resolution, a parser pool. */
    private static Resource loadXmi(Path xmi) throws IOException {
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(xmi.toString()));
        resource.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        resource.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, true, XMLResource.OPTION_USE_PARSER_POOL,
                PARSER_POOL));
        return resource;
    }
}
