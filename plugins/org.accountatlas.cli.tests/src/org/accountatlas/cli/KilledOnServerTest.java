package org.accountatlas.cli;

import static org.accountatlas.cli.Atlas.atlas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.DatabaseResource;
import org.accountatlas.store.ServerPasswords;
import org.accountatlas.store.testing.ThrowawayPostgres;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client killed (SIGKILL) while it imports into a server database: the server keeps all of the import or
 * none of it, and another client connected all along saves as if nothing happened.
 */
class KilledOnServerTest {

    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheServerWholeAndOthersUnaffected() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.sharedOrSkip();
        Path sample = dir.resolve("sample");
        assertEquals(0, atlas("sample", "--db", sample).code());
        Path csv = dir.resolve("accounts.csv");
        StringBuilder rows = new StringBuilder("Id,Name,ParentId,AnnualRevenue\n");
        for (int i = 0; i < 2_000; i++) {
            rows.append("S").append(i).append(",Server Kill ").append(i).append(',')
                    .append(i % 10 == 0 ? "" : "S" + (i - i % 10)).append(',').append(500 + i).append('\n');
        }
        Files.writeString(csv, rows);
        Map<String, String> password = Map.of(ServerPasswords.ENVIRONMENT_VARIABLE,
                server.passwordOf(ThrowawayPostgres.SUPERUSER));

        DatabaseAddress.Server whole = copyOfSample(server, sample);
        String oldInfo = atlas("info", "--db", whole).out();
        long start = System.nanoTime();
        Process complete = SecondProcess.start(dir.resolve("whole.log"), password, "import", "--db", whole, "--kind",
                "accounts", csv);
        assertTrue(complete.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, complete.exitValue(), Files.readString(dir.resolve("whole.log")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String newInfo = atlas("info", "--db", whole).out();

        Random random = new Random(42);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            DatabaseAddress.Server target = copyOfSample(server, sample);
            DatabaseResource bystander = AtlasDatabase.open(new ResourceSetImpl(), target);
            try {
                Process process = SecondProcess.start(dir.resolve("run" + i + ".log"), password, "import", "--db",
                        target, "--kind", "accounts", csv);
                if (!process.waitFor((long) (millis * (0.4 + 1.2 * random.nextDouble())), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(1, TimeUnit.MINUTES);
                }
                String info = atlas("info", "--db", target).out();
                assertTrue(info.equals(oldInfo) || info.equals(newInfo), "all or nothing: " + info);
                outcomes.add(info.equals(newInfo) ? "new" : "old");
                AtlasDatabase.portfolioOf(bystander).getAccounts().get(2).setRegion("bystander " + i);
                bystander.save(null);
            } finally {
                bystander.unload();
            }
            DatabaseResource reread = AtlasDatabase.open(new ResourceSetImpl(), target);
            try {
                assertEquals("bystander " + i, AtlasDatabase.portfolioOf(reread).getAccounts().get(2).getRegion());
            } finally {
                reread.unload();
            }
        }
        System.out.printf("server import (%d ms whole): %s%n", millis, outcomes);
    }

    private DatabaseAddress.Server copyOfSample(ThrowawayPostgres server, Path sample) throws Exception {
        DatabaseAddress.Server target = server.newDatabase("killed");
        Atlas.Run copy = atlas("copy", "--from", sample, "--to", target);
        assertEquals(0, copy.code(), copy.err());
        return target;
    }
}
