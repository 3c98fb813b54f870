package org.accountatlas.store.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.ServerPasswords;
import org.postgresql.Driver;

/**
 * A PostgreSQL cluster of its own for tests and benchmarks: {@code initdb} into a temporary directory, started
 * with {@code pg_ctl} on a free local port, password logins only (scram-sha-256), stopped when the JVM ends.
 * It uses the server programs of Debian's {@code postgresql} package; where they are missing,
 * {@link #unavailableReason()} says so and the tests that need a server are skipped, not failed.
 */
public final class ThrowawayPostgres {

    /** The superuser the cluster is created with, and its password (a test cluster on a loopback port). */
    public static final String SUPERUSER = "atlas_test_root";
    private static final String SUPERUSER_PASSWORD = "root-" + Long.toHexString(System.nanoTime());

    private static ThrowawayPostgres shared;
    private static String unavailable;

    private final Path directory;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final AtomicInteger databases = new AtomicInteger();

    private ThrowawayPostgres(Path bin) throws IOException, InterruptedException {
        this.bin = bin;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
        this.directory = Files.createTempDirectory(Path.of("/tmp"), "atlas-pg-");
        this.port = freePort();
        passwords.put(SUPERUSER, SUPERUSER_PASSWORD);
        Path passwordFile = directory.resolve("pw");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD);
        if (asPostgresUser) {
            UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(directory, postgres);
            Files.setOwner(passwordFile, postgres);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", directory.resolve("data").toString(), "-U", SUPERUSER,
                "--pwfile=" + passwordFile, "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync"), 120);
        Files.delete(passwordFile);
        startServer();
        ServerPasswords.Source fallback = ServerPasswords.current();
        ServerPasswords.use(server -> {
            String known = server.port() == port ? passwords.get(server.effectiveUser()) : null;
            return known != null ? known.toCharArray() : fallback.passwordFor(server);
        });
    }

    /** The cluster shared by every test of this JVM, started on first use; null when none can run here. */
    public static synchronized ThrowawayPostgres shared() {
        if (shared == null && unavailable == null) {
            Path bin = serverPrograms();
            if (bin == null) {
                unavailable = "PostgreSQL's server programs (Debian package postgresql) are not installed, so the"
                        + " tests against a PostgreSQL server are skipped: sudo apt-get install postgresql";
                return null;
            }
            try {
                shared = new ThrowawayPostgres(bin);
                ThrowawayPostgres started = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
            } catch (IOException | InterruptedException | RuntimeException e) {
                unavailable = "A throwaway PostgreSQL server could not be started, so the tests against a server are"
                        + " skipped: " + e.getMessage();
            }
        }
        return shared;
    }

    /**
     * The shared cluster; where none can run, the calling test is skipped (reported as skipped, with the reason)
     * rather than failed.
     */
    public static ThrowawayPostgres sharedOrSkip() {
        ThrowawayPostgres server = shared();
        if (server == null) {
            throw new org.opentest4j.TestAbortedException(unavailableReason());
        }
        return server;
    }

    /** Why there is no server, or null when there is one. */
    public static synchronized String unavailableReason() {
        shared();
        return unavailable;
    }

    /** The newest installed server programs directory ({@code /usr/lib/postgresql/N/bin}), or null. */
    private static Path serverPrograms() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A new, empty database owned by the superuser; its address names that user. */
    public DatabaseAddress.Server newDatabase(String prefix) throws SQLException {
        String name = (prefix + "_" + databases.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
        try (Connection admin = connect("postgres", SUPERUSER); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0");
        }
        return address(name, SUPERUSER);
    }

    /** The address of a database of this cluster, logging in as the user. */
    public DatabaseAddress.Server address(String database, String user) {
        return new DatabaseAddress.Server("127.0.0.1", port, database, user, Map.of());
    }

    /** A login role with a password this cluster's tests answer with, optionally a member of some roles. */
    public void createUser(String user, String password, String... memberOf) throws SQLException {
        try (Connection admin = connect("postgres", SUPERUSER); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE \"" + user + "\" LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            for (String role : memberOf) {
                statement.execute("GRANT \"" + role + "\" TO \"" + user + "\"");
            }
        }
        passwords.put(user, password);
    }

    /** The password of a user of this cluster, for a second process's environment (ATLAS_PASSWORD). */
    public String passwordOf(String user) {
        return passwords.get(user);
    }

    /** Forgets the password of a user, so connections as it give none (or the given wrong one). */
    public void answerWith(String user, String password) {
        if (password == null) {
            passwords.remove(user);
        } else {
            passwords.put(user, password);
        }
    }

    /** A plain JDBC connection (auto-commit on), as a tool outside Account Atlas would have. */
    public Connection connect(String database, String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", passwords.getOrDefault(user, ""));
        return new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    /** Stops the server, ending every client's connection, and starts it again. */
    public void restart() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast");
        startServer();
    }

    /** Stops the server (clients lose their connections). */
    public void stop() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts the stopped server again on the same port. */
    public void start() throws IOException, InterruptedException {
        startServer();
    }

    public int port() {
        return port;
    }

    private void startServer() throws IOException, InterruptedException {
        pgCtl("start", "-w", "-l", directory.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c full_page_writes=off");
    }

    private void pgCtl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D",
                directory.resolve("data").toString()));
        command.addAll(List.of(arguments));
        run(command, 120);
    }

    private void run(List<String> command, int seconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(output).strip());
        }
    }

    private void destroy() {
        try {
            pgCtl("stop", "-m", "immediate");
        } catch (IOException | InterruptedException ignored) {
            // the JVM is ending; the directory goes either way
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
