package org.accountatlas.app.imports;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.Supplier;

import org.accountatlas.importer.ImportFailedException;
import org.accountatlas.importer.ImportProblem;
import org.accountatlas.importer.ImportSummary;
import org.accountatlas.importer.Importer;
import org.accountatlas.importer.MappingSpec;
import org.accountatlas.model.Portfolio;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Last page: the dry run. The import is made on a copy of the portfolio and the page shows what it would do
 * (created, updated, unchanged, skipped, and why) or every problem that stops it. Nothing is written here.
 */
final class ImportReviewPage extends WizardPage {

    private final ImportRequest request;
    private final Supplier<Portfolio> portfolio;
    private final Supplier<MappingSpec> mapping;
    private Text report;
    private boolean ready;

    ImportReviewPage(ImportRequest request, Supplier<Portfolio> portfolio, Supplier<MappingSpec> mapping) {
        super("review");
        this.request = request;
        this.portfolio = portfolio;
        this.mapping = mapping;
        setTitle(Messages.Import_reviewTitle);
        setDescription(Messages.Import_reviewDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        report = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 300).applyTo(report);
        Label after = new Label(page, SWT.WRAP);
        after.setText(Messages.Import_afterFinish);
        GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(after);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            dryRun();
        }
    }

    boolean isReady() {
        return ready;
    }

    private void dryRun() {
        ready = false;
        request.mapping = mapping.get();
        StringBuilder text = new StringBuilder();
        try {
            Object[] outcome = new Object[1];
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(Messages.Import_checking, IProgressMonitor.UNKNOWN);
                try {
                    outcome[0] = request.dryRun(portfolio.get());
                } catch (ImportFailedException e) {
                    outcome[0] = e;
                } finally {
                    monitor.done();
                }
            });
            if (outcome[0] instanceof ImportFailedException failure) {
                text.append(Messages.Import_cannotImport).append('\n');
                failure.problems().forEach(p -> text.append("  ").append(p.describe(ImportReviewPage::choiceFor)).append('\n'));
                setErrorMessage(failure.problems().get(0).describe(ImportReviewPage::choiceFor));
            } else {
                @SuppressWarnings("unchecked")
                List<ImportSummary> summaries = (List<ImportSummary>) outcome[0];
                summaries.forEach(s -> describe(s, text));
                setErrorMessage(null);
                ready = true;
            }
        } catch (InvocationTargetException e) {
            text.append(e.getCause());
            setErrorMessage(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        report.setText(text.toString());
        setPageComplete(ready);
    }

    private static void describe(ImportSummary summary, StringBuilder text) {
        text.append(Importer.kindLabel(summary.kind())).append(" \u2014 ").append(summary.counts());
        if (summary.filtered() > 0) {
            text.append(org.eclipse.osgi.util.NLS.bind(Messages.Import_filtered, summary.filtered()));
        }
        text.append('\n');
        summary.notes().forEach(n -> text.append("  \u2022 ").append(n).append('\n'));
        for (ImportProblem skipped : summary.skipped()) {
            text.append("  \u2717 ").append(skipped.describe(ImportReviewPage::choiceFor)).append('\n');
        }
    }

    /** How to choose an import option in this wizard. */
    static String choiceFor(ImportProblem.Remedy remedy) {
        return switch (remedy) {
            case ORPHANS_AS_ROOTS -> Messages.Import_remedyOrphans;
            case ACCOUNT -> Messages.Import_remedyAccount;
            case MAP_NAME -> Messages.Import_remedyMapName;
        };
    }
}
