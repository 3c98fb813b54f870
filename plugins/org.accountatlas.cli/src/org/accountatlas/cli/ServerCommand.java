package org.accountatlas.cli;

import java.util.concurrent.Callable;

import org.accountatlas.store.DatabaseAddress;
import org.accountatlas.store.ServerSetup;
import org.accountatlas.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atlas server init}: prepares a PostgreSQL database for a team. */
@Command(name = "server", mixinStandardHelpOptions = true, description = "Sets up a PostgreSQL server for a team.",
        subcommands = ServerCommand.Init.class)
final class ServerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Creates the schema and the roles atlas_viewer, atlas_planner and atlas_admin; safe to run again. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Creates the schema and three roles in a server database: atlas_viewer reads, atlas_planner"
                    + " edits, atlas_admin owns the tables. Run it as the database's owner; running it again after an"
                    + " upgrade brings the schema and the grants up to date.")
    static final class Init implements Callable<Integer> {

        @Mixin
        DatabaseOption db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!(db.address() instanceof DatabaseAddress.Server server)) {
                throw new StoreException("atlas server init prepares a database on a PostgreSQL server: give --db"
                        + " postgresql://USER@HOST/DATABASE (an embedded database needs no set-up).");
            }
            for (String step : ServerSetup.initialize(server)) {
                spec.commandLine().getOut().println(step);
            }
            spec.commandLine().getOut().println("Ready: " + server + ". Grant people a role, for example:"
                    + " CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE " + ServerSetup.PLANNER + ";");
            return 0;
        }
    }
}
