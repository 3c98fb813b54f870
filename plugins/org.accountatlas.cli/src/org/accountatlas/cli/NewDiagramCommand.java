package org.accountatlas.cli;

import org.accountatlas.diagram.description.LayoutDirection;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.Account;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new-diagram", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Creates a diagram of an account, lays it out and saves it with the portfolio.")
final class NewDiagramCommand extends DatabaseCommand {

    @Option(names = "--type", required = true, paramLabel = "hierarchy|decision-map|reporting-lines",
            description = "The kind of diagram: an account hierarchy, a decision-maker map (people in their "
                    + "departments), or reporting lines (everyone as one org chart, tagged with their department).")
    String type;

    @Option(names = "--root", required = true, paramLabel = "ACCOUNT", description = "The account, by name or id.")
    String root;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The diagram's name (unique).")
    String name;

    @Option(names = "--direction", paramLabel = "down|right",
            description = "Lay the diagram out top-down (default for both types) or left to right.")
    String direction;

    @Override
    public Integer call() throws Exception {
        LayoutDirection chosen = direction == null ? null
                : LayoutDirection.get(direction.strip().toUpperCase(java.util.Locale.ROOT));
        if (direction != null && chosen == null) {
            throw new IllegalArgumentException("The direction is down or right, not " + direction.strip());
        }
        return withSession(session -> {
            Account account = Accounts.find(session.portfolio(), root);
            Representation diagram = session.diagrams().create(session.resource(), type, account, name, chosen);
            session.save();
            out().printf("Created %s diagram '%s' of %s: %d nodes, %d edges.%n", type, diagram.getName(),
                    account.getName(), diagram.getNodes().size() + childCount(diagram), diagram.getEdges().size());
            return 0;
        });
    }

    private static int childCount(Representation diagram) {
        int[] count = { 0 };
        diagram.getNodes().forEach(n -> n.eAllContents().forEachRemaining(
                e -> count[0] += e instanceof org.accountatlas.diagram.representation.DNode ? 1 : 0));
        return count[0];
    }
}
