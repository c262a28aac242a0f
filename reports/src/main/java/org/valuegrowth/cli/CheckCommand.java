package org.valuegrowth.cli;

import io.vavr.collection.Vector;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.valuegrowth.report.JsonReport;
import org.valuegrowth.report.MarkdownReport;
import org.valuegrowth.report.ReportEntry;
import org.valuegrowth.report.RunInfo;
import org.valuegrowth.verdict.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valuegrowth check TARGET}: runs one entry (a built-in ID or a scenario file's check) with its controls. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run one check and its controls and print the verdict, its reading and the controls table.",
            "TARGET is a built-in ID (see 'list'; a control ID such as E10.positive runs that control alone)",
            "or a scenario file with a 'check' section. The output is byte-identical for the same inputs",
            "unless --times is given.",
            "Exit: 0 NONE WITHIN BOUND, 3 FOUND, 4 INCONCLUSIVE, 2 bad input (whatever the reading)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "a check ID or a scenario file")
    String target;

    @Option(names = "--seed", defaultValue = "1",
            description = "seed for every random choice (default: ${DEFAULT-VALUE}); printed only for entries whose result can depend on it")
    long seed;

    @picocli.CommandLine.Mixin
    BudgetOptions limits = new BudgetOptions();

    @Option(names = "--json", description = "print the entry as a JSON report (what 'replay' reads)")
    boolean json;

    @Option(names = "--times", description = "include wall times (the output is then no longer byte-identical across runs)")
    boolean times;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        org.valuegrowth.verdict.Budget budget = limits.budget();
        Targets t = Targets.resolve(target, Targets.progress(err));
        ReportEntry e = ReportEntry.run(t.check(), t.target(), budget, seed, t.inputs(), id -> { });
        RunInfo run = Version.runInfo(times);
        spec.commandLine().getOut().print(json ? JsonReport.render(run, Vector.of(e)) : MarkdownReport.render(run, Vector.of(e)));
        for (ReportEntry c : e.controls()) {
            if (c.reading() != Reading.BEHAVES) {
                err.println("valuegrowth: control " + c.info().id() + " misbehaves (" + c.verdict().headline()
                        + "): the search behind " + e.info().id() + " did not do what its controls require");
            }
        }
        return Verdicts.exitCode(e.verdict());
    }
}
