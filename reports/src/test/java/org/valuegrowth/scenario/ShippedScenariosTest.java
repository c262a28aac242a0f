package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/** Every example scenario in spec/ runs; every deliberately bad one is rejected with its lines. */
class ShippedScenariosTest {
    static final Path SPEC = Path.of("..", "spec", "scenarios");

    static Vector<Path> yamlIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return Vector.ofAll(s.filter(p -> p.toString().endsWith(".yaml")).sorted()::iterator);
        }
    }

    @Example
    void everyShippedScenarioLoadsAndSimulates() throws IOException {
        Vector<Path> files = yamlIn(SPEC);
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Scenario s = Scenarios.load(f).getOrElseThrow(problems -> new AssertionError(f + ": " + problems));
            Scenario.Simulation sim = s.simulate();
            assertThat(sim.rows()).as(f.toString()).isNotEmpty();
            assertThat(sim.rows()).allSatisfy(r -> assertThat(r).hasSize(sim.columns().size()));
        }
    }

    @Example
    void everyBadScenarioIsRejectedWithFileAndLine() throws IOException {
        Vector<Path> files = yamlIn(SPEC.resolve("bad"));
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Vector<Problem> problems = Scenarios.load(f).swap().getOrElseThrow(s -> new AssertionError(f + " was accepted"));
            assertThat(problems).allSatisfy(p -> {
                assertThat(p.file()).isEqualTo(f.toString());
                assertThat(p.line()).isPositive();
            });
        }
    }

    @Example
    void limitMessagesAreTheOnesInTheSpec() throws IOException {
        String spec = Files.readString(SPEC.resolveSibling("scenario.md"));
        Vector<String> lines = Vector.empty();
        for (String f : new String[] {"deep-nesting.yaml", "name-with-newline.yaml", "growth-huge-reward.yaml", "mind-too-big-to-reflect.yaml"}) {
            Path p = SPEC.resolve("bad").resolve(f);
            lines = lines.appendAll(Scenarios.load(p).getLeft().map(Problem::toString).map(s -> s.substring(p.getParent().toString().length() + 1)));
        }
        String block = spec.substring(spec.indexOf("checks that each prints exactly these lines:"));
        block = block.substring(block.indexOf("```\n") + 4, block.indexOf("\n```", block.indexOf("```\n") + 4));
        assertThat(lines.mkString("\n")).isEqualTo(block);
    }

    @Example
    void kellyProblemsAreAllReportedAtOnce() {
        Vector<String> problems = Scenarios.load(SPEC.resolve("bad/kelly-many-problems.yaml")).getLeft().map(Problem::toString);
        assertThat(problems).anyMatch(s -> s.contains(":5: colour: unknown key 'colour'"))
                .anyMatch(s -> s.contains(":9: traders[0].predictor.iid[0]: probability 1.5 is outside [0,1]"))
                .anyMatch(s -> s.contains(":14: clusters[0].members[1]: unknown trader 'nobody'"))
                .anyMatch(s -> s.contains(":15: observations[2]: 2 is outside [0, 1]"))
                .noneMatch(s -> s.contains("unknown trader 'a'"));
    }

    @Example
    void grueTraderPaysTheTaxInItsInitialWealth() {
        Scenario s = Scenarios.load(SPEC.resolve("kelly-coin.yaml")).get();
        Scenario.Simulation sim = s.simulate();
        int grue = sim.columns().indexOf("share(grue)");
        int fair = sim.columns().indexOf("share(fair)");
        double ratio = Double.parseDouble(sim.rows().get(0).get(grue)) / Double.parseDouble(sim.rows().get(0).get(fair));
        // grue costs c(fair) + c(heads80) + ℓ(4) = 2 + 5 + ℓ(4) bits against fair's 2: ratio 2^-(5 + ℓ(4)).
        assertThat(ratio).isLessThanOrEqualTo(Math.pow(2, -5) + 1e-6);
    }
}
