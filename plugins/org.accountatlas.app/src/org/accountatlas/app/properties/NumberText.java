package org.accountatlas.app.properties;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.accountatlas.model.Portfolio;
import org.accountatlas.model.query.ValueKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Numbers as a planner reads them in their locale, by what they stand for: money with thousands separators and
 * the portfolio's currency, percentages, days; read back leniently (separators, currency, "%" and words are
 * ignored), so what is shown can always be typed again.
 */
final class NumberText {

    private final ValueKind kind;
    private final Locale locale;
    private final String currency;

    NumberText(ValueKind kind, EObject owner, Locale locale) {
        this.kind = kind;
        this.locale = locale;
        this.currency = owner == null ? null
                : EcoreUtil.getRootContainer(owner) instanceof Portfolio portfolio ? portfolio.getCurrency() : null;
    }

    String format(Number value) {
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            return value.toString();
        }
        return switch (kind) {
            case MONEY -> money(number);
            case PERCENT -> decimal(number, 2) + "%";
            case RATIO -> decimal(number * 100, 2) + "%";
            case DAYS -> NLS.bind(Messages.Value_days, decimal(number, 0));
            case PLAIN -> value instanceof Double || value instanceof Float ? decimal(number, 6) : value.toString();
        };
    }

    private String money(double amount) {
        Currency known = currency();
        NumberFormat format = known == null ? NumberFormat.getNumberInstance(locale)
                : NumberFormat.getCurrencyInstance(locale);
        if (known != null) {
            format.setCurrency(known);
        }
        boolean whole = amount == Math.rint(amount);
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        String text = format.format(amount);
        return known == null && currency != null && !currency.isBlank() ? text + " " + currency.strip() : text;
    }

    private Currency currency() {
        try {
            return currency == null || currency.isBlank() ? null : Currency.getInstance(currency.strip());
        } catch (IllegalArgumentException notAnIsoCode) {
            return null;
        }
    }

    private String decimal(double number, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(number);
    }

    /** The number the text stands for, in the model's unit (a ratio typed as "10%" is 0.1). */
    String parse(String text) {
        boolean perCent = text.contains("%") || text.contains("\uFF05");
        String plain = plainNumber(text);
        if (plain.isEmpty()) {
            return plain;
        }
        if (kind == ValueKind.RATIO && (perCent || Math.abs(Double.parseDouble(plain)) > 1)) {
            return new BigDecimal(plain).movePointLeft(2).toPlainString();
        }
        return plain;
    }

    /** Digits, one decimal point and a sign: grouping in any of the usual styles and every word dropped. */
    private String plainNumber(String text) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        StringBuilder kept = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (Character.isDigit(c) || c == '-' || c == '.' || c == ',' || c == 'e' || c == 'E') {
                kept.append(c);
            }
        }
        String number = kept.toString().replaceAll("^[eE]+|[eE]+$", "");
        char other = decimal == '.' ? ',' : '.';
        number = number.replace(String.valueOf(other), "");
        // "1.094.605.735": the decimal sign used more than once is grouping too.
        if (number.indexOf(decimal) != number.lastIndexOf(decimal)) {
            number = number.replace(String.valueOf(decimal), "");
        }
        return number.replace(decimal, '.');
    }

    /** How the value is written, for the message when a text does not parse. */
    String example() {
        return switch (kind) {
            case MONEY -> money(1_250_000);
            case PERCENT -> "45%";
            case RATIO -> "10%";
            case DAYS -> "45";
            case PLAIN -> null;
        };
    }
}
