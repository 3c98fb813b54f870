package org.accountatlas.store;

import java.io.IOException;

/** A store failure with a message fit for users: what happened and, where possible, what to do. */
public class StoreException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A failure described by the message, which names the database. */
    public StoreException(String message) {
        super(message);
    }

    /** A failure described by the message, caused by the database's own exception. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
