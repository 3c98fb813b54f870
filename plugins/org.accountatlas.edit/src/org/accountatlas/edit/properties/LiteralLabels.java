package org.accountatlas.edit.properties;

import java.util.MissingResourceException;

import org.accountatlas.model.provider.AtlasEditPlugin;

/**
 * An enumeration literal as every part of the product names it, from the edit bundle's plugin properties in the
 * user's language ("Key strategic", "重要客户"); the constant's name for an enumeration that is not the model's.
 */
public final class LiteralLabels {

    private LiteralLabels() {
    }

    /** The literal's label; empty for null. */
    public static String of(Enum<?> literal) {
        if (literal == null) {
            return "";
        }
        try {
            return AtlasEditPlugin.INSTANCE.getString("_UI_" + literal.getDeclaringClass().getSimpleName() + "_"
                    + literal.name() + "_literal");
        } catch (MissingResourceException notOurs) {
            return literal.name();
        }
    }
}
