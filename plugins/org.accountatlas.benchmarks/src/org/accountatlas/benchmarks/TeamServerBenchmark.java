package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.millis;
import static org.accountatlas.benchmarks.Measure.timed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.accountatlas.model.Account;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.DatabaseResource;
import org.accountatlas.store.SaveConflictException;
import org.accountatlas.store.testing.ThrowawayPostgres;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

/**
 * The team server against the embedded baseline, on the same generated portfolio and in the same run: first
 * save, full load, one-edit commit (PostgreSQL on a local throwaway cluster, so network latency is not in it);
 * then two clients on the server taking turns, 200 saves each (a third one checking after each), on different objects (every save merged) and on
 * the same field (every contradiction caught, none lost).
 */
class TeamServerBenchmark {

    private static final int ROUNDS = 5;
    /** Saves per client in each of the two-client runs. */
    private static final int TURNS = 400;

    private final Measure.Report report = new Measure.Report();

    @Test
    void postgresAgainstDerby() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.sharedOrSkip();
        int accounts = Integer.getInteger("benchmark.accounts", 10_000);
        int contactsPerAccount = Integer.getInteger("benchmark.contactsPerAccount", 10);
        DatabaseAddress derby = new DatabaseAddress.Embedded(Files.createTempDirectory("atlas-team").resolve("db"));
        DatabaseAddress postgres = server.newDatabase("bench");
        report.line("portfolio: %,d accounts, %,d contacts", accounts, accounts * contactsPerAccount);

        long derbyFirst = firstSave(derby, accounts, contactsPerAccount);
        long pgFirst = firstSave(postgres, accounts, contactsPerAccount);
        report.line("first save       Derby %,7d ms   PostgreSQL %,7d ms   PostgreSQL/Derby = %.2f",
                millis(derbyFirst), millis(pgFirst), (double) pgFirst / derbyFirst);

        long derbyLoad = load(derby);
        long pgLoad = load(postgres);
        report.line("full load        Derby %,7d ms   PostgreSQL %,7d ms   PostgreSQL/Derby = %.2f",
                millis(derbyLoad), millis(pgLoad), (double) pgLoad / derbyLoad);

        long derbyCommit = oneEdit(derby);
        long pgCommit = oneEdit(postgres);
        report.line("one-edit commit  Derby %,7.2f ms   PostgreSQL %,7.2f ms   PostgreSQL/Derby = %.2f",
                derbyCommit / 1e6, pgCommit / 1e6, (double) pgCommit / derbyCommit);

        twoClients(postgres, pgCommit);
        report.write(Measure.reportFile("team-server-benchmark"));
    }

    private static long firstSave(DatabaseAddress address, int accounts, int contactsPerAccount) throws Exception {
        Date today = Date.from(LocalDate.of(2026, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Portfolio portfolio = GeneratedPortfolio.generate(accounts, contactsPerAccount, 8, 100, 42, today);
        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), address);
        resource.getContents().add(portfolio);
        long took = timed(() -> resource.save(null));
        resource.unload();
        return took;
    }

    private static long load(DatabaseAddress address) throws Exception {
        AtlasDatabase.open(new ResourceSetImpl(), address).unload(); // warm-up
        List<Long> loads = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            DatabaseResource[] loaded = new DatabaseResource[1];
            loads.add(timed(() -> loaded[0] = AtlasDatabase.open(new ResourceSetImpl(), address)));
            loaded[0].unload();
        }
        return median(loads);
    }

    private static long oneEdit(DatabaseAddress address) throws Exception {
        DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), address);
        List<Long> commits = new ArrayList<>();
        for (int i = 0; i <= ROUNDS * 4; i++) {
            account(resource, 1 + i * 997).setName("Renamed " + i);
            long commit = timed(() -> resource.save(null));
            if (i > 0) {
                commits.add(commit);
            }
        }
        resource.unload();
        return median(commits);
    }

    private static Account account(DatabaseResource resource, int index) {
        List<Account> accounts = AtlasDatabase.portfolioOf(resource).getAccounts();
        return accounts.get(index % accounts.size());
    }

    /** Two people taking turns: first on objects of their own, then both on one field of one account. */
    private void twoClients(DatabaseAddress address, long singleCommit) throws Exception {
        DatabaseResource alice = AtlasDatabase.open(new ResourceSetImpl(), address);
        DatabaseResource bob = AtlasDatabase.open(new ResourceSetImpl(), address);
        DatabaseResource observer = AtlasDatabase.open(new ResourceSetImpl(), address); // a third user, refreshing
        try {
            List<Long> merged = new ArrayList<>();
            for (int turn = 0; turn < TURNS; turn++) {
                DatabaseResource who = turn % 2 == 0 ? alice : bob;
                account(who, turn % 2 == 0 ? 2 * turn : 2 * turn + 1).setRegion("turn " + turn);
                merged.add(timed(() -> who.save(null)));
            }
            observer.refresh();
            int landed = 0;
            for (int turn = 0; turn < TURNS; turn++) {
                landed += ("turn " + turn).equals(account(observer, turn % 2 == 0 ? 2 * turn : 2 * turn + 1).getRegion())
                        ? 1 : 0;
            }
            long perSave = median(merged);
            report.line("2 clients x %d saves, different objects: %d of %d landed, median %,.2f ms per save"
                    + " (%.2f x a lone commit)", TURNS / 2, landed, TURNS, perSave / 1e6, (double) perSave / singleCommit);

            int caught = 0;
            int lost = 0;
            List<Long> refused = new ArrayList<>();
            String lastWritten = null;
            for (int turn = 0; turn < TURNS; turn++) {
                DatabaseResource who = turn % 2 == 0 ? alice : bob;
                String value = "contested " + turn;
                account(who, 7).setIndustry(value);
                long start = System.nanoTime();
                try {
                    who.save(null);
                    lastWritten = value;
                } catch (SaveConflictException conflict) {
                    refused.add(System.nanoTime() - start);
                    caught++;
                    who.resolve(java.util.Map.of(conflict.conflicts().get(0), true)); // keep mine, knowingly
                    who.save(null);
                    lastWritten = value;
                }
                observer.refresh();
                lost += value.equals(account(observer, 7).getIndustry()) ? 0 : 1;
            }
            report.line("2 clients x %d saves, same field: %d of %d contradictions caught (refusal median %,.2f ms),"
                    + " %d writes lost; last value %s", TURNS / 2, caught, TURNS - 1, refused.isEmpty() ? 0.0
                            : median(refused) / 1e6, lost, lastWritten);
        } finally {
            alice.unload();
            bob.unload();
            observer.unload();
        }
    }
}
