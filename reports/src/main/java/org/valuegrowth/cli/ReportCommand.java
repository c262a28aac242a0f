package org.valuegrowth.cli;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.report.AtomicFiles;
import org.valuegrowth.report.HtmlReport;
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

/** {@code valuegrowth report}: runs the catalogue (and any scenario checks given) and writes reports. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Run every built-in check (and the 'check' of each scenario FILE given) and write",
            "report.md, report.json and report.html into the output directory (atomically).",
            "Exit: 0 written (whatever the verdicts), 2 bad input, 1 internal error."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "scenario files whose checks to add")
    List<Path> files = List.of();

    @Option(names = "--out", defaultValue = "report", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--only", split = ",", description = "only these check IDs")
    List<String> only;

    @picocli.CommandLine.Mixin
    BudgetOptions limits = new BudgetOptions();

    @Option(names = "--times", description = "include wall times (reports are then no longer byte-identical across runs)")
    boolean times;

    @Override
    public Integer call() {
        Budget budget = limits.budget();
        Vector<ClaimCheck> checks = Ledger.all();
        if (only != null) {
            for (String id : only) {
                if (Ledger.find(id).isEmpty()) {
                    throw new UserError("unknown check ID '" + id + "' (see 'valuegrowth list')");
                }
            }
            checks = checks.filter(c -> only.contains(c.info().id()));
        }
        Vector<String> commands = checks.map(c -> "./valuegrowth check " + c.info().id() + " --seed " + seed);
        for (Path f : files) {
            Either<Vector<Problem>, Scenario> s = Scenarios.load(f);
            if (s.isLeft()) {
                throw new UserError(Problems.format(s.getLeft()));
            }
            ClaimCheck c = s.get().check().getOrElseThrow(() -> new UserError(f + ": the scenario has no 'check' section"));
            checks = checks.append(c);
            commands = commands.append("./valuegrowth check " + f + " --seed " + seed);
        }
        if (checks.isEmpty()) {
            throw new UserError("nothing to report: no built-in checks selected and no scenario files given");
        }
        try {
            java.nio.file.Files.createDirectories(out);
        } catch (IOException | SecurityException e) {
            throw new UserError("cannot create the output directory " + out + ": " + e);
        }
        if (!java.nio.file.Files.isWritable(out)) {
            throw new UserError("the output directory " + out + " is not writable");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = System.getenv("CI") == null;
        Vector<ReportEntry> entries = Vector.empty();
        for (int i = 0; i < checks.size(); i++) {
            ClaimCheck c = checks.get(i);
            if (progress) {
                err.printf("[%d/%d] %s ...%n", i + 1, checks.size(), c.info().id());
            }
            Verdict v = c.run(budget, seed);
            entries = entries.append(new ReportEntry(c.info(), v, seed, commands.get(i)));
        }
        RunInfo run = new RunInfo(Version.VERSION, Version.commit(), times);
        try {
            AtomicFiles.write(out.resolve("report.md"), MarkdownReport.render(run, entries));
            AtomicFiles.write(out.resolve("report.json"), JsonReport.render(run, entries));
            AtomicFiles.write(out.resolve("report.html"), HtmlReport.render(run, entries));
        } catch (IOException e) {
            throw new UserError("cannot write the report into " + out + ": " + e);
        }
        PrintWriter o = spec.commandLine().getOut();
        for (ReportEntry e : entries) {
            o.printf("%-24s %s%n", e.info().id(), e.verdict().headline());
        }
        o.println("wrote " + out.resolve("report.md") + ", report.json, report.html");
        return ExitCodes.OK;
    }
}
