package org.valuegrowth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;

class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Example
    void helpExitsZeroAndDocumentsExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("Exit codes", "simulate", "check", "report", "list");
    }

    @Example
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        Run r = run("simulate", "--frobnicate", "x.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").doesNotContain("\tat ");
    }

    @Example
    void missingScenarioFileIsExitTwoWithTheFileName() {
        Run r = run("simulate", "does-not-exist.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("does-not-exist.yaml: no such file").doesNotContain("Exception");
    }

    @Example
    void malformedScenarioListsEveryProblemWithLines() throws Exception {
        Path f = Files.createTempFile("bad", ".yaml");
        Files.writeString(f, "kind: teapot\n");
        Run r = run("simulate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":1: kind: unknown kind 'teapot'");
    }

    @Example
    void checkOfUnknownTargetIsExitTwo() {
        Run r = run("check", "NO-SUCH-ID");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("neither a check ID");
    }

    @Example
    void simulateJsonGivesPricesSharesAndLogWealthPerDay() throws Exception {
        Run r = run("simulate", "../spec/scenarios/kelly-worlds.yaml", "--json");
        assertThat(r.code()).isEqualTo(0);
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(j.get("days")).hasSize(5);
        com.fasterxml.jackson.databind.JsonNode last = j.get("days").get(4);
        assertThat(last.get("prices").get("(rain -> wet)").asDouble()).isBetween(0.0, 1.0);
        double shares = last.get("traders").get("causal").get("share").asDouble()
                + last.get("traders").get("independent").get("share").asDouble();
        assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(last.get("traders").get("causal").has("logWealth")).isTrue();
    }

    @Example
    void badScenarioExitsTwoAndListsEveryProblem() {
        Run r = run("simulate", "../spec/scenarios/bad/kelly-many-problems.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("5 problems", "kelly-many-problems.yaml:15: observations[2]").doesNotContain("\tat ");
    }

    @Example
    void checkOfAPlantedWeakMarketScenarioExitsThreeWithAReplayedWitness() {
        Run r = run("check", "../spec/scenarios/lia-constant-half.yaml");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("**Verdict: COUNTEREXAMPLE FOUND.**", "Replayed outside the search");
    }

    @Example
    void inconsistentDeductionsAreReportedWithTheirLine() {
        Run r = run("simulate", "../spec/scenarios/bad/lia-inconsistent.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("lia-inconsistent.yaml:9: deductions[1].sentences: inconsistent deductions",
                "lia-inconsistent.yaml:13: traders[0].trades.a", "lia-inconsistent.yaml:15: traders[1].trades.zz: unknown atom 'zz'");
    }

    @Example
    void listShowsEveryCatalogueEntry() {
        Run r = run("list");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("LIC.lia", "LIC.lia.positive-constant", "E10", "E3", "E12", "E13");
    }

    @Example
    void reportThenReplayReproducesAndATamperedReportDiffers() throws Exception {
        Path dir = Files.createTempDirectory("vg-report");
        Run r = run("report", "--out", dir.toString(), "--only", "LIC.lia,E3");
        assertThat(r.code()).isEqualTo(0);
        assertThat(Files.exists(dir.resolve("report.md"))).isTrue();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg").doesNotContain("<script");
        Run same = run("replay", dir.resolve("report.json").toString());
        assertThat(same.code()).isEqualTo(0);
        assertThat(same.out()).contains("E3", "reproduced");
        String json = Files.readString(dir.resolve("report.json")).replaceFirst("\"WITNESS FOUND\"", "\"NONE WITHIN BOUND\"");
        Files.writeString(dir.resolve("report.json"), json);
        Run differs = run("replay", dir.resolve("report.json").toString());
        assertThat(differs.code()).isEqualTo(5);
        assertThat(differs.out()).contains("DIFFERS", "verdict.headline: recorded \"NONE WITHIN BOUND\", now \"WITNESS FOUND\"");
    }

    @Example
    void reportRefusesAnUnknownIdWithoutWritingAnything() throws Exception {
        Path dir = Files.createTempDirectory("vg-report");
        Run r = run("report", "--out", dir.toString(), "--only", "NOPE");
        assertThat(r.code()).isEqualTo(2);
        Run control = run("report", "--out", dir.toString(), "--only", "E3.positive");
        assertThat(control.code()).isEqualTo(2);
        assertThat(control.err()).contains("E3.positive is a control of E3: it runs with it (--only E3), or alone with 'valuegrowth check E3.positive'");
        try (var s = Files.list(dir)) {
            assertThat(s.count()).isZero();
        }
    }

    @Example
    void anObservationNoTraderAllowsIsBadInputAtItsLine() {
        Run r = run("simulate", "../spec/scenarios/bad/kelly-impossible-observation.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("kelly-impossible-observation.yaml:8: observations[1]: every trader gives this observation probability 0");
    }

    @Example
    void anUnwritableOutputDirectoryIsAUsageErrorBeforeAnyCheckRuns() throws Exception {
        Path file = Files.createTempFile("vg", ".txt");
        Run r = run("report", "--out", file.resolve("sub").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot create the output directory").doesNotContain("[1/");
    }

    @Example
    void everyCommandWithABudgetRejectsANonPositiveLimitAsUsage() {
        assertThat(run("check", "E3", "--max-nodes", "0").code()).isEqualTo(2);
        assertThat(run("report", "--time-limit", "0").code()).isEqualTo(2);
        Run r = run("check", "E3", "--max-nodes", "-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--max-nodes must be in [1, 1000000000000000]");
        // replay takes the budget from the report, not from options
        Run replay = run("replay", "no-such-report.json", "--max-nodes", "5");
        assertThat(replay.code()).isEqualTo(2);
        assertThat(replay.err()).contains("Unknown option");
    }

    @Example
    void benchCommandsRunAndPrintTheirBaselineColumns() {
        Run kelly = run("bench", "kelly", "--traders", "100", "--updates", "1000", "--reps", "1");
        assertThat(kelly.code()).isEqualTo(0);
        assertThat(kelly.out()).contains("kernel(upd/s)", "log-space(upd/s)", "linear(upd/s)").contains("    100");
        Run lia = run("bench", "lia", "--traders", "1", "--sentences", "1", "--days", "2");
        assertThat(lia.code()).isEqualTo(0);
        assertThat(lia.out()).contains("ratio-to-1x1");
        assertThat(run("bench", "kelly", "--reps", "0").code()).isEqualTo(2);
    }
}
