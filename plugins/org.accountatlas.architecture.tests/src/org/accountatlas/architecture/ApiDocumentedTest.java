package org.accountatlas.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public method and constructor of a headless bundle's API (its hand-written sources outside internal
 * packages; generated code has EMF's own comments) says what it does in a javadoc comment.
 */
class ApiDocumentedTest {

    private static final Pattern PUBLIC_MEMBER = Pattern.compile(
            "^\\s*public\\s+(?!(?:static\\s+|final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|record|enum)\\b)[^=;]*\\(");

    /** The repository's plugins folder, found from wherever the tests run. */
    static Path plugins() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("plugins").resolve("org.accountatlas.model"))) {
                return dir.resolve("plugins");
            }
        }
        throw new AssertionError("the plugins folder is not above " + Path.of("").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = { "org.accountatlas.model", "org.accountatlas.edit", "org.accountatlas.store",
        "org.accountatlas.analysis", "org.accountatlas.charts", "org.accountatlas.review", "org.accountatlas.diagram",
        "org.accountatlas.diagram.export",
        "org.accountatlas.sample", "org.accountatlas.importer", "org.accountatlas.session" })
    void everyPublicMethodOfTheApiHasJavadoc(String bundle) throws IOException {
        Path sources = plugins().resolve(bundle).resolve("src");
        assertTrue(Files.isDirectory(sources), sources.toString());
        List<String> undocumented = new ArrayList<>();
        List<Path> api;
        try (Stream<Path> files = Files.walk(sources)) {
            api = files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/internal/")).toList();
        }
        for (Path file : api) {
            undocumented.addAll(undocumented(file));
        }
        assertTrue(!api.isEmpty(), "no API sources under " + sources);
        assertEquals(List.of(), undocumented);
    }

    private static List<String> undocumented(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!PUBLIC_MEMBER.matcher(lines.get(i)).find()) {
                continue;
            }
            int above = i - 1;
            while (above >= 0 && lines.get(above).strip().startsWith("@") && !lines.get(above).strip().startsWith("@Override")) {
                above--;
            }
            String previous = above >= 0 ? lines.get(above).strip() : "";
            if (!previous.startsWith("@Override") && !previous.endsWith("*/")) {
                found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return found;
    }
}
