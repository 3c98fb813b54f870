package org.accountatlas.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A many-valued text attribute (a diagram's active layers) kept in one column: the values one per line,
 * with backslash and line breaks escaped, so any text survives. NULL is the empty list.
 */
final class StringLists {

    private StringLists() {
    }

    static boolean isStringList(EStructuralFeature feature) {
        return feature.isMany() && feature instanceof EAttribute attribute
                && attribute.getEAttributeType().getInstanceClass() == String.class;
    }

    static String join(List<?> values) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String s = String.valueOf(value);
            text.append(s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return text.toString();
    }

    static List<String> split(String text) {
        if (text == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    value.append(c);
                }
            }
            values.add(value.toString());
        }
        return values;
    }
}
