package org.valuegrowth.cli;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.report.JsonReport;
import org.valuegrowth.report.Ledger;
import org.valuegrowth.report.MarkdownReport;
import org.valuegrowth.report.ReportEntry;
import org.valuegrowth.report.RunInfo;
import org.valuegrowth.scenario.Problem;
import org.valuegrowth.scenario.Scenario;
import org.valuegrowth.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valuegrowth check TARGET}: runs one check (a built-in ID or a scenario file's check). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run one check and print its verdict.",
            "TARGET is a built-in ID (see 'list') or a scenario file with a 'check' section.",
            "Exit: 0 NONE WITHIN BOUND, 3 FOUND, 4 INCONCLUSIVE, 2 bad input."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "a check ID or a scenario file")
    String target;

    @Option(names = "--seed", defaultValue = "1", description = "seed for every random choice (default: ${DEFAULT-VALUE})")
    long seed;

    @picocli.CommandLine.Mixin
    BudgetOptions limits = new BudgetOptions();

    @Option(names = "--json", description = "print the verdict as JSON")
    boolean json;

    @Override
    public Integer call() {
        ClaimCheck check = resolve();
        Verdict v = check.run(limits.budget(), seed);
        RunInfo run = new RunInfo(Version.VERSION, Version.commit(), true);
        ReportEntry e = new ReportEntry(check.info(), v, seed, command());
        if (json) {
            spec.commandLine().getOut().print(JsonReport.render(run, Vector.of(e)));
        } else {
            spec.commandLine().getOut().print(MarkdownReport.render(run, Vector.of(e)));
        }
        return Verdicts.exitCode(v);
    }

    private String command() {
        return "./valuegrowth check " + target + " --seed " + seed + " " + limits.asArguments();
    }

    private ClaimCheck resolve() {
        io.vavr.control.Option<ClaimCheck> builtIn = Ledger.find(target);
        if (builtIn.isDefined()) {
            return builtIn.get();
        }
        Path p = Path.of(target);
        if (!Files.exists(p)) {
            throw new UserError("'" + target + "' is neither a check ID (see 'valuegrowth list') nor an existing file");
        }
        Either<Vector<Problem>, Scenario> s = Scenarios.load(p);
        if (s.isLeft()) {
            throw new UserError(Problems.format(s.getLeft()));
        }
        return s.get().check().getOrElseThrow(() ->
                new UserError(target + ": the scenario has no 'check' section"));
    }
}
