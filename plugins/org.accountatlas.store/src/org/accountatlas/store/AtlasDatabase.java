package org.accountatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.accountatlas.model.Portfolio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

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

    /** True when the directory holds a Derby database. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve("service.properties"));
    }

    /** Opens an existing database; fails with a clear message when there is none. */
    public static DatabaseResource open(ResourceSet resourceSet, Path directory) throws IOException {
        if (!exists(directory)) {
            throw new StoreException("There is no Account Atlas database at " + directory
                    + " (create one with: atlas sample --db " + directory + ")");
        }
        DatabaseResource resource = newResource(resourceSet, directory);
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        }
        if (resource.getContents().stream().noneMatch(Portfolio.class::isInstance)) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw new StoreException("The database at " + directory + " holds no portfolio.");
        }
        return resource;
    }

    /** A new, empty resource for a database that must not exist yet; saving it creates the database. */
    public static DatabaseResource create(ResourceSet resourceSet, Path directory) throws StoreException {
        if (Files.exists(directory) && (exists(directory) || !isEmptyDirectory(directory))) {
            throw new StoreException(directory + " already exists; choose a new directory for the database.");
        }
        return newResource(resourceSet, directory);
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
        resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap()
                .putIfAbsent(SCHEME, new DatabaseResourceFactory());
        return (DatabaseResource) resourceSet.createResource(uriOf(directory));
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
