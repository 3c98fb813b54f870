package org.accountatlas.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox entry point of the command line; everything else is plain Java in {@link AtlasCommandLine}. */
public final class AtlasApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return AtlasCommandLine.run(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        // Commands run to completion; each one leaves the database consistent on its own.
    }
}
