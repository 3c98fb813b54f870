package org.accountatlas.diagram.internal.expressions;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accountatlas.model.validation.StoredText;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A label as a description writes it: text with values in braces, an optional number format after a colon,
 * lines split by {@code \n}: {@code {name}\n{annualRevenue:#,##0}}. A line whose values are all empty is
 * left out, so a person without a title shows one line. Enumeration values go through the given namer (the
 * EMF.Edit labels, in the user's language).
 */
public final class LabelTemplate {

    private static final Pattern VALUE = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");
    /** Separators (not a minus sign: it may belong to a number) at either end of a line. */
    private static final Pattern DANGLING = Pattern.compile("^[\\s·,;|/–]+|[\\s·,;|/–]+$");

    private record Part(String literal, ValuePath path, String format) {
    }

    private final List<List<Part>> lines = new ArrayList<>();
    private final List<ValuePath> paths = new ArrayList<>();

    private LabelTemplate(String expression) {
        for (String line : expression.replace("\\n", "\n").split("\n", -1)) {
            List<Part> parts = new ArrayList<>();
            Matcher matcher = VALUE.matcher(line);
            int at = 0;
            while (matcher.find()) {
                if (matcher.start() > at) {
                    parts.add(new Part(line.substring(at, matcher.start()), null, null));
                }
                ValuePath path = ValuePath.parse(matcher.group(1));
                paths.add(path);
                parts.add(new Part(null, path, matcher.group(2)));
                at = matcher.end();
            }
            if (at < line.length()) {
                parts.add(new Part(line.substring(at), null, null));
            }
            lines.add(parts);
        }
    }

    private static final java.util.Map<String, LabelTemplate> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Parsed once per expression: a diagram renders the same few labels thousands of times. */
    public static LabelTemplate parse(String expression) {
        return PARSED.computeIfAbsent(expression == null ? "" : expression, LabelTemplate::new);
    }

    /** The label's lines for the element. */
    public List<String> render(EObject element, Function<Enum<?>, String> enumNames) {
        List<String> rendered = new ArrayList<>();
        for (List<Part> line : lines) {
            StringBuilder text = new StringBuilder();
            boolean anyValue = false;
            boolean anyShown = false;
            for (Part part : line) {
                if (part.literal() != null) {
                    text.append(part.literal());
                    continue;
                }
                anyValue = true;
                // What XML cannot carry is left out: an SVG, a PDF or a slide must never fail on a name.
                String value = StoredText.printable(format(part.path().evaluate(element), part.format(), enumNames));
                anyShown |= !value.isEmpty();
                text.append(value);
            }
            if (!anyValue || anyShown) {
                // A separator left hanging by a blank value ("· Σ 5" for "{revenue} · Σ {@rolledUp}") goes too.
                String line1 = anyValue ? DANGLING.matcher(text.toString().strip()).replaceAll("")
                        : text.toString().strip();
                if (!line1.isEmpty()) {
                    rendered.add(line1);
                }
            }
        }
        return rendered;
    }

    /** The widest a node's label line gets, in columns (a Chinese character takes two), before it wraps. */
    public static final int WRAP_COLUMNS = 32;

    /**
     * The lines wrapped at spaces so none is wider than {@code columns} (a word longer than that, or text
     * without spaces such as Chinese, is cut where the width runs out): long job titles and department names
     * make tall boxes instead of very wide ones, which keeps maps compact.
     */
    public static List<String> wrap(List<String> lines, int columns) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            while (width(rest) > columns) {
                int cut = cutAt(rest, columns);
                wrapped.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            if (!rest.isEmpty()) {
                wrapped.add(rest);
            }
        }
        return wrapped;
    }

    /** Where to break the text so the first part is at most {@code columns} wide: after the last space that fits. */
    private static int cutAt(String text, int columns) {
        int used = 0;
        int lastSpace = -1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int w = columnsOf(codePoint);
            if (used + w > columns) {
                break;
            }
            used += w;
            if (Character.isWhitespace(codePoint)) {
                lastSpace = i;
            }
            i += Character.charCount(codePoint);
        }
        return lastSpace > 0 ? lastSpace + 1 : Math.max(i, Character.charCount(text.codePointAt(0)));
    }

    private static int width(String text) {
        return text.codePoints().map(LabelTemplate::columnsOf).sum();
    }

    /** Two columns for East Asian wide characters, one for the rest. */
    private static int columnsOf(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || codePoint >= 0xFF00 && codePoint <= 0xFFEF || codePoint >= 0x3000 && codePoint <= 0x303F ? 2 : 1;
    }

    private static String format(Object value, String format, Function<Enum<?>, String> enumNames) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> literal) {
            return enumNames.apply(literal);
        }
        if (value instanceof Number number && format != null) {
            return new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
        }
        if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }

    /** Null when every value fits the class; otherwise what is wrong. */
    public String problemFor(EClass type) {
        for (ValuePath path : paths) {
            String problem = path.problemFor(type);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
