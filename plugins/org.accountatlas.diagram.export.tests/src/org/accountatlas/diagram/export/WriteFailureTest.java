package org.accountatlas.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A failed write says which file and why, whatever the writer's own words were. */
class WriteFailureTest {

    @Test
    void theWritersWordsGetTheFileAndTheCause() {
        IOException writer = new IOException("I/O error writing PNG file!", new IOException("No space left on device"));
        IOException named = DiagramExporter.namingTheFile(writer, Path.of("/out/map.png"));
        assertEquals("/out/map.png: I/O error writing PNG file! (No space left on device)", named.getMessage());
        assertSame(writer, named.getCause());
    }

    @Test
    void aMessageNamingTheFileAlreadyStaysAsItIs() {
        IOException denied = new IOException("/out/map.png: Permission denied");
        assertSame(denied, DiagramExporter.namingTheFile(denied, Path.of("/out/map.png")));
    }
}
