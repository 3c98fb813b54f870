package org.accountatlas.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.accountatlas.edit.validation.AtlasDiagnostician;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the model's rules; prints each problem and exits 1 when there are errors.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatabaseResource resource = AtlasDatabase.open(new ResourceSetImpl(), db.directory());
        AtlasDiagnostician diagnostician = new AtlasDiagnostician();
        try {
            List<Diagnostic> problems = AtlasDiagnostician.problems(diagnostician.validate(resource));
            return report(problems, spec.commandLine().getOut());
        } finally {
            diagnostician.dispose();
            resource.unload();
        }
    }

    static int report(List<Diagnostic> problems, PrintWriter out) {
        long errors = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        for (Diagnostic problem : problems) {
            out.println(severity(problem) + ": " + problem.getMessage());
        }
        out.printf("%d errors, %d warnings%n", errors, problems.size() - errors);
        return errors > 0 ? 1 : 0;
    }

    private static String severity(Diagnostic diagnostic) {
        return diagnostic.getSeverity() >= Diagnostic.ERROR ? "error" : "warning";
    }
}
