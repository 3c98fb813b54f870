package org.accountatlas.charts;

import java.util.MissingResourceException;

import org.accountatlas.model.provider.AtlasEditPlugin;

/** Enumeration literals as the rest of the product names them ("Key strategic", "重要客户"). */
final class Literals {

    private Literals() {
    }

    static String of(Enum<?> literal) {
        try {
            return AtlasEditPlugin.INSTANCE.getString("_UI_" + literal.getDeclaringClass().getSimpleName() + "_"
                    + literal.name() + "_literal");
        } catch (MissingResourceException notOurs) {
            return literal.name();
        }
    }
}
