package org.accountatlas.store;

import java.util.ArrayList;
import java.util.List;

import org.accountatlas.model.AtlasPackage;
import org.accountatlas.store.internal.DerbyDialect;
import org.accountatlas.store.internal.PostgresDialect;
import org.accountatlas.store.internal.SqlDialect;
import org.accountatlas.store.internal.SchemaMapping;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Makes {@link DatabaseResource}s for {@code atlasdb:} URIs (Derby) and {@code postgresql:} URIs (a server);
 * registered for both schemes in plugin.xml.
 */
public class DatabaseResourceFactory implements Resource.Factory {

    static final class DefaultMapping {
        static final SchemaMapping INSTANCE = new SchemaMapping(storedPackages(), AtlasPackage.Literals.ACCOUNT);
    }

    /** The URI prefix of Account Atlas's own packages. */
    private static final String OURS = "http://accountatlas.org/";
    /** The annotation by which another of our packages asks to be stored too (the diagram representations). */
    public static final String STORED = "http://accountatlas.org/store";

    /**
     * The portfolio's package, then every registered package of ours that carries the {@link #STORED}
     * annotation, by namespace, so the schema is the same in every process that has the same bundles.
     */
    static List<EPackage> storedPackages() {
        List<EPackage> packages = new ArrayList<>();
        packages.add(AtlasPackage.eINSTANCE);
        List<String> uris = new ArrayList<>(EPackage.Registry.INSTANCE.keySet());
        uris.sort(null);
        for (String uri : uris) {
            if (uri.startsWith(OURS) && !uri.equals(AtlasPackage.eNS_URI)) {
                EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(uri);
                if (ePackage != null && ePackage.getEAnnotation(STORED) != null) {
                    packages.add(ePackage);
                }
            }
        }
        return packages;
    }

    @Override
    public Resource createResource(URI uri) {
        SqlDialect dialect = DatabaseAddress.SERVER_SCHEME.equals(uri.scheme()) ? new PostgresDialect() : new DerbyDialect();
        return new DatabaseResource(uri, dialect, DefaultMapping.INSTANCE);
    }
}
