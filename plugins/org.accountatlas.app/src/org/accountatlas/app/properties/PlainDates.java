package org.accountatlas.app.properties;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Dates as planners write them (2026-11-23), in the local time zone; EMF's own format carries the time of day. */
final class PlainDates {

    private PlainDates() {
    }

    static String format(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }

    /** The date, or null for an empty text; throws DateTimeParseException for anything else. */
    static Date parse(String text) throws DateTimeParseException {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Date.from(LocalDate.parse(text.strip()).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
