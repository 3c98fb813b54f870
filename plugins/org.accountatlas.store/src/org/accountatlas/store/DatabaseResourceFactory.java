package org.accountatlas.store;

import java.util.List;

import org.accountatlas.model.AtlasPackage;
import org.accountatlas.store.internal.DerbyDialect;
import org.accountatlas.store.internal.SchemaMapping;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Makes {@link DatabaseResource}s for {@code atlasdb:} URIs; registered for that scheme in plugin.xml. */
public class DatabaseResourceFactory implements Resource.Factory {

    private static final class DefaultMapping {
        static final SchemaMapping INSTANCE = new SchemaMapping(List.of(AtlasPackage.eINSTANCE));
    }

    @Override
    public Resource createResource(URI uri) {
        return new DatabaseResource(uri, new DerbyDialect(), DefaultMapping.INSTANCE);
    }
}
