package org.accountatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.accountatlas.diagram.export.Java2DMeasurer;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.session.AtlasSession;
import org.accountatlas.store.DatabaseResource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command working on one database: the shared {@code --db} option, output, and open-use-close. */
abstract class DatabaseCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** What a command does with an open database; the database is closed afterwards, whatever happens. */
    @FunctionalInterface
    interface DatabaseWork {
        int run(DatabaseResource resource) throws Exception;
    }

    /** What a command does with an open session. */
    @FunctionalInterface
    interface SessionWork {
        int run(AtlasSession session) throws Exception;
    }

    int withDatabase(DatabaseWork work) throws Exception {
        return withSession(session -> work.run(session.resource()));
    }

    /** Opens the database in a session (the one the workbench uses too), runs the work, closes it. */
    int withSession(SessionWork work) throws Exception {
        try (AtlasSession session = new AtlasSession(db.address(), diagrams())) {
            if (db.asOf != null) {
                session.asOf(db.asOf);
            }
            AtlasSession opened = db.whenFree(() -> session.open(null));
            // What the store read around (a value a newer version wrote, say) is said, not hidden.
            opened.resource().getWarnings().forEach(w -> err().println("atlas: warning: " + w.getMessage()));
            return work.run(opened);
        }
    }

    /** Diagrams measured and drawn with the export's fonts. */
    static DiagramService diagrams() {
        return new DiagramService(new Java2DMeasurer());
    }
}
