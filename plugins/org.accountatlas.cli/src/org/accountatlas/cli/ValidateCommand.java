package org.accountatlas.cli;

import java.io.PrintWriter;
import java.util.List;

import org.accountatlas.edit.validation.AtlasDiagnostician;
import org.eclipse.emf.common.util.Diagnostic;

import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the model's rules; prints each problem and exits 1 when there are errors.")
final class ValidateCommand extends DatabaseCommand {

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            AtlasDiagnostician diagnostician = new AtlasDiagnostician();
            try {
                return report(AtlasDiagnostician.problems(diagnostician.validate(resource)), out());
            } finally {
                diagnostician.dispose();
            }
        });
    }

    static int report(List<Diagnostic> problems, PrintWriter out) {
        long errors = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        for (Diagnostic problem : problems) {
            out.println((problem.getSeverity() >= Diagnostic.ERROR ? "error" : "warning") + ": " + problem.getMessage());
        }
        out.printf("%d errors, %d warnings%n", errors, problems.size() - errors);
        return errors > 0 ? 1 : 0;
    }
}
