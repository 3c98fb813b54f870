package org.accountatlas.store.internal;

import java.util.Calendar;
import java.util.TimeZone;

/** History times are kept in UTC, so clients in different time zones agree on what happened when. */
final class Utc {

    private Utc() {
    }

    /** A new UTC calendar for one JDBC call (calendars are not thread-safe). */
    static Calendar calendar() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
