package org.accountatlas.cli;

import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.mapping.SampleDiagrams;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import picocli.CommandLine.Command;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Creates a new database holding the sample portfolio. Refuses to touch an existing one.")
final class SampleCommand extends DatabaseCommand {

    @Override
    public Integer call() throws Exception {
        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), db.directory());
        Portfolio portfolio = SamplePortfolio.build(new Date());
        resource.getContents().add(portfolio);
        List<Representation> diagrams = SampleDiagrams.of(portfolio);
        resource.getContents().addAll(diagrams);
        try {
            resource.save(null);
        } finally {
            resource.unload();
        }
        out().printf("Created %s with the sample portfolio: %d accounts, %d diagrams, %d rows.%n",
                db.directory(), portfolio.getAccounts().size(), diagrams.size(), resource.lastSave().rowsWritten());
        return 0;
    }
}
