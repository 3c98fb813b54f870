package org.accountatlas.importer;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

/** Finds the enumeration literal a spreadsheet means: by name or literal, ignoring case, spaces and dashes. */
final class EnumMatcher {

    private EnumMatcher() {
    }

    static EEnumLiteral match(EEnum type, String text) {
        String key = FieldCatalog.normalize(text);
        for (EEnumLiteral literal : type.getELiterals()) {
            if (FieldCatalog.normalize(literal.getName()).equals(key)
                    || FieldCatalog.normalize(literal.getLiteral()).equals(key)) {
                return literal;
            }
        }
        return null;
    }

    static String names(EEnum type) {
        return type.getELiterals().stream().map(EEnumLiteral::getName).collect(Collectors.joining(", "));
    }
}
