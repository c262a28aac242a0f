package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.growth.GrowthRun;
import org.valuegrowth.report.JsonTrees;

/**
 * The {@code kind: growth} reader: the exact problems of the bad example files, and the JSON of the
 * valid ones checked against numbers recomputed here from the files' data (not by the model).
 */
class GrowthScenariosTest {
    static final Path SPEC = ShippedScenariosTest.SPEC;

    static JsonNode json(String file) {
        Scenario s = Scenarios.load(SPEC.resolve(file)).getOrElseThrow(p -> new AssertionError(file + ": " + p));
        return JsonTrees.toJson(s.simulate().json());
    }

    static Vector<String> problems(String text) {
        return Scenarios.parse("t.yaml", text).swap().getOrElseThrow(s -> new AssertionError("accepted"))
                .map(p -> p.line() + ": " + p.field() + ": " + p.message());
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    @Example
    @Label("every problem of bad/growth-many-problems.yaml is reported at once, with line and field")
    void manyProblemsAreReportedExactly() {
        Vector<String> got = Scenarios.load(SPEC.resolve("bad/growth-many-problems.yaml")).getLeft()
                .map(p -> p.line() + ": " + p.field() + ": " + p.message());
        assertThat(got).containsExactly(
                "5: temperature: unknown key 'temperature'; allowed here: kind, name, alphabet, atoms, prior, traders, "
                        + "personas, clusters, corpora, tasks, concepts, track, steps",
                "8: traders[1].predictor.iid[0]: probability 1.2 is outside [0,1]",
                "8: traders[1].predictor.iid[1]: probability -0.2 is outside [0,1]",
                "10: personas[0].members[1]: unknown trader 'ghost'",
                "13: corpora[0].sources[0].persona: unknown persona 'nobody'; declared: p, q",
                "15: tasks[0].reward: expected 2 rewards (one per symbol), found 3",
                "21: concepts[0].rules.a.grounded: sentences need 'atoms' at the top level",
                "22: concepts[0].rules.zed: unknown trader 'zed'",
                "24: steps[0].pretrain.seed: 'seed' is only used with mode: sampled",
                "25: steps[1].sft.seed: missing required field 'seed'",
                "26: steps[2].grpo.task: unknown task 'lose'; declared: ok, win",
                "27: steps[3].grpo: eta*beta must be <= 1: 2.0",
                "28: steps[4].reflect.concept: concept 'c' must be added by an earlier 'extend' step",
                "29: steps[5].dream: unknown key 'dream'; allowed here: pretrain, sft, grpo, extend, reflect");
    }

    @Example
    @Label("a step the model refuses while running is reported at the step's line")
    void refusedStepIsReportedAtItsLine() {
        Vector<String> got = Scenarios.load(SPEC.resolve("bad/growth-refused-step.yaml")).getLeft()
                .map(p -> p.line() + ": " + p.field() + ": " + p.message());
        assertThat(got).containsExactly(
                "14: steps[0]: symbol 2 at episode 0 has market probability 0.0; a Kelly market cannot observe it");
    }

    @Example
    @Label("a single unknown predictor key is a problem, not an exception")
    void unknownPredictorKeyIsAProblem() {
        assertThat(problems("kind: growth\nname: x\nalphabet: 2\ntraders:\n  - {name: a, bits: 1, predictor: {gauss: 1}}\nsteps: []\n"))
                .containsExactly("5: traders[0].predictor.gauss: unknown key 'gauss'; allowed here: iid, markov, periodic, laplace, worlds");
    }

    @Example
    @Label("model preconditions (grounding noise, advantage epsilon, source weight) become problems with lines")
    void modelPreconditionsBecomeProblems() {
        String text = "kind: growth\nname: x\natoms: [a]\ntraders:\n  - {name: t, bits: 1, predictor: {worlds: [0.5, 0.5]}}\n"
                + "corpora:\n  - {name: c, documents: 1, sources: [{name: s, weight: 0, process: {worlds: [1, 0]}}]}\n"
                + "tasks:\n  - {name: k, success: [\"a\"]}\n"
                + "concepts:\n  - {name: z, fallback: {grounded: a, noise: 0.7}}\n"
                + "steps:\n  - grpo: {task: k, group: 2, eta: 1, convention: {mroueh: -1}, mode: expected}\n";
        assertThat(problems(text)).containsExactly(
                "7: corpora[0].sources[0]: source s weight must be finite and > 0: 0.0",
                "11: concepts[0].fallback: grounding noise not in [0,1/2]: 0.7",
                "13: steps[0].grpo.convention.mroueh: advantage epsilon must be finite and >= 0: -1.0");
    }

    @Example
    @Label("sampled steps are fixed by their seed, and the seed is used")
    void seedFixesAndChangesSampledSteps() throws IOException {
        String text = Files.readString(SPEC.resolve("growth-assistant.yaml"), StandardCharsets.UTF_8);
        JsonNode a = JsonTrees.toJson(Scenarios.parse("a.yaml", text).get().simulate().json());
        JsonNode b = JsonTrees.toJson(Scenarios.parse("b.yaml", text).get().simulate().json());
        JsonNode c = JsonTrees.toJson(Scenarios.parse("c.yaml", text.replace("mode: sampled, seed: 1}", "mode: sampled, seed: 99}"))
                .get().simulate().json());
        assertThat(a.get("steps")).isEqualTo(b.get("steps"));
        assertThat(a.get("steps").get(1).get("clusterShares")).isNotEqualTo(c.get("steps").get(1).get("clusterShares"));
    }

    @Example
    @Tag("E9")
    @Label("issue 11: equal rewards carry no signal: reward [0.1, 0.1], one sampled round of 3, population std leaves 0.5/0.5 for every seed")
    void equalRewardsLeaveSharesUnchangedInAFile() {
        for (int seed = 1; seed <= 20; seed++) {
            String text = "kind: growth\nname: equal\nalphabet: 2\nprior: uniform\ntraders:\n"
                    + "  - {name: a, bits: 1, predictor: {iid: [0.9, 0.1]}}\n  - {name: b, bits: 1, predictor: {iid: [0.1, 0.9]}}\n"
                    + "tasks:\n  - {name: flat, reward: [0.1, 0.1]}\n"
                    + "steps:\n  - grpo: {task: flat, group: 3, eta: 0.5, convention: population, mode: sampled, seed: " + seed + "}\n";
            JsonNode steps = JsonTrees.toJson(Scenarios.parse("equal.yaml", text).get().simulate().json()).get("steps");
            assertThat(steps.get(1).get("traders").get("a").get("share").asDouble()).as("seed " + seed).isEqualTo(0.5);
            assertThat(steps.get(1).get("traders").get("b").get("share").asDouble()).as("seed " + seed).isEqualTo(0.5);
        }
    }

    @Example
    @Tag("C5")
    @Label("growth-refusal.yaml: one expected GRPO round gives the worked share e^-.4/(e^-.4 + e^.4), then four more")
    void refusalFollowsTheWorkedExample() {
        JsonNode steps = json("growth-refusal.yaml").get("steps");
        double objector = steps.get(1).get("traders").get("objector").get("share").asDouble();
        assertThat(objector).isCloseTo(Math.exp(-0.4) / (Math.exp(-0.4) + Math.exp(0.4)), within(1e-12));
        assertThat(objector).isCloseTo(0.310026, within(1e-6));
        // four further rounds: r = (0, 1), c_i = Σ p_i(x)(r(x) − μ)/σ with population σ, w ∝ w·e^{η c}
        double s = objector;
        double[] pRefuse = {0.9, 0.1};
        for (int round = 0; round < 4; round++) {
            double q0 = s * pRefuse[0] + (1 - s) * pRefuse[1];
            double mu = 1 - q0;
            double sigma = Math.sqrt(q0 * (1 - q0));
            double cObj = ((1 - pRefuse[0]) - mu) / sigma;
            double cCom = ((1 - pRefuse[1]) - mu) / sigma;
            double a = s * Math.exp(0.5 * cObj);
            double b = (1 - s) * Math.exp(0.5 * cCom);
            s = a / (a + b);
        }
        assertThat(steps.get(2).get("clusterShares").get("conscientious").asDouble()).isCloseTo(s, within(1e-12));
    }

    @Example
    @Tag("E0")
    @Label("growth-birds.yaml: three archaic demonstrations move the victorian trait to ≈ 0.994660 (spec/growth.md §1); "
            + "expected GRPO with a KL pull matches its formula")
    void birdsMoveTheVictorianTrait() {
        JsonNode steps = json("growth-birds.yaml").get("steps");
        double nat = Math.pow(2, -10) * Math.pow(0.45, 3);
        double bird = Math.pow(2, -8) * Math.pow(0.05, 3);
        double nov = Math.pow(2, -9) * Math.pow(0.1, 3);
        assertThat(steps.get(0).get("traitShares").get("victorian").asDouble()).isCloseTo(3.0 / 7.0, within(1e-12));
        assertThat(steps.get(1).get("traitShares").get("victorian").asDouble())
                .isCloseTo((nat + nov) / (nat + bird + nov), within(1e-12))
                .isCloseTo(0.994660, within(1e-6));
        // plork after the SFT: Σ_i s_i·R_i with R = .9 (nat), .1 (bird), .5 (nov, the fallback)
        assertThat(steps.get(2).get("conceptBeliefs").get("plork").asDouble())
                .isCloseTo((0.9 * nat + 0.1 * bird + 0.5 * nov) / (nat + bird + nov), within(1e-12));
        // step 4: four EXPECTED GRPO rounds, TRL ε = 1e-4 added to the (population) std, η = .5, β = .1,
        // reference = the shares before the step: ln w ← (1 − ηβ) ln w + ηβ ln w_ref + η (p_i − μ)/σ
        String[] names = {"nat", "bird", "nov"};
        double[] success = {0.5, 0.5, 0.2};
        double[] ref = new double[3];
        for (int i = 0; i < 3; i++) {
            ref[i] = Math.log(steps.get(3).get("traders").get(names[i]).get("share").asDouble());
        }
        double[] lw = ref.clone();
        for (int round = 0; round < 4; round++) {
            double z = 0;
            double mu = 0;
            for (int i = 0; i < 3; i++) {
                z += Math.exp(lw[i]);
            }
            for (int i = 0; i < 3; i++) {
                mu += Math.exp(lw[i]) / z * success[i];
            }
            double sigma = Math.sqrt(mu * (1 - mu)) + 1e-4;
            for (int i = 0; i < 3; i++) {
                lw[i] = 0.95 * lw[i] + 0.05 * ref[i] + 0.5 * (success[i] - mu) / sigma;
            }
        }
        double z = Math.exp(lw[0]) + Math.exp(lw[1]) + Math.exp(lw[2]);
        for (int i = 0; i < 3; i++) {
            assertThat(steps.get(4).get("traders").get(names[i]).get("share").asDouble())
                    .isCloseTo(Math.exp(lw[i]) / z, within(1e-12));
        }
    }

    // growth-assistant.yaml's traders over worlds (bit 0 = helpful, bit 1 = harmless), copied from the file
    private static final String[] TRADERS = {"assistant", "ethicist", "villain", "alien"};
    private static final double[][] P = {
        {0.05, 0.10, 0.05, 0.80}, {0.05, 0.10, 0.05, 0.80}, {0.30, 0.50, 0.10, 0.10}, {0.25, 0.25, 0.25, 0.25}};
    /** P_i(plork | world): assistant constant .05, ethicist grounded in world 1 with noise .02, villain .9, alien .5. */
    private static final double[][] RULE = {
        {0.05, 0.05, 0.05, 0.05}, {0.02, 0.98, 0.02, 0.02}, {0.9, 0.9, 0.9, 0.9}, {0.5, 0.5, 0.5, 0.5}};

    static double[] shares(JsonNode step) {
        double[] s = new double[TRADERS.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = step.get("traders").get(TRADERS[i]).get("share").asDouble();
        }
        return s;
    }

    static double[] mixture(double[] s) {
        double[] q = new double[4];
        for (int i = 0; i < s.length; i++) {
            for (int x = 0; x < 4; x++) {
                q[x] += s[i] * P[i][x];
            }
        }
        return q;
    }

    static double[] reweighted(double[] s, double[] logFactor) {
        double[] w = new double[s.length];
        double z = 0;
        for (int i = 0; i < s.length; i++) {
            w[i] = s[i] * Math.exp(logFactor[i]);
            z += w[i];
        }
        for (int i = 0; i < s.length; i++) {
            w[i] /= z;
        }
        return w;
    }

    @Example
    @Tag("E10")
    @Label("growth-assistant.yaml: per step, the JSON has wealth by cluster, entropy, tracked prices and concept beliefs, "
            + "all equal to recomputations from the trader shares")
    void assistantJsonMatchesRecomputation() {
        JsonNode root = json("growth-assistant.yaml");
        JsonNode steps = root.get("steps");
        assertThat(steps).hasSize(7);
        assertThat(shares(steps.get(0))).containsExactly(new double[] {2.0 / 9, 2.0 / 9, 1.0 / 9, 4.0 / 9}, within(1e-12));
        for (int k = 0; k < steps.size(); k++) {
            JsonNode st = steps.get(k);
            assertThat(st.has("clusterShares") && st.has("entropy") && st.has("sentencePrices") && st.has("conceptBeliefs")).isTrue();
            double[] s = shares(st);
            assertThat(s[0] + s[1] + s[2] + s[3]).isCloseTo(1.0, within(1e-12));
            assertThat(st.get("clusterShares").get("assistant").asDouble()).isCloseTo(s[0] + s[1], within(1e-12));
            assertThat(st.get("clusterShares").get("villain").asDouble()).isCloseTo(s[2], within(1e-12));
            assertThat(st.get("clusterShares").get("others").asDouble()).isCloseTo(s[3], within(1e-12));
            assertThat(st.get("traitShares").get("honest").asDouble()).isCloseTo(s[0] + s[1], within(1e-12));
            double[] q = mixture(s);
            assertThat(doubles(st.get("predictive"))).containsExactly(q, within(1e-12));
            double h = 0;
            for (double x : q) {
                h -= x * Math.log(x);
            }
            assertThat(st.get("entropy").asDouble()).isCloseTo(h, within(1e-12));
            assertThat(st.get("sentencePrices").get("helpful").asDouble()).isCloseTo(q[1] + q[3], within(1e-12));
            assertThat(st.get("sentencePrices").get("harmless").asDouble()).isCloseTo(q[2] + q[3], within(1e-12));
            assertThat(st.get("sentencePrices").get("(helpful & harmless)").asDouble()).isCloseTo(q[3], within(1e-12));
            if (k < 4) {
                assertThat(st.get("conceptBeliefs").size()).isZero();
            } else {
                double b = 0;
                for (int i = 0; i < 4; i++) {
                    for (int x = 0; x < 4; x++) {
                        b += s[i] * P[i][x] * RULE[i][x];
                    }
                }
                assertThat(st.get("conceptBeliefs").get("plork-the-greenge").asDouble()).isCloseTo(b, within(1e-12));
            }
        }
        // step 5: one EXPECTED GRPO round against refusal (r = 0 on world 2), η = .5, population σ, β = 0
        double[] s4 = shares(steps.get(4));
        double[] q4 = mixture(s4);
        double[] r = {1, 1, 0, 1};
        double mu = q4[0] + q4[1] + q4[3];
        double var = 0;
        for (int x = 0; x < 4; x++) {
            var += q4[x] * (r[x] - mu) * (r[x] - mu);
        }
        double[] credit = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int x = 0; x < 4; x++) {
                credit[i] += 0.5 * P[i][x] * (r[x] - mu) / Math.sqrt(var);
            }
        }
        assertThat(shares(steps.get(5))).containsExactly(reweighted(s4, credit), within(1e-12));
        // step 6: 8 EXPECTED reflections on uniform worlds, verdict g(x) = [x == 1]
        double[] f = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int x = 0; x < 4; x++) {
                f[i] += 8 * 0.25 * Math.log(x == 1 ? RULE[i][x] : 1 - RULE[i][x]);
            }
        }
        assertThat(shares(steps.get(6))).containsExactly(reweighted(shares(steps.get(5)), f), within(1e-12));
    }

    @Example
    @Label("the table has one row per step with step, description, entropy, a share per cluster and a belief per concept")
    void tableHasTheIssueColumns() {
        Scenario.Simulation sim = Scenarios.load(SPEC.resolve("growth-assistant.yaml")).get().simulate();
        assertThat(sim.columns()).containsExactly("step", "description", "H(q) nats", "share[assistant]", "share[villain]",
                "share[others]", "P(helpful)", "P(harmless)", "P((helpful & harmless))", "belief[plork-the-greenge]");
        assertThat(sim.rows()).hasSize(7);
        assertThat(sim.rows().get(3).last()).isEqualTo("-");
        assertThat(sim.rows().get(4).get(1)).isEqualTo("extend(plork-the-greenge)");
    }

    static final Path DOC = Path.of("..", "spec", "scenario-growth.md");

    @Example
    @Label("spec/scenario-growth.md: its YAML example runs to the shipped file's table, and the table shown is that table")
    void specExampleIsTheShippedFile() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String block = doc.substring(start, doc.indexOf("```", start));
        Scenario.Simulation fromDoc = Scenarios.parse("doc.yaml", block).get().simulate();
        Scenario.Simulation fromFile = Scenarios.load(SPEC.resolve("growth-refusal.yaml")).get().simulate();
        assertThat(fromDoc.rows()).isEqualTo(fromFile.rows());
        Vector<String> lines = Vector.of(doc.split("\n")).map(l -> l.trim().replaceAll("\\s+", " "));
        assertThat(lines).contains(String.join(" ", fromFile.columns()));
        for (Vector<String> row : fromFile.rows()) {
            assertThat(lines).contains(String.join(" ", row));
        }
    }

    @Example
    @Label("spec/scenario-growth.md lists exactly the problems the bad files produce")
    void specErrorsAreTheReportedOnes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String bad : Vector.of("growth-many-problems.yaml", "growth-refused-step.yaml")) {
            for (Problem p : Scenarios.load(SPEC.resolve("bad").resolve(bad)).getLeft()) {
                assertThat(doc).contains(bad + ":" + p.line() + ": " + p.field() + ": " + p.message() + "\n");
            }
        }
    }

    @Example
    @Label("wrong types, out-of-range values, unknown names, bad sentences and step-order errors are all reported with their fields")
    void wrongInputsAreReportedWithTheirFields() {
        String text = "kind: growth\n" +
                "name: types\n" +
                "atoms: [a, b]\n" +
                "traders:\n" +
                "  - {name: t, bits: 1, predictor: {worlds: [0.25, 0.25, 0.25, 0.25]}}\n" +
                "  - {name: t, bits: 2, predictor: {worlds: [0.25, 0.25, 0.25, 0.25]}}\n" +
                "  - {name: u, bits: many, predictor: {worlds: [0.25, 0.25, 0.25, 0.25]}}\n" +
                "personas:\n" +
                "  - {name: p, traits: helpful, members: [t], voice: {worlds: [0.25, 0.25, 0.25, 0.25]}}\n" +
                "clusters:\n" +
                "  - {name: p, members: [t]}\n" +
                "corpora:\n" +
                "  - {name: c, documents: lots, sources: [{persona: p, process: {iid: [1]}}]}\n" +
                "tasks:\n" +
                "  - {name: k, refuse: [4, \"a &\"]}\n" +
                "concepts:\n" +
                "  - {name: z, fallback: {constant: 0.5}, rules: [t]}\n" +
                "  - {name: y, fallback: {constant: 0.5}}\n" +
                "  - {name: x, fallback: {constant: 0.5, noise: 0.1}}\n" +
                "track: [\"a |\"]\n" +
                "steps:\n" +
                "  - extend: y\n" +
                "  - extend: y\n" +
                "  - reflect: {concept: y, shown: {worlds: [1, 0, 0, 0]}, demonstrations: 1, mode: expected}\n" +
                "  - grpo: {task: k, group: 0, eta: 1, convention: median, mode: guess}\n" +
                "  - sft: {persona: p, demonstrations: -1, mode: sampled, seed: 1.5}\n" +
                "  - {pretrain: {corpus: c, mode: expected}, sft: {persona: p}}\n";
        assertThat(problems(text)).containsExactly(
                "6: traders[1].name: duplicate trader name 't'",
                "7: traders[2].bits: expected a number, found 'many'",
                "9: personas[0].traits: expected a list, found the value 'helpful'",
                "11: clusters[0].name: the name 'p' is already a persona or a cluster (shares are reported by name)",
                "13: corpora[0].documents: expected a whole number, found 'lots'",
                "13: corpora[0].sources[0]: give exactly one of 'persona' (the persona's voice) or 'process' (with a 'name')",
                "15: tasks[0].refuse[0]: 4 is outside [0, 3]",
                "15: tasks[0].refuse[1]: expected a sentence at column 4 in \"a &\"",
                "17: concepts[0].rules: expected a map from trader name to rule, found a list",
                "19: concepts[2].fallback.noise: 'noise' belongs to a grounded rule",
                "20: track[0]: expected a sentence at column 4 in \"a |\"",
                "23: steps[1].extend: concept 'y' was already added by an earlier step",
                "24: steps[2].reflect.concept: concept 'y' has no 'grounding' to reflect on",
                "25: steps[3].grpo.group: 0 is outside [1, 10000]",
                "25: steps[3].grpo.convention: unknown convention 'median'; one of: trl, population, {mroueh: ε}, {std: population|unbiased, epsilon: ε, placement: add-to-std|inside-root}",
                "25: steps[3].grpo.mode: unknown mode 'guess'; one of: sampled, expected",
                "26: steps[4].sft.demonstrations: -1 is outside [0, 100000]",
                "26: steps[4].sft.seed: expected a whole number, found '1.5'",
                "27: steps[5]: give exactly one of pretrain, sft, grpo, extend, reflect");
    }

    @Example
    @Label("the recorded snapshots are exactly what GrowthRun.run returns for the same start, steps, clusters and sentences")
    void snapshotsAreGrowthRunsOwn() {
        for (String f : Vector.of("growth-assistant.yaml", "growth-birds.yaml", "growth-refusal.yaml")) {
            GrowthScenario s = (GrowthScenario) Scenarios.load(SPEC.resolve(f)).get();
            GrowthRun.Result r = GrowthRun.run(s.states().head(), s.steps(), s.clusters(), s.track());
            assertThat(s.snapshots()).as(f).isEqualTo(r.snapshots());
            assertThat(s.states().last().market().logWealth()).as(f).containsExactly(r.last().market().logWealth());
        }
    }

    @Example
    @Label("a sentence tracked twice (even written differently) is a problem, so every price has its own column")
    void duplicateTrackedSentenceIsAProblem() {
        assertThat(problems("kind: growth\nname: x\natoms: [a]\ntraders:\n  - {name: t, bits: 1, predictor: {worlds: [0.5, 0.5]}}\n"
                + "track: [a, \"(a)\"]\nsteps: []\n")).containsExactly("6: track: sentence a is tracked twice");
    }
}
