package org.accountatlas.diagram.mapping;

import org.accountatlas.model.provider.AtlasEditPlugin;

/** Enumeration values as EMF.Edit labels them ("Key strategic", "关键客户"), for labels and badges. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String of(Enum<?> literal) {
        String key = "_UI_" + literal.getDeclaringClass().getSimpleName() + "_" + literal.name() + "_literal";
        try {
            return AtlasEditPlugin.INSTANCE.getString(key);
        } catch (java.util.MissingResourceException notOurs) {
            return literal.name();
        }
    }
}
