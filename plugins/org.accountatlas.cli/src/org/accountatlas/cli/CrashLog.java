package org.accountatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where an unexpected failure of a command is written in full, so the one line the user reads can name it: a
 * file under the state directory ({@code $XDG_STATE_HOME/account-atlas/logs}, else
 * {@code ~/.local/state/account-atlas/logs}), kept (the launcher's own configuration directory is not).
 */
final class CrashLog {

    private CrashLog() {
    }

    static Path directory() {
        String chosen = System.getProperty("accountatlas.logDirectory");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return org.accountatlas.store.AtlasDatabase.stateDirectory().resolve("logs");
    }

    /** Writes the failure with the command it stopped; answers the file, or null when it could not be written. */
    static Path write(Throwable failure, String[] args) {
        try {
            Path directory = directory();
            Files.createDirectories(directory);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            Path file = directory.resolve("atlas-" + stamp + ".log");
            StringWriter trace = new StringWriter();
            try (PrintWriter out = new PrintWriter(trace)) {
                out.println("atlas " + String.join(" ", args));
                out.println("Java " + Runtime.version() + ", " + System.getProperty("os.name"));
                failure.printStackTrace(out);
            }
            // A stack overflow's trace repeats one frame thousands of times: the first lines tell it.
            String text = trace.toString();
            Files.writeString(file, text.length() > 200_000 ? text.substring(0, 200_000) + "\n..." : text,
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException | RuntimeException notWritable) {
            return null;
        }
    }
}
