package org.accountatlas.store.internal;

import java.util.List;

/** Opens the package-private constructor of {@link SchemaManager} to tests of other packages. */
public final class SchemaManagerAccess {

    private SchemaManagerAccess() {
    }

    public static SchemaManager withTarget(SqlDialect dialect, SchemaMapping mapping, List<SchemaManager.Migration> migrations,
            int target) {
        return new SchemaManager(dialect, mapping, migrations, target);
    }
}
