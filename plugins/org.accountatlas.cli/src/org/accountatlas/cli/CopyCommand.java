package org.accountatlas.cli;

import java.util.Collection;
import java.util.concurrent.Callable;

import org.accountatlas.store.AtlasDatabase;
import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.DatabaseResource;
import org.accountatlas.store.StoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas copy --from A --to B}: moves a portfolio with its diagrams between a directory and a server. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copies a portfolio with its diagrams from one database to a new or empty one (a directory or"
                + " postgresql://…), in one transaction, then checks that the two are equal.")
final class CopyCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR|postgresql://…", description = "The database to copy.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DIR|postgresql://…",
            description = "The new directory, or an empty server database (prepared with atlas server init).")
    String to;

    @Option(names = "--user", paramLabel = "NAME", description = "The user for a server without one in its address.")
    String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatabaseAddress source = DatabaseAddress.parse(from, user);
        DatabaseAddress target = DatabaseAddress.parse(to, user);
        if (AtlasDatabase.exists(target)) {
            throw new StoreException(target + " already holds a portfolio; copy into a new directory or an empty"
                    + " server database.");
        }
        DatabaseResource read = AtlasDatabase.open(new ResourceSetImpl(), source);
        try {
            Collection<EObject> copies = EcoreUtil.copyAll(read.getContents());
            int rows = AtlasDatabase.<Integer>createWhole(target, written -> {
                written.getContents().addAll(copies);
                written.save(java.util.Map.of(DatabaseResource.OPTION_NOTE, "copied from " + source));
                return written.lastSave().rowsWritten();
            });
            DatabaseResource check = AtlasDatabase.open(new ResourceSetImpl(), target);
            try {
                if (!ModelText.xmi(read).equals(ModelText.xmi(check))) {
                    throw new StoreException("The copy in " + target + " differs from " + source
                            + " when read back; do not use it (delete it and copy again).");
                }
            } finally {
                check.unload();
            }
            spec.commandLine().getOut().printf("Copied %s to %s: %,d rows; read back, the two are equal.%n", source,
                    target, rows);
        } finally {
            read.unload();
        }
        return 0;
    }
}
