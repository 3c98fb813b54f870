package org.accountatlas.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code atlas COMMAND [OPTIONS]}: the headless commands teams and scripts use. */
@Command(name = "atlas", mixinStandardHelpOptions = true, version = "Account Atlas 0.1",
        description = "Key-account maps and the model behind them. Without a command, ./atlas opens the workbench.",
        subcommands = { SampleCommand.class, InfoCommand.class, ValidateCommand.class, ExportXmiCommand.class,
            ImportXmiCommand.class, ImportCommand.class, NewDiagramCommand.class, DiagramsCommand.class,
            ExportCommand.class, AccountsCommand.class })
public final class AtlasCommandLine implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs one command; returns the process exit code (0 success, 1 failure, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new AtlasCommandLine());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("atlas " + cl.getCommandName() + ": " + messageOf(e));
            cl.getErr().flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((e, argv) -> {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println("atlas: " + e.getMessage() + " (see: " + qualifiedName(cl) + " --help)");
            cl.getErr().flush();
            return 2;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String qualifiedName(CommandLine cl) {
        return cl.getParent() == null ? "atlas" : "atlas " + cl.getCommandName();
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
