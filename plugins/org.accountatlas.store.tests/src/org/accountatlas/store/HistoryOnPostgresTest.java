package org.accountatlas.store;

/** The same tests as {@link HistoryTest}, against a database on a PostgreSQL server. */
class HistoryOnPostgresTest extends HistoryTest {

    @Override
    DatabaseAddress newAddress() throws Exception {
        return StoreFixture.serverDatabase();
    }
}
