package org.accountatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

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

    /** What a command does with an open database; the database is closed afterwards, whatever happens. */
    @FunctionalInterface
    interface DatabaseWork {
        int run(DatabaseResource resource) throws Exception;
    }

    int withDatabase(DatabaseWork work) throws Exception {
        DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), db.directory());
        try {
            return work.run(resource);
        } finally {
            resource.unload();
        }
    }
}
