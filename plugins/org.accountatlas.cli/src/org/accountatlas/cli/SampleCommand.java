package org.accountatlas.cli;

import java.util.Date;
import java.util.concurrent.Callable;

import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Creates a new database holding the sample portfolio. Refuses to touch an existing one.")
final class SampleCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), db.directory());
        Portfolio portfolio = SamplePortfolio.build(new Date());
        resource.getContents().add(portfolio);
        try {
            resource.save(null);
        } finally {
            resource.unload();
        }
        spec.commandLine().getOut().printf("Created %s with the sample portfolio: %d accounts, %d rows.%n",
                db.directory(), portfolio.getAccounts().size(), resource.lastSave().rowsWritten());
        return 0;
    }
}
