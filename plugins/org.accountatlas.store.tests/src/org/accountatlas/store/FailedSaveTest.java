package org.accountatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.accountatlas.model.Account;
import org.accountatlas.model.AtlasFactory;
import org.accountatlas.model.OrgUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connection that drops in the middle of a save: nothing committed, nothing in memory lost. */
class FailedSaveTest {

    @TempDir
    Path dir;

    private final AtomicBoolean dropping = new AtomicBoolean();
    private final AtomicInteger batches = new AtomicInteger();

    @Test
    void aConnectionDroppedMidSaveLeavesTheLastCommitAndKeepsTheEdits() throws Exception {
        Path db = dir.resolve("db");
        StoreFixture.createSample(db).unload();
        DatabaseResource resource = (DatabaseResource) new DatabaseResourceFactory().createResource(AtlasDatabase.uriOf(db));
        resource.decorateConnection(this::droppingAfterFirstBatch);
        resource.load(null);
        Account account = StoreFixture.portfolio(resource).getAccounts().get(2);
        String id = account.getId();
        account.setName("Renamed");
        OrgUnit unit = AtlasFactory.eINSTANCE.createOrgUnit();
        unit.setName("New unit");
        account.getOrgUnits().add(unit);

        dropping.set(true);
        StoreException failure = assertThrows(StoreException.class, () -> resource.save(null));
        assertTrue(failure.getMessage().contains("Could not save"), failure.getMessage());
        assertTrue(batches.get() > 1, "the failure came after part of the save had been sent");
        assertTrue(resource.isModified(), "the edits are still unsaved");
        assertTrue(resource.hasUnsavedChanges());
        assertEquals("Renamed", account.getName(), "the edit is still in memory");
        assertTrue(!"Renamed".equals(StoreFixture.committedValue(db, "ATLAS_ACCOUNT", "NAME", id)), "nothing was committed");
        assertEquals(96, StoreFixture.committedRows(db, "ATLAS_ORG_UNIT"));

        dropping.set(false);
        resource.save(null);
        assertEquals("Renamed", StoreFixture.committedValue(db, "ATLAS_ACCOUNT", "NAME", id));
        DatabaseResource reopened = StoreFixture.reopen(resource);
        Account reloaded = StoreFixture.portfolio(reopened).getAccounts().get(2);
        assertEquals("Renamed", reloaded.getName());
        assertEquals("New unit", reloaded.getOrgUnits().get(reloaded.getOrgUnits().size() - 1).getName());
        reopened.unload();
    }

    private Connection droppingAfterFirstBatch(Connection real) {
        return proxy(Connection.class, real, (method, args, target) -> {
            Object result = invoke(method, target, args);
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement, (m, a, t) -> {
                    if (m.getName().equals("executeBatch") && dropping.get() && batches.incrementAndGet() > 1) {
                        throw new SQLException("connection dropped", "08006");
                    }
                    return invoke(m, t, a);
                });
            }
            return result;
        });
    }

    private interface Handler {
        Object handle(java.lang.reflect.Method method, Object[] args, Object target) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(method, args, target);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, h);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
