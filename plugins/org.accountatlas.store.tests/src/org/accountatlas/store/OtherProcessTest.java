package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Another process on the same embedded database: Derby's own ij tool, started as a second JVM. */
class OtherProcessTest {

    @TempDir
    Path dir;

    private Process ij;
    private final StringBuffer output = new StringBuffer();

    @AfterEach
    void stop() throws InterruptedException {
        if (ij != null) {
            ij.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        startIj();
        send("connect 'jdbc:derby:" + db + "';\n");
        awaitOutput("ij> ", 2);

        StoreException e = assertThrows(StoreException.class, () -> AtlasDatabase.open(new ResourceSetImpl(), db));
        assertTrue(e.getMessage().contains("already open in another Account Atlas process"), e.getMessage());
        assertTrue(!e.getMessage().contains("SQLException") && !e.getMessage().contains("XSDB6"), e.getMessage());
    }

    @Test
    void aProcessKilledInTheMiddleOfAWriteLeavesTheLastCommittedState() throws Exception {
        Path db = dir.resolve("db");
        DatabaseResource created = StoreFixture.createSample(db);
        String firstName = StoreFixture.portfolio(created).getAccounts().get(0).getName();
        created.unload();
        startIj();
        send("connect 'jdbc:derby:" + db + "';\nautocommit off;\n"
                + "update \"ATLAS_ACCOUNT\" set \"NAME\" = 'half-written';\n");
        awaitOutput("rows inserted/updated/deleted", 1);
        ij.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ij = null;

        DatabaseResource reopened = AtlasDatabase.open(new ResourceSetImpl(), db);
        try {
            assertEquals(firstName, StoreFixture.portfolio(reopened).getAccounts().get(0).getName());
            assertEquals(42, StoreFixture.portfolio(reopened).getAccounts().size());
        } finally {
            reopened.unload();
        }
    }

    private void startIj() throws IOException {
        List<String> classpath = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (name.equals("derby") || name.equals("derbyshared") || name.equals("derbytools")) {
                classpath.add(FileLocator.getBundleFileLocation(bundle).orElseThrow().getAbsolutePath());
            }
        }
        assertEquals(3, classpath.size(), classpath::toString);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ij = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classpath),
                "-Dderby.stream.error.file=" + dir.resolve("ij-derby.log"), "org.apache.derby.tools.ij")
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> copy(ij.getInputStream()), "ij output");
        reader.setDaemon(true);
        reader.start();
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException ended) {
            // the process was stopped
        }
    }

    private void send(String commands) throws IOException {
        OutputStream in = ij.getOutputStream();
        in.write(commands.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private void awaitOutput(String text, int times) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (occurrences(output.toString(), text) >= times) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ij did not print '" + text + "' " + times + " times: " + output);
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
