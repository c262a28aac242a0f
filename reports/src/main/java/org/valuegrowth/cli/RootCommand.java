package org.valuegrowth.cli;

import picocli.CommandLine.Command;

/** The top-level {@code valuegrowth} command. */
@Command(name = "valuegrowth", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Checkable mathematics for \"I'm Bearish On Personas For ASI Safety\": laws, claims as bounded searches, and reports.",
            "",
            "Exit codes: 0 ran (NONE WITHIN BOUND for checks), 1 internal error, 2 bad usage or input,",
            "3 COUNTEREXAMPLE/WITNESS FOUND, 4 INCONCLUSIVE (limit reached), 5 replay differs."},
        subcommands = {ListCommand.class, CheckCommand.class, ReportCommand.class, SimulateCommand.class, ReplayCommand.class,
            BenchCommand.class, picocli.CommandLine.HelpCommand.class})
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
