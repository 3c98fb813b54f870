package org.accountatlas.app.internal.explorer;

import java.util.ConcurrentModificationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Filters as the user types without holding the window: each request cancels the search still running, waits
 * for typing to pause, searches the model in a Job and applies the newest result on the UI thread. Only the
 * last request's result is ever shown.
 */
public final class BackgroundFilter {

    /** How long typing must pause before a search starts. */
    public static final long PAUSE_MS = 150;

    private final ExplorerTree tree;
    private final Display display;
    private final Consumer<ExplorerSearch.Result> shown;
    private Job running;
    private long requested;

    /** Shown is told, on the UI thread, each time a result has been applied (tests and benchmarks wait for it). */
    public BackgroundFilter(ExplorerTree tree, Display display, Consumer<ExplorerSearch.Result> shown) {
        this.tree = tree;
        this.display = display;
        this.shown = shown;
    }

    /** Call on the UI thread with the text as it is now, after each key or quick-filter change. */
    public void request(String text) {
        long generation = ++requested;
        if (running != null) {
            running.cancel();
        }
        ExplorerSearch search = tree.search(text);
        running = new SearchJob(search, generation);
        running.schedule(PAUSE_MS);
    }

    /** Filters again with the same text, as after an edit that may add or remove matches. */
    public void repeat(String text) {
        if (!tree.search(text).isEmpty() || tree.filtering()) {
            request(text);
        }
    }

    private final class SearchJob extends Job {
        private final ExplorerSearch search;
        private final long generation;

        SearchJob(ExplorerSearch search, long generation) {
            super(Messages.Explorer_filtering);
            this.search = search;
            this.generation = generation;
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            ExplorerSearch.Result result;
            try {
                result = search.run(monitor);
            } catch (OperationCanceledException superseded) {
                return Status.CANCEL_STATUS;
            } catch (ConcurrentModificationException editedMeanwhile) {
                // An edit changed a list the search was reading: search again from the start.
                schedule();
                return Status.OK_STATUS;
            }
            if (!monitor.isCanceled() && !display.isDisposed()) {
                display.asyncExec(() -> {
                    if (generation == requested) {
                        tree.apply(result);
                        shown.accept(result);
                    }
                });
            }
            return Status.OK_STATUS;
        }
    }
}
