package org.accountatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.edit.validation.AtlasDiagnostician;
import org.accountatlas.model.validation.StoredText;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the model's rules; prints each problem and exits 1 when there are errors.")
final class ValidateCommand extends DatabaseCommand {

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            AtlasDiagnostician diagnostician = new AtlasDiagnostician();
            try {
                List<Diagnostic> problems = new ArrayList<>(AtlasDiagnostician.problems(diagnostician.validate(resource)));
                problems.addAll(unknownDiagramTypes(resource));
                return report(problems, out());
            } finally {
                diagnostician.dispose();
            }
        });
    }

    /** Diagrams whose type this version does not know: they cannot be drawn or exported. */
    private static List<Diagnostic> unknownDiagramTypes(Resource resource) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Representation representation : DiagramService.diagramsOf(resource)) {
            try {
                DiagramService.descriptionOf(representation);
            } catch (IllegalArgumentException unknown) {
                problems.add(new BasicDiagnostic(Diagnostic.ERROR, "org.accountatlas.cli", 0, "Diagram \""
                        + StoredText.shortened(representation.getName(), 80) + "\": " + unknown.getMessage(),
                        new Object[] { representation }));
            }
        }
        return problems;
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
