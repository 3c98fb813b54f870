package org.accountatlas.importer;

import java.util.List;

import org.eclipse.osgi.util.NLS;

/** An import that cannot go ahead; nothing was changed. Lists every problem found, in file order. */
public final class ImportFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    /** An import refused for the problems, each naming file, line, column and value. */
    public ImportFailedException(List<ImportProblem> problems) {
        super(summarize(problems));
        this.problems = List.copyOf(problems);
    }

    /** An import refused for one problem. */
    public ImportFailedException(ImportProblem problem) {
        this(List.of(problem));
    }

    /** Everything that stopped the import. */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summarize(List<ImportProblem> problems) {
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : NLS.bind(Messages.Problem_andMore, first, problems.size() - 1);
    }
}
