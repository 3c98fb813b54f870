package org.accountatlas.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a moment given on the command line, in this machine's time zone: a day ({@code 2026-11-01}) stands for
 * its end, so "as of" a review day includes what was saved that day; a day and time is that minute.
 */
final class Moments implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String text) {
        return parse(text);
    }

    static Instant parse(String text) {
        ZoneId zone = ZoneId.systemDefault();
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date: write yyyy-MM-dd, or yyyy-MM-ddTHH:mm");
        }
    }
}
