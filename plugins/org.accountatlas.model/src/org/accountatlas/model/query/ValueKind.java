package org.accountatlas.model.query;

import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a number stands for, as the Ecore says ({@value #SOURCE}, key {@code kind}): forms, tables and the
 * Properties view format and parse it by this, not by its Java type.
 */
public enum ValueKind {
    /** An amount in the portfolio's currency. */
    MONEY,
    /** 0 to 100, shown with a per cent sign. */
    PERCENT,
    /** A fraction, shown as a percentage (0.1 is 10 %). */
    RATIO,
    /** A number of days. */
    DAYS,
    /** Any other value. */
    PLAIN;

    public static final String SOURCE = "http://accountatlas.org/model/atlas/value";

    /** The kind the Ecore gives the feature; PLAIN when it gives none. */
    public static ValueKind of(EStructuralFeature feature) {
        String kind = feature == null ? null : EcoreUtil.getAnnotation(feature, SOURCE, "kind");
        return kind == null ? PLAIN : valueOf(kind.toUpperCase(Locale.ROOT));
    }
}
