package org.accountatlas.benchmarks;

import static org.accountatlas.benchmarks.Measure.median;
import static org.accountatlas.benchmarks.Measure.millis;
import static org.accountatlas.benchmarks.Measure.timed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.accountatlas.cli.AtlasCommandLine;
import org.junit.jupiter.api.Test;

/**
 * Restoring a portfolio from XMI ({@code atlas import-xmi}) against exporting it ({@code atlas export-xmi}), the
 * baseline, both as a user runs them (the commands, in process), at 1,000 accounts and at the benchmark size;
 * and the database's own backup and its restore ({@code atlas backup}, {@code atlas restore}).
 * Restore validates the whole file before writing anything, so it may cost a few exports, never the square of
 * one (it took 154 s for 2,000 accounts while each id look-up walked the file).
 */
class RestoreBenchmark {

    private static final int ROUNDS = 3;

    private final Measure.Report report = new Measure.Report();

    @Test
    void restoreAgainstExport() throws Exception {
        int largest = Integer.getInteger("benchmark.accounts", 10_000);
        for (int accounts : largest > 1_000 ? new int[] { 1_000, largest } : new int[] { largest }) {
            measure(accounts);
        }
        report.write(Measure.reportFile("restore"));
    }

    private void measure(int accounts) throws IOException {
        Path work = Files.createTempDirectory("atlas-restore-benchmark");
        try {
            Path source = work.resolve("source");
            atlas("sample", "--db", source.toString(), "--generated", String.valueOf(accounts));
            Path xmi = work.resolve("portfolio.xmi");
            List<Long> exports = new ArrayList<>();
            List<Long> restores = new ArrayList<>();
            for (int round = 0; round <= ROUNDS; round++) {
                long export = timed(() -> atlas("export-xmi", "--db", source.toString(), xmi.toString()));
                Path target = work.resolve("restored-" + round);
                long restore = timed(() -> atlas("import-xmi", "--db", target.toString(), xmi.toString()));
                if (round > 0) { // the first round warms up
                    exports.add(export);
                    restores.add(restore);
                }
            }
            Path archive = work.resolve("backup.zip");
            long backup = timed(() -> atlas("backup", "--db", source.toString(), "--to", archive.toString()));
            long restoreBackup = timed(() -> atlas("restore", "--from", archive.toString(), "--db",
                    work.resolve("from-backup").toString()));
            report.line("backup:  %,6d accounts: backup %,6d ms (archive %,d MB), restore %,6d ms", accounts,
                    millis(backup), Files.size(archive) >> 20, millis(restoreBackup));
            long export = median(exports);
            long restore = median(restores);
            report.line("restore: %,6d accounts, XMI %,d MB: export %,6d ms, restore %,6d ms = %.1f× the export "
                    + "(target < 3×)", accounts, Files.size(xmi) >> 20, millis(export), millis(restore),
                    (double) restore / export);
        } finally {
            delete(work);
        }
    }

    private static void atlas(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AtlasCommandLine.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        if (exit != 0) {
            throw new IllegalStateException("atlas " + String.join(" ", args) + " failed: " + err);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
