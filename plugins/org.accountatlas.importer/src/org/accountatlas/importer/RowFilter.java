package org.accountatlas.importer;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.osgi.util.NLS;

/**
 * Which rows an import takes, by one column: {@code column=value} (equal), {@code column!=value} (not equal)
 * or {@code column~pattern} (a regular expression found in the value). Values are compared stripped.
 */
public record RowFilter(String column, String operator, String value) {

    /** The filter a {@code --where} option or {@code where} statement writes, or an exception saying why not. */
    public static RowFilter parse(String text) {
        int not = text.indexOf("!=");
        int like = text.indexOf('~');
        int equals = text.indexOf('=');
        String operator;
        int at;
        if (not > 0 && (not < equals || equals < 0) && (like < 0 || not < like)) {
            operator = "!=";
            at = not;
        } else if (like > 0 && (equals < 0 || like < equals)) {
            operator = "~";
            at = like;
        } else if (equals > 0) {
            operator = "=";
            at = equals;
        } else {
            throw new IllegalArgumentException(NLS.bind(Messages.Mapping_badWhere, text));
        }
        RowFilter filter = new RowFilter(text.substring(0, at).strip(), operator,
                text.substring(at + operator.length()).strip());
        if (filter.operator.equals("~")) {
            try {
                Pattern.compile(filter.value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Mapping_badPattern, filter.value,
                        e.getDescription()));
            }
        }
        return filter;
    }

    /** Whether a row whose cell in the column holds the text passes. */
    public boolean accepts(String cell) {
        String text = cell.strip();
        return switch (operator) {
            case "!=" -> !text.equals(value);
            case "~" -> Pattern.compile(value).matcher(text).find();
            default -> text.equals(value);
        };
    }
}
