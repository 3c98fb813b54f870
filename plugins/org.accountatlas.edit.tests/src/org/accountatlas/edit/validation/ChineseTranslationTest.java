package org.accountatlas.edit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.accountatlas.model.AtlasModelPlugin;
import org.accountatlas.model.provider.AtlasEditPlugin;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every name and message users read in English has its Simplified Chinese counterpart. */
class ChineseTranslationTest {

    @Test
    void everyNameOfClassesFeaturesAndValuesIsTranslated() throws IOException {
        // The Properties view and the explorer show every one of them.
        assertTranslated(FrameworkUtil.getBundle(AtlasEditPlugin.class), key -> true);
    }

    @Test
    void everyValidationMessageIsTranslated() throws IOException {
        assertTranslated(FrameworkUtil.getBundle(AtlasModelPlugin.class), key -> key.endsWith("_diagnostic"));
    }

    private static void assertTranslated(Bundle bundle, Predicate<String> userVisible) throws IOException {
        Properties english = load(bundle, "plugin.properties");
        Properties chinese = load(bundle, "plugin_zh.properties");
        TreeSet<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (userVisible.test(key) && !chinese.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), List.copyOf(missing), "untranslated in " + bundle.getSymbolicName());
    }

    private static Properties load(Bundle bundle, String name) throws IOException {
        URL entry = bundle.getEntry(name);
        assertNotNull(entry, name + " in " + bundle.getSymbolicName());
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
