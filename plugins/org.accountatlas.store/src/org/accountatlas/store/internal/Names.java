package org.accountatlas.store.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** SQL names derived from the Ecore model: {@code Account.annualRevenue} is {@code ATLAS_ACCOUNT.ANNUAL_REVENUE}. */
final class Names {

    private Names() {
    }

    static String table(EClass eClass) {
        return eClass.getEPackage().getNsPrefix().toUpperCase(Locale.ROOT) + "_" + snake(eClass);
    }

    static String column(EStructuralFeature feature) {
        String column = snake(feature);
        return feature instanceof EReference ? column + "_ID" : column;
    }

    private static String snake(ENamedElement element) {
        String name = element.getName();
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }
}
