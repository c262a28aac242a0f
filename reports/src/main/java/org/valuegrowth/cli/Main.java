package org.valuegrowth.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code valuegrowth} command. */
public final class Main {
    private Main() {
    }

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError) {
                commandLine.getErr().println("valuegrowth: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            commandLine.getErr().println("valuegrowth: internal error: " + ex);
            if (System.getenv("VALUEGROWTH_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(set VALUEGROWTH_DEBUG=1 for a stack trace; please report it)");
            }
            return ExitCodes.ERROR;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("valuegrowth: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        int rc;
        try {
            rc = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // a last resort: inputs are bounded before they are used, so reaching this is a bug
            err.println("valuegrowth: internal error: " + (e instanceof StackOverflowError ? "stack" : "memory")
                    + " exhausted (please report it with the input that caused it)");
            rc = ExitCodes.ERROR;
        }
        out.flush();
        err.flush();
        return rc;
    }
}
