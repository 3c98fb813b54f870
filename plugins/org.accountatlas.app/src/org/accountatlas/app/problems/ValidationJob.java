package org.accountatlas.app.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.function.Consumer;

import org.accountatlas.edit.validation.AtlasDiagnostician;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;

/** Validates the portfolio away from the UI thread; an edit made meanwhile makes it start over. */
final class ValidationJob extends Job {

    private final Resource resource;
    private final Consumer<List<Diagnostic>> result;

    ValidationJob(Resource resource, Consumer<List<Diagnostic>> result) {
        super(Messages.Problems_validating);
        this.resource = resource;
        this.result = result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(Messages.Problems_validating, IProgressMonitor.UNKNOWN);
        AtlasDiagnostician diagnostician = new AtlasDiagnostician();
        try {
            List<Diagnostic> problems = new ArrayList<>(AtlasDiagnostician.problems(diagnostician.validate(resource)));
            // What the store read around when the database opened (a value a newer version wrote) is listed too.
            resource.getWarnings().forEach(warning -> problems.add(new org.eclipse.emf.common.util.BasicDiagnostic(
                    Diagnostic.WARNING, "org.accountatlas.store", 0, warning.getMessage(), new Object[0])));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            problems.sort(Comparator.comparingInt(Diagnostic::getSeverity).reversed());
            result.accept(problems);
            return Status.OK_STATUS;
        } catch (ConcurrentModificationException edited) {
            schedule(200);
            return Status.CANCEL_STATUS;
        } finally {
            diagnostician.dispose();
            monitor.done();
        }
    }
}
