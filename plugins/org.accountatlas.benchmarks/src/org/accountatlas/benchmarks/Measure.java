package org.accountatlas.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every benchmark needs: timing, medians, peak heap, and a report printed and written to a file. */
final class Measure {

    private Measure() {
    }

    interface Action {
        void run() throws Exception;
    }

    static long timed(Action action) throws IOException {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return System.nanoTime() - start;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Where a benchmark writes its report: next to the file the build names, under the benchmark's name. */
    static Path reportFile(String name) {
        Path configured = Path.of(System.getProperty("benchmark.report", "benchmark-report.txt"));
        return configured.resolveSibling(name + "-report.txt");
    }

    /** Lines printed as they come and written to a file at the end. */
    static final class Report {
        private final StringBuilder text = new StringBuilder();

        void line(String format, Object... args) {
            String line = String.format(format, args);
            System.out.println("[benchmark] " + line);
            text.append(line).append('\n');
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        }
    }
}
