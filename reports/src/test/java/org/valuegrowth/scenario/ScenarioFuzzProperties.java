package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutation fuzzing of the shipped kelly and lia examples: a reader must never throw, whatever the
 * file says; it either lists problems (each with a line) or returns a scenario that simulates.
 */
class ScenarioFuzzProperties {
    static final Vector<String> FILES = Vector.of("kelly-coin.yaml", "kelly-worlds.yaml", "lia-two-atoms.yaml",
            "lia-constant-half.yaml");

    record Mutation(int file, int line, int kind, String text) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of("-1", "2", "1/0", "NaN", "1e400", "[", "{", "]", "''", "a & !a", "p(a", "x: y", "- 3",
                        "true", "0.5", "1000000", "!", "rcp(", "zz"),
                Arbitraries.strings().ofMaxLength(8));
        return Combinators.combine(Arbitraries.integers().between(0, FILES.size() - 1),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 3), junk).as(Mutation::new);
    }

    static String mutate(String text, Mutation m) {
        String[] lines = text.split("\n", -1);
        int i = m.line() % lines.length;
        switch (m.kind()) {
            case 0: // delete a line
                lines[i] = "";
                break;
            case 1: { // replace the value after the first ':' or '- '
                int c = lines[i].indexOf(": ");
                int d = lines[i].indexOf("- ");
                int at = c >= 0 ? c + 2 : d >= 0 ? d + 2 : lines[i].length();
                lines[i] = lines[i].substring(0, at) + m.text();
                break;
            }
            case 2: // replace a number anywhere in the line
                lines[i] = lines[i].replaceFirst("[0-9.]+", m.text());
                break;
            default: // duplicate a line
                lines[i] = lines[i] + "\n" + lines[i];
        }
        return String.join("\n", lines);
    }

    @Property(tries = 300, seed = "20261128")
    @Label("mutated scenario files are either rejected with lines or simulate without throwing")
    void mutatedScenariosNeverThrow(@ForAll("mutations") Mutation m) throws Exception {
        String name = FILES.get(m.file());
        String text = Files.readString(Path.of("..", "spec", "scenarios", name));
        String mutated = mutate(text, m);
        io.vavr.control.Either<Vector<Problem>, Scenario> r = Scenarios.parse(name, mutated);
        if (r.isLeft()) {
            assertThat(r.getLeft()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).startsWith(name));
        } else {
            Scenario.Simulation sim = r.get().simulate();
            assertThat(sim.rows()).allSatisfy(row -> assertThat(row).hasSize(sim.columns().size()));
        }
    }
}
