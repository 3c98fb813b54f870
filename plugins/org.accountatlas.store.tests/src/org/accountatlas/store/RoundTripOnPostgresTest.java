package org.accountatlas.store;

/** The same tests as {@link RoundTripTest}, against a database on a PostgreSQL server. */
class RoundTripOnPostgresTest extends RoundTripTest {

    @Override
    DatabaseAddress newAddress() throws Exception {
        return StoreFixture.serverDatabase();
    }
}
