package org.accountatlas.cli;

import java.util.Date;
import java.util.List;

import org.accountatlas.diagram.mapping.SampleDiagrams;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Portfolio;
import org.accountatlas.sample.GeneratedPortfolio;
import org.accountatlas.sample.SamplePortfolio;
import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Creates a new database holding the sample portfolio and its diagrams, or a generated "
                + "portfolio of any size. Refuses to touch an existing one.")
final class SampleCommand extends DatabaseCommand {

    @Option(names = "--generated", paramLabel = "ACCOUNTS",
            description = "A generated portfolio instead: this many accounts in groups of 100, 8 levels deep, "
                    + "10 people each (10000 is the benchmark portfolio). No diagrams: create them with new-diagram.")
    Integer generated;

    @Override
    public Integer call() throws Exception {
        if (generated != null && (generated < 1 || generated > 1_000_000)) {
            throw new IllegalArgumentException("--generated takes 1 to 1000000 accounts, not " + generated);
        }
        DatabaseResource resource = AtlasDatabase.create(new ResourceSetImpl(), db.directory());
        Portfolio portfolio = generated == null ? SamplePortfolio.build(new Date())
                : GeneratedPortfolio.generate(generated, 10, 8, 100, 42, new Date());
        resource.getContents().add(portfolio);
        List<Representation> diagrams = generated == null ? SampleDiagrams.of(portfolio) : List.of();
        resource.getContents().addAll(diagrams);
        try {
            resource.save(null);
        } finally {
            resource.unload();
        }
        out().printf("Created %s with the %s portfolio: %d accounts, %d diagrams, %d rows.%n", db.directory(),
                generated == null ? "sample" : "generated", portfolio.getAccounts().size(), diagrams.size(),
                resource.lastSave().rowsWritten());
        return 0;
    }
}
