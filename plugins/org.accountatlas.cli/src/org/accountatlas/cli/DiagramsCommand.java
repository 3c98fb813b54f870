package org.accountatlas.cli;

import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.model.NamedElement;

import picocli.CommandLine.Command;

@Command(name = "diagrams", mixinStandardHelpOptions = true,
        description = "Lists the diagrams: name, type and the account each is drawn for.")
final class DiagramsCommand extends DatabaseCommand {

    @Override
    public Integer call() throws Exception {
        return withDatabase(resource -> {
            for (Representation diagram : DiagramService.diagramsOf(resource)) {
                String root = diagram.getTarget() instanceof NamedElement named ? named.getName() : "?";
                out().printf("%s\t%s\t%s%n", diagram.getName(), diagram.getDescription(), root);
            }
            return 0;
        });
    }
}
