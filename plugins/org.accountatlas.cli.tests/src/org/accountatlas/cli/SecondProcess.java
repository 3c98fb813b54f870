package org.accountatlas.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code atlas} commands in a JVM of their own, so a test can kill one in the middle of a write (SIGKILL, as
 * {@code kill -9}) or keep a database busy while another command waits for it. The class path is that of the
 * bundles the tests run on: their jars, or the classes folders of the bundles built in this reactor.
 */
final class SecondProcess {

    private static String classpath;

    private SecondProcess() {
    }

    /** Starts {@code atlas ARGS}; its output and errors go to the log file. */
    static Process start(Path log, Object... args) throws IOException {
        return start(log, java.util.Map.of(), args);
    }

    /** Starts {@code atlas ARGS} with more environment (a server's password); output and errors go to the log. */
    static Process start(Path log, java.util.Map<String, String> environment, Object... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Dderby.stream.error.file=" + log + ".derby",
                "-Daccountatlas.logDirectory=" + log.resolveSibling(log.getFileName() + ".crashes"),
                "-cp", classpath(), AtlasMain.class.getName()));
        for (Object arg : args) {
            command.add(arg.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static synchronized String classpath() throws IOException {
        if (classpath == null) {
            Set<String> entries = new LinkedHashSet<>();
            for (Bundle bundle : FrameworkUtil.getBundle(SecondProcess.class).getBundleContext().getBundles()) {
                File location = FileLocator.getBundleFileLocation(bundle).orElse(null);
                if (location != null) { // the system bundle too: NLS and the runtime's helpers are in it
                    entries.addAll(entriesOf(location.toPath()));
                }
            }
            classpath = String.join(File.pathSeparator, entries);
        }
        return classpath;
    }

    /** A jar bundle is its jar; a bundle of this reactor is its classes folders (tests are fragments). */
    private static List<String> entriesOf(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile())) {
                String bundleClassPath = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Bundle-ClassPath");
                if (bundleClassPath != null && !bundleClassPath.strip().equals(".")) {
                    return List.of(); // jars inside jars: none of the commands a test starts needs them
                }
            }
            return List.of(location.toString());
        }
        List<String> folders = new ArrayList<>();
        for (String folder : new String[] { "target/classes", "target/test-classes", "bin" }) {
            if (Files.isDirectory(location.resolve(folder))) {
                folders.add(location.resolve(folder).toString());
            }
        }
        try (var jars = Files.list(location)) {
            jars.filter(p -> p.toString().endsWith(".jar")).forEach(p -> folders.add(p.toString()));
        }
        return folders.isEmpty() ? List.of(location.toString()) : folders;
    }
}
