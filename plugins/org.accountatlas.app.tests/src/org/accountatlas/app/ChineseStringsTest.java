package org.accountatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;

/**
 * Every message bundle of the user-facing bundles has a complete Simplified Chinese counterpart, so
 * {@code ./atlas -nl zh_CN} never falls back to English for our own strings.
 */
class ChineseStringsTest {

    @ParameterizedTest
    @ValueSource(strings = { "org.accountatlas.app", "org.accountatlas.importer", "org.accountatlas.edit",
        "org.accountatlas.model", "org.accountatlas.diagram", "org.accountatlas.diagram.ui" })
    void everyEnglishStringHasAChineseOne(String bundleName) throws IOException {
        Bundle bundle = Platform.getBundle(bundleName);
        List<URL> english = new ArrayList<>();
        for (String pattern : new String[] { "messages.properties", "app.properties", "plugin.properties",
            "words.properties" }) {
            var entries = bundle.findEntries("/", pattern, true);
            if (entries != null) {
                // Keep the bundle's own files (the search also meets what its fragments or imports bring in).
                Collections.list(entries).stream().filter(u -> u.getHost().startsWith(bundle.getBundleId() + "."))
                        .filter(u -> !u.getPath().contains("/target/")).forEach(english::add);
            }
        }
        assertFalse(english.isEmpty(), "no message bundles found in " + bundleName);
        for (URL url : english) {
            Properties en = load(url);
            Properties zh = load(new URL(url.toString().replace(".properties", "_zh.properties")));
            TreeSet<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(zh.stringPropertyNames());
            assertEquals(new TreeSet<String>(), missing, "untranslated in " + url);
            long chinese = zh.values().stream().filter(v -> v.toString().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
            assertTrue(chinese * 2 >= zh.size(), "mostly Chinese text in the _zh file for " + url);
        }
    }

    private static Properties load(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
