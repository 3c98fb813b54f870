package org.accountatlas.store;

/** The database is open in another process: nothing is wrong with it, it is only not free now. */
public final class DatabaseBusyException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** The message names the database and says what to do. */
    public DatabaseBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
