package org.accountatlas.importer;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.osgi.util.NLS;

/**
 * Turns exported text into attribute values, accepting what CRMs and spreadsheets write: {@code NULL} for
 * nothing, grouped numbers ({@code 1,234.5}), a trailing percent sign, ISO dates with or without a time
 * ({@code 2018-10-24T23:15:19.000+0000}), day-first dates ({@code 28/01/2006}) and enumerations by name,
 * literal or a value map. Anything else is refused with a message saying what was expected.
 */
final class ValueConverter {

    private static final Set<String> NULLS = Set.of("", "NULL", "null", "\\N");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** Thousands set apart by spaces (plain, no-break, narrow) or apostrophes: 1 094 605 735, 1'094'605.5. */
    private static final Pattern SPACED = Pattern.compile("[+-]?\\d{1,3}([ \\u00A0\\u202F']\\d{3})+([.,]\\d+)?");
    /** Thousands set apart by dots, a comma before the decimals: 1.094.605 or 1.094,5 (one dot alone is decimal). */
    private static final Pattern DOTTED = Pattern.compile("[+-]?\\d{1,3}((\\.\\d{3}){2,}(,\\d+)?|\\.\\d{3},\\d+)");
    /** A time after the day, as exports write it: 23:15, 23:15:19, 23:15:19.000+0000, 23:15Z, 11:15 PM. */
    private static final String TIME = "(\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?\\s*([AaPp][Mm]|Z|[+-]\\d{2}:?\\d{2})?)";
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ]" + TIME + ")?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})( " + TIME + ")?");
    /** Longer number texts are refused before parsing: a million digits would cost seconds to read. */
    private static final int MOST_NUMBER_CHARACTERS = 400;

    private final boolean monthFirst;
    /** The zero of the digits the file's locale writes ('0' unless the user chose one with other digits). */
    private final char zeroDigit;

    ValueConverter(boolean monthFirst) {
        this(monthFirst, null);
    }

    /** A converter also reading the digits the locale writes numbers with (null: the digits 0-9 only). */
    ValueConverter(boolean monthFirst, Locale numberLocale) {
        this.monthFirst = monthFirst;
        this.zeroDigit = numberLocale == null ? '0' : DecimalFormatSymbols.getInstance(numberLocale).getZeroDigit();
    }

    /** True for the texts exports use for "no value". */
    static boolean isNull(String text) {
        return NULLS.contains(text.strip());
    }

    /** The value for an attribute; null for a null text. Throws {@link BadValue} with the reason. */
    Object convert(EAttribute attribute, String text, Map<String, Enumerator> valueMap) throws BadValue {
        if (isNull(text)) {
            return null;
        }
        String value = text.strip();
        EClassifier type = attribute.getEAttributeType();
        if (type instanceof EEnum enumeration) {
            return enumerator(enumeration, value, valueMap);
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == String.class) {
            return value;
        }
        if (instanceClass == double.class || instanceClass == Double.class) {
            return number(value).doubleValue();
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return wholeNumber(value);
        }
        if (instanceClass == Date.class) {
            return date(value);
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return bool(value);
        }
        throw new BadValue(NLS.bind(Messages.Value_unsupported, type.getName()));
    }

    private static Enumerator enumerator(EEnum type, String value, Map<String, Enumerator> valueMap)
            throws BadValue {
        Enumerator mapped = valueMap.get(FieldCatalog.normalize(value));
        if (mapped != null) {
            return mapped;
        }
        EEnumLiteral literal = EnumMatcher.match(type, value);
        if (literal == null) {
            throw new BadValue(NLS.bind(Messages.Value_notLiteral, EnumMatcher.names(type)));
        }
        return literal.getInstance();
    }

    BigDecimal number(String text) throws BadValue {
        if (text.length() > MOST_NUMBER_CHARACTERS) {
            throw new BadValue(NLS.bind(Messages.Value_numberTooLong, MOST_NUMBER_CHARACTERS));
        }
        String value = asciiDigits(text);
        String digits = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
        if (GROUPED.matcher(digits).matches()) {
            digits = digits.replace(",", "");
        } else if (SPACED.matcher(digits).matches()) {
            digits = digits.replaceAll("[ \u00A0\u202F']", "").replace(',', '.');
        } else if (DOTTED.matcher(digits).matches()) {
            digits = digits.replace(".", "").replace(',', '.');
        }
        try {
            BigDecimal number = new BigDecimal(digits);
            if (Math.abs(number.doubleValue()) > 1e15) {
                throw new BadValue(Messages.Value_tooLarge);
            }
            if (number.signum() != 0 && number.doubleValue() == 0) {
                throw new BadValue(Messages.Value_tooSmall); // 1e-400 would be stored as 0
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadValue(Messages.Value_notNumber);
        }
    }

    /**
     * The text with the locale's digits written 0-9. Other digits are refused: BigDecimal reads ٣ or ３ as 3,
     * but in a file of another locale's numbers they more likely are a mistake.
     */
    private String asciiDigits(String text) throws BadValue {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (zeroDigit != '0' && c >= zeroDigit && c <= zeroDigit + 9) {
                ascii.append((char) ('0' + c - zeroDigit));
            } else if (Character.isDigit(c) && (c < '0' || c > '9')) {
                throw new BadValue(Messages.Value_nonAsciiDigits);
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private int wholeNumber(String value) throws BadValue {
        BigDecimal number = number(value);
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new BadValue(Messages.Value_notWholeNumber);
        }
    }

    private Date date(String value) throws BadValue {
        int year;
        int month;
        int day;
        Matcher iso = ISO_DAY.matcher(value);
        Matcher slashed = SLASHED.matcher(value);
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (slashed.matches()) {
            int first = Integer.parseInt(slashed.group(1));
            int second = Integer.parseInt(slashed.group(2));
            year = Integer.parseInt(slashed.group(3));
            month = monthFirst ? first : second;
            day = monthFirst ? second : first;
        } else {
            throw new BadValue(Messages.Value_notDate);
        }
        if (year < 1000) {
            throw new BadValue(NLS.bind(Messages.Value_yearOutOfRange, year)); // year 0 became 0001-01-03
        }
        try {
            return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
        } catch (java.time.DateTimeException e) {
            throw new BadValue(monthFirst ? Messages.Value_noSuchDayMonthFirst : Messages.Value_noSuchDay);
        }
    }

    private static boolean bool(String value) throws BadValue {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new BadValue(Messages.Value_notBoolean);
        };
    }

    /** A text that is not a value of the expected type; the message says what was expected. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message);
        }
    }
}
