package org.accountatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Prints one 'kind: count' line per kind of element.")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), db.directory());
        try {
            PrintWriter out = spec.commandLine().getOut();
            ModelCounts.of(resource).forEach((kind, count) -> out.println(kind + ": " + count));
            resource.getWarnings().forEach(w -> out.println("warning: " + w.getMessage()));
        } finally {
            resource.unload();
        }
        return 0;
    }
}
