package org.accountatlas.store.internal;

/** What the database holds for one object: its id and position as last committed. */
public record RowState(String id, int pos) {
}
