package org.accountatlas.app.problems;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

/** "2 errors, 1 warning" for the view's description. */
final class ProblemCounts {

    private ProblemCounts() {
    }

    static String describe(List<Diagnostic> problems) {
        long errors = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        return NLS.bind(Messages.Problems_counts, errors, problems.size() - errors);
    }
}
