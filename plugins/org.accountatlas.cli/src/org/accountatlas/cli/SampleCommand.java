package org.accountatlas.cli;

import java.util.Date;
import java.util.List;

import org.accountatlas.sample.GeneratedPortfolio;
import org.accountatlas.session.AtlasSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Creates a new database holding the sample portfolio and its diagrams, or a generated "
                + "portfolio of any size. Refuses to touch an existing one.")
final class SampleCommand extends DatabaseCommand {

    @Option(names = "--generated", paramLabel = "ACCOUNTS",
            description = "A generated portfolio instead: this many accounts in groups, 10 people each (10000 is "
                    + "the benchmark portfolio). No diagrams: create them with new-diagram.")
    Integer generated;

    @Option(names = "--group-size", paramLabel = "N", defaultValue = "100",
            description = "With --generated: accounts per group (default: ${DEFAULT-VALUE}).")
    int groupSize;

    @Option(names = "--depth", paramLabel = "LEVELS", defaultValue = "8",
            description = "With --generated: levels in each group's hierarchy (default: ${DEFAULT-VALUE}).")
    int depth;

    @Override
    public Integer call() throws Exception {
        if (generated != null && (generated < 1 || generated > 1_000_000)) {
            throw new IllegalArgumentException("--generated takes 1 to 1000000 accounts, not " + generated);
        }
        if (groupSize < 1 || depth < 1 || depth > 100) {
            throw new IllegalArgumentException("--group-size takes 1 or more and --depth 1 to 100, not " + groupSize
                    + " and " + depth);
        }
        AtlasSession.Created created = generated == null
                ? AtlasSession.createWithSample(db.address(), diagrams(), new Date())
                : AtlasSession.create(db.address(), GeneratedPortfolio.generate(generated, 10, depth, groupSize, 42, new Date()),
                        List.of(), diagrams());
        out().printf("Created %s with the %s portfolio: %d accounts, %d diagrams, %d rows.%n", db.address(),
                generated == null ? "sample" : "generated", created.accounts(), created.diagrams(), created.rows());
        return 0;
    }
}
