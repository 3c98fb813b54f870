package org.accountatlas.diagram.internal.expressions;

import org.accountatlas.model.provider.AtlasEditPlugin;

/** Enumeration values as EMF.Edit labels them ("Key strategic", "关键客户"), for labels and badges. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String of(Enum<?> literal) {
        return org.accountatlas.edit.properties.LiteralLabels.of(literal);
    }

    /** A feature's name as EMF.Edit shows it ("Attitude", "态度"). */
    public static String of(org.eclipse.emf.ecore.EStructuralFeature feature) {
        String key = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature";
        try {
            return AtlasEditPlugin.INSTANCE.getString(key);
        } catch (java.util.MissingResourceException notOurs) {
            return feature.getName();
        }
    }
}
