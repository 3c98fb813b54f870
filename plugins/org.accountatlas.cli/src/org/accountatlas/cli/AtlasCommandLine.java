package org.accountatlas.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.accountatlas.store.DatabaseBusyException;
import org.accountatlas.store.SaveConflictException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code atlas COMMAND [OPTIONS]}: the headless commands teams and scripts use. */
@Command(name = "atlas", mixinStandardHelpOptions = true, version = "Account Atlas 0.1",
        description = "Key-account maps and the model behind them. Without a command, ./atlas opens the workbench.",
        subcommands = { SampleCommand.class, InfoCommand.class, ValidateCommand.class, ExportXmiCommand.class,
            ImportXmiCommand.class, ImportCommand.class, NewDiagramCommand.class, DiagramsCommand.class,
            ExportCommand.class, AccountsCommand.class, BackupCommand.class, RestoreCommand.class, ReviewCommand.class,
            ServerCommand.class, CopyCommand.class, HistoryCommand.class, DiffCommand.class })
public final class AtlasCommandLine implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The input was refused (a message names where and why); nothing was changed. */
    static final int REFUSED = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;
    /** Others saved contradicting edits: nothing was saved; the conflicts are listed. */
    static final int CONFLICT = 3;
    /** The database is open in another process: try again once it is closed. */
    static final int BUSY = 4;
    /** Something failed that should not have; the message names the log with the details. */
    static final int UNEXPECTED = 70;

    /**
     * Runs one command; returns the process exit code: 0 success, {@value #REFUSED} refused input,
     * {@value #USAGE} bad usage, {@value #CONFLICT} others saved contradicting edits, {@value #BUSY} database busy, {@value #UNEXPECTED} an unexpected failure
     * (logged, the log's path printed).
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ConsolePasswords.install();
        CommandLine commandLine = new CommandLine(new AtlasCommandLine());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (!isExpected(e)) {
                return unexpected(e, "atlas " + cl.getCommandName(), args, cl.getErr());
            }
            cl.getErr().println("atlas " + cl.getCommandName() + ": " + messageOf(e));
            cl.getErr().flush();
            return e instanceof DatabaseBusyException ? BUSY : e instanceof SaveConflictException ? CONFLICT : REFUSED;
        });
        commandLine.setParameterExceptionHandler((e, argv) -> {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println("atlas: " + e.getMessage() + " (see: " + qualifiedName(cl) + " --help)");
            cl.getErr().flush();
            return USAGE;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Throwable error) { // a stack overflow or running out of memory: still one line and a log
            code = unexpected(error, "atlas", args, commandLine.getErr());
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Failures with a message written for the user: refused input, a file that cannot be read, a busy database. */
    private static boolean isExpected(Exception e) {
        return e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
                || e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof org.accountatlas.importer.ImportFailedException;
    }

    /** One line naming the failure and the log that holds the rest; the exit code for it. */
    static int unexpected(Throwable failure, String command, String[] args, java.io.PrintWriter err) {
        java.nio.file.Path log = CrashLog.write(failure, args);
        err.println(command + ": unexpected failure (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + "); the database holds all of the command's changes or none. "
                + (log == null ? "" : "Details: " + log));
        err.flush();
        return UNEXPECTED;
    }

    private static String qualifiedName(CommandLine cl) {
        return cl.getParent() == null ? "atlas" : "atlas " + cl.getCommandName();
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
