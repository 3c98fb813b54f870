package org.accountatlas.store;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;

/**
 * Where a portfolio is kept: a directory holding an embedded Derby database, or a database on a PostgreSQL
 * server ({@code postgresql://[USER@]HOST[:PORT]/DB[?sslmode=require]}). The password is never part of the
 * address: it comes from {@link ServerPasswords} when a connection is made.
 */
public sealed interface DatabaseAddress permits DatabaseAddress.Embedded, DatabaseAddress.Server {

    /** The URI scheme of server addresses. */
    String SERVER_SCHEME = "postgresql";

    /** The EMF URI a {@link DatabaseResource} for this address has. */
    URI uri();

    /** A short name for titles: the directory's name, or the server database's. */
    String shortName();

    /** True for a database shared through a server. */
    default boolean isServer() {
        return this instanceof Server;
    }

    /**
     * Reads what a user typed after {@code --db}: a server address when it starts with {@code postgresql://},
     * a directory otherwise. A user given apart ({@code --user}) wins over none in the address.
     */
    static DatabaseAddress parse(String text, String user) throws StoreException {
        if (text.startsWith(SERVER_SCHEME + "://") || text.startsWith("postgres://")) {
            Server server = Server.parse(text);
            return user == null || user.isBlank() ? server : server.withUser(user);
        }
        return new Embedded(Path.of(text).toAbsolutePath().normalize());
    }

    /** The address of a resource URI ({@code atlasdb:} for a directory, {@code postgresql:} for a server). */
    static DatabaseAddress of(URI uri) {
        if (SERVER_SCHEME.equals(uri.scheme())) {
            try {
                return Server.parse(uri.toString());
            } catch (StoreException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return new Embedded(Path.of(URI.decode(uri.path())));
    }

    /** A Derby database in a directory of this machine. */
    record Embedded(Path directory) implements DatabaseAddress {

        @Override
        public URI uri() {
            return AtlasDatabase.uriOf(directory);
        }

        @Override
        public String shortName() {
            return directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
        }

        @Override
        public String toString() {
            return directory.toString();
        }
    }

    /**
     * A PostgreSQL database. Only connection settings that are safe to show travel with it (TLS mode and
     * root certificate, timeouts); never a password.
     */
    record Server(String host, int port, String database, String user, Map<String, String> settings)
            implements DatabaseAddress {

        /** The settings an address may carry, passed on to the JDBC driver as they are. */
        private static final java.util.Set<String> ALLOWED = java.util.Set.of("sslmode", "sslrootcert", "connectTimeout",
                "socketTimeout", "sslcert", "sslkey", "applicationName");

        public Server {
            settings = Map.copyOf(settings);
        }

        static Server parse(String text) throws StoreException {
            java.net.URI parsed;
            try {
                parsed = new java.net.URI(text.replaceFirst("^postgres(ql)?://", "postgresql://"));
            } catch (URISyntaxException e) {
                throw new StoreException("\"" + text + "\" is not a server address: " + e.getReason()
                        + ". Write it as postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=require].");
            }
            String database = parsed.getPath() == null ? "" : parsed.getPath().replaceFirst("^/", "");
            if (parsed.getHost() == null || database.isEmpty() || database.contains("/")) {
                throw new StoreException("\"" + text + "\" names no server or no database. Write it as"
                        + " postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=require].");
            }
            String userInfo = parsed.getUserInfo();
            if (userInfo != null && userInfo.contains(":")) {
                throw new StoreException("The address " + text.replaceAll(":[^:@/]*@", ":***@") + " holds a password;"
                        + " a password on the command line can be read by every user of this machine (ps)."
                        + " Give it in ATLAS_PASSWORD or type it when asked.");
            }
            Map<String, String> settings = new TreeMap<>();
            if (parsed.getRawQuery() != null) {
                for (String pair : parsed.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    String key = URI.decode(kv[0]);
                    if (!ALLOWED.contains(key)) {
                        throw new StoreException("The address " + text + " sets \"" + key + "\", which Account Atlas"
                                + " does not pass on; it knows " + new java.util.TreeSet<>(ALLOWED) + ".");
                    }
                    settings.put(key, kv.length > 1 ? URI.decode(kv[1]) : "");
                }
            }
            String sslmode = settings.get("sslmode");
            if (sslmode != null && !java.util.List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
                    .contains(sslmode)) {
                throw new StoreException("sslmode=" + sslmode + " in " + text + " is not a TLS mode: use require,"
                        + " verify-ca or verify-full (or disable).");
            }
            return new Server(parsed.getHost(), parsed.getPort() < 0 ? 5432 : parsed.getPort(), database,
                    userInfo == null ? null : URI.decode(userInfo), settings);
        }

        /** The same server and database, as another user. */
        public Server withUser(String name) {
            return new Server(host, port, database, name, settings);
        }

        /** The user the server is asked to log in: the one named, else this machine's user (as psql does). */
        public String effectiveUser() {
            return user != null ? user : System.getProperty("user.name");
        }

        /** The JDBC URL: host, port, database; the user and password go separately. */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                    + URI.encodeSegment(database, false);
        }

        @Override
        public URI uri() {
            StringBuilder text = new StringBuilder(SERVER_SCHEME).append("://");
            if (user != null) {
                text.append(URI.encodeSegment(user, false)).append('@');
            }
            text.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                    .append(URI.encodeSegment(database, false));
            String query = String.join("&", settings.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URI.encodeQuery(e.getValue(), false)).toList());
            if (!query.isEmpty()) {
                text.append('?').append(query);
            }
            return URI.createURI(text.toString());
        }

        @Override
        public String shortName() {
            return database + " @ " + host;
        }

        @Override
        public String toString() {
            return uri().toString();
        }
    }
}
