package org.accountatlas.cli;

import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Prints one 'kind: count' line per kind of element.")
final class InfoCommand extends DatabaseCommand {

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            ModelCounts.of(resource).forEach((kind, count) -> out().println(kind + ": " + count));
            resource.getWarnings().forEach(w -> out().println("warning: " + w.getMessage()));
            return 0;
        });
    }
}
