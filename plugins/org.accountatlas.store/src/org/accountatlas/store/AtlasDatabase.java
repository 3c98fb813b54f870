package org.accountatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accountatlas.model.Portfolio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** Where databases live and how to open them: the entry point for the command line and the workbench. */
public final class AtlasDatabase {

    public static final String SCHEME = "atlasdb";
    /** Overrides the default database location (a directory). */
    public static final String LOCATION_PROPERTY = "accountatlas.db";

    private AtlasDatabase() {
    }

    /** The {@code atlasdb:} URI of the database in the directory. */
    public static URI uriOf(Path directory) {
        return URI.createURI(SCHEME + ":" + directory.toAbsolutePath().normalize().toUri().getRawPath());
    }

    /** The per-user default: {@code $XDG_DATA_HOME/account-atlas/portfolio}, or under {@code ~/.local/share}. */
    public static Path defaultLocation() {
        String override = System.getProperty(LOCATION_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("account-atlas").resolve("portfolio");
    }

    /**
     * Where per-user state goes (crash logs, automatic backups): the {@code accountatlas.stateDirectory} system
     * property, else {@code $XDG_STATE_HOME/account-atlas}, else {@code ~/.local/state/account-atlas}.
     */
    public static Path stateDirectory() {
        String chosen = System.getProperty("accountatlas.stateDirectory");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        Path state = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return state.resolve("account-atlas");
    }

    /** True when the directory holds a Derby database. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve("service.properties"));
    }

    /** True when the address holds a portfolio: a Derby directory holding a database, or a server database. */
    public static boolean exists(DatabaseAddress address) throws StoreException {
        return address instanceof DatabaseAddress.Embedded embedded ? exists(embedded.directory())
                : ServerSetup.holdsPortfolio((DatabaseAddress.Server) address);
    }

    /** Opens an existing database, in a directory or on a server; fails with a clear message when there is none. */
    public static DatabaseResource open(ResourceSet resourceSet, DatabaseAddress address) throws IOException {
        return open(resourceSet, address, Map.of());
    }

    /** Opens a read-only view of the database as it was at the moment. */
    public static DatabaseResource openAsOf(ResourceSet resourceSet, DatabaseAddress address, java.time.Instant moment)
            throws IOException {
        return open(resourceSet, address, Map.of(DatabaseResource.OPTION_AS_OF, moment));
    }

    private static DatabaseResource open(ResourceSet resourceSet, DatabaseAddress address, Map<String, ?> options)
            throws IOException {
        if (address instanceof DatabaseAddress.Embedded embedded && !exists(embedded.directory())) {
            throw new StoreException("There is no Account Atlas database at " + embedded.directory()
                    + " (create one with: atlas sample --db " + embedded.directory() + ")");
        }
        DatabaseResource resource = newResource(resourceSet, address);
        try {
            resource.load(options);
        } catch (IOException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        }
        if (resource.getContents().stream().noneMatch(Portfolio.class::isInstance)) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw new StoreException(address instanceof DatabaseAddress.Embedded ? "The database at " + address
                    + " holds no portfolio: its creation was interrupted (an earlier version created databases in"
                    + " place). Nothing in it can be used: delete the directory and create the database again, or"
                    + " restore a backup into a new one."
                    : address + " holds no portfolio yet. Copy one there with: atlas copy --from DIR --to " + address);
        }
        return resource;
    }

    /** A new, empty resource for a database that must not exist yet (a directory) or hold nothing (a server). */
    public static DatabaseResource create(ResourceSet resourceSet, DatabaseAddress address) throws StoreException {
        if (address instanceof DatabaseAddress.Embedded embedded) {
            return create(resourceSet, embedded.directory());
        }
        return newResource(resourceSet, address);
    }

    /**
     * Creates a database whole: in a directory as {@link #createWhole(Path, Filling)} does; on a server the first
     * save is one transaction, so a failure or a kill leaves the server as it was.
     */
    public static <T> T createWhole(DatabaseAddress address, Filling<T> filling) throws Exception {
        if (address instanceof DatabaseAddress.Embedded embedded) {
            return createWhole(embedded.directory(), filling);
        }
        DatabaseResource resource = newResource(new ResourceSetImpl(), address);
        try {
            return filling.fill(resource);
        } finally {
            resource.unload();
        }
    }

    /** Opens an existing database; fails with a clear message when there is none. */
    public static DatabaseResource open(ResourceSet resourceSet, Path directory) throws IOException {
        return open(resourceSet, new DatabaseAddress.Embedded(directory), Map.of());
    }

    /** A new, empty resource for a database that must not exist yet; saving it creates the database. */
    public static DatabaseResource create(ResourceSet resourceSet, Path directory) throws StoreException {
        refuseExisting(directory);
        return newResource(resourceSet, directory);
    }

    /** What fills a new database: adds the contents to the resource, saves it, and says what it wrote. */
    @FunctionalInterface
    public interface Filling<T> {
        T fill(DatabaseResource resource) throws Exception;
    }

    /**
     * Creates a database that appears under its name only when complete: it is built in a hidden directory
     * beside it and moved into place once saved and shut down. A failure, or a kill, leaves no directory that
     * looks like a database; what a killed creation left is removed by the next one.
     */
    public static <T> T createWhole(Path directory, Filling<T> filling) throws Exception {
        refuseExisting(directory);
        Path target = directory.toAbsolutePath();
        Files.createDirectories(target.getParent());
        removeAbandonedBuilds(target);
        Path building = target.resolveSibling(BUILDING_PREFIX + target.getFileName() + "." + ProcessHandle.current().pid());
        DatabaseResource resource = newResource(new ResourceSetImpl(), building);
        T result;
        try {
            result = filling.fill(resource);
            resource.unload(); // closes and shuts the database down, so its files can move
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, as refuseExisting made sure
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception | Error e) {
            resource.unload();
            deleteTree(building);
            throw e;
        }
        return result;
    }

    private static final String BUILDING_PREFIX = ".atlas-creating-";

    /**
     * Builds of this directory (creations and restores, {@code .atlas-creating-NAME.PID}) whose process is gone:
     * killed while building. Whatever they hold was never a database under the name, so they go.
     */
    static void removeAbandonedBuilds(Path target) throws IOException {
        Pattern build = Pattern.compile("\\.atlas-(creating|restoring)-" + Pattern.quote(target.getFileName().toString())
                + "\\.(\\d+)");
        try (var siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.toList()) {
                Matcher matcher = build.matcher(sibling.getFileName().toString());
                if (matcher.matches() && ProcessHandle.of(Long.parseLong(matcher.group(2))).isEmpty()) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Deletes a directory and all it holds; nothing when it is not there. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static void refuseExisting(Path directory) throws StoreException {
        if (!Files.exists(directory)) {
            return;
        }
        if (exists(directory)) {
            throw new StoreException(directory + " already holds a database; choose a new directory for the database.");
        }
        if (!isEmptyDirectory(directory)) {
            throw new StoreException(directory + " is not empty and holds no complete Account Atlas database (other "
                    + "files, or a creation an earlier version left unfinished): move it aside or delete it, or "
                    + "choose a new directory.");
        }
    }

    /** The portfolio among the resource's roots (diagram representations are roots too). */
    public static Portfolio portfolioOf(Resource resource) {
        for (Object root : resource.getContents()) {
            if (root instanceof Portfolio portfolio) {
                return portfolio;
            }
        }
        throw new IllegalStateException("The database at " + resource.getURI() + " holds no portfolio");
    }

    private static DatabaseResource newResource(ResourceSet resourceSet, Path directory) {
        return newResource(resourceSet, new DatabaseAddress.Embedded(directory));
    }

    private static DatabaseResource newResource(ResourceSet resourceSet, DatabaseAddress address) {
        var protocols = resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap();
        protocols.putIfAbsent(SCHEME, new DatabaseResourceFactory());
        protocols.putIfAbsent(DatabaseAddress.SERVER_SCHEME, new DatabaseResourceFactory());
        return (DatabaseResource) resourceSet.createResource(address.uri());
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
