package org.accountatlas.store;

/** The same tests as {@link DeltaSaveTest}, against a database on a PostgreSQL server. */
class DeltaSaveOnPostgresTest extends DeltaSaveTest {

    @Override
    DatabaseAddress newAddress() throws Exception {
        return StoreFixture.serverDatabase();
    }
}
