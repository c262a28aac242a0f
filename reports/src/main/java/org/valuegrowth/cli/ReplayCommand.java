package org.valuegrowth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.report.JsonReport;
import org.valuegrowth.report.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valuegrowth replay REPORT.json}: re-runs every built-in entry of a JSON report and compares. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-run every built-in check recorded in a JSON report with its recorded seed, and compare",
            "the verdict, bound, statistics (without times) and witness with the recorded ones.",
            "Exit: 0 all reproduced, 5 some differ, 2 bad input."})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "a report.json written by 'valuegrowth report'")
    Path report;

    @picocli.CommandLine.Mixin
    BudgetOptions limits = new BudgetOptions();

    @Override
    public Integer call() {
        Budget budget = limits.budget();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(report));
        } catch (NoSuchFileException e) {
            throw new UserError(report + ": no such file");
        } catch (IOException e) {
            throw new UserError(report + ": not a JSON report (" + e.getMessage().split("\n")[0] + ")");
        }
        if (root == null || !root.path("entries").isArray()) {
            throw new UserError(report + ": not a valuegrowth JSON report (no 'entries' list)");
        }
        PrintWriter out = spec.commandLine().getOut();
        int differ = 0;
        int i = 0;
        for (JsonNode e : root.get("entries")) {
            String id = e.path("id").asText("");
            i++;
            io.vavr.control.Option<ClaimCheck> c = Ledger.find(id);
            if (c.isEmpty()) {
                out.printf("%-24s skipped (not a built-in check; replay a scenario with 'check FILE')%n", id.isEmpty() ? "entry " + i : id);
                continue;
            }
            long seed = e.path("seed").asLong(1);
            JsonNode again;
            try {
                // through text, so that number node types compare as they were recorded
                ObjectMapper m = new ObjectMapper();
                again = m.readTree(m.writeValueAsString(JsonReport.verdict(c.get().run(budget, seed))));
            } catch (IOException ex) {
                throw new IllegalStateException("cannot re-read a rendered verdict", ex);
            }
            if (again.equals(e.path("verdict"))) {
                out.printf("%-24s reproduced: %s%n", id, again.path("headline").asText());
            } else {
                differ++;
                out.printf("%-24s DIFFERS: recorded %s, now %s%n", id, e.path("verdict").path("headline").asText("?"),
                        again.path("headline").asText());
            }
        }
        return differ == 0 ? ExitCodes.OK : ExitCodes.DIFFERS;
    }
}
