package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.Size;

/**
 * Robustness of {@code kind: mind}: the shipped files (two valid, one malformed), mutated by up to
 * three line edits, never make reading or simulating throw; at least 10% of the mutants must be
 * accepted (so simulate runs) and 10% rejected.
 */
class MindScenariosProperties {
    static final Vector<String> FILES = Vector.of("mind-food.yaml", "mind-conflict.yaml", "bad/mind-many-problems.yaml");
    static final Vector<String> TOKENS = Vector.of("-1", "0", "1", "2", "3", "1.5", "1/0", "0/0", "0.5", "1e308", "-0",
            "abc", "food", "fed", "ghost", "cozy", "!", "&", "!food", "food &", "[]", "{}", "[1, 2]", "{a: 1}", "\"\"", "~",
            "10000", "99999999999999999999", "NaN", ".inf", "true", "1e-300", "2/3", "- x", "x:", "12", "4096");
    static final Pattern WORD = Pattern.compile("[A-Za-z0-9_./!&|-]+");

    /** One edit of a file's lines: delete, replace a word, replace the value after the last ':', or duplicate; the new text is a token or a random string. */
    record Mutation(int kind, int line, int word, String token) {
        List<String> apply(List<String> lines) {
            List<String> out = new java.util.ArrayList<>(lines);
            int i = Math.floorMod(line, out.size());
            String l = out.get(i);
            String t = token;
            switch (kind) {
                case 0:
                    out.remove(i);
                    break;
                case 1: {
                    Matcher m = WORD.matcher(l);
                    Vector<int[]> spans = Vector.empty();
                    while (m.find()) {
                        spans = spans.append(new int[] {m.start(), m.end()});
                    }
                    if (!spans.isEmpty()) {
                        int[] s = spans.get(Math.floorMod(word, spans.size()));
                        out.set(i, l.substring(0, s[0]) + t + l.substring(s[1]));
                    }
                    break;
                }
                case 2: {
                    int c = l.lastIndexOf(": ");
                    if (c >= 0) {
                        out.set(i, l.substring(0, c + 2) + t);
                    }
                    break;
                }
                default:
                    out.add(i, l);
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 9),
                Arbitraries.oneOf(Arbitraries.of(TOKENS.toJavaList()), Arbitraries.strings().ofMaxLength(8))).as(Mutation::new);
    }

    @Property(tries = 90, seed = "20261128")
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    @Label("a mutated mind file is either rejected with lines or read and simulated without an exception")
    void mutatedFilesNeverThrow(@ForAll @IntRange(min = 0, max = 2) int file,
                                @ForAll @Size(min = 1, max = 3) List<@From("mutation") Mutation> edits) throws IOException {
        List<String> lines = Files.readAllLines(ShippedScenariosTest.SPEC.resolve(FILES.get(file)), StandardCharsets.UTF_8);
        for (Mutation e : edits) {
            lines = e.apply(lines);
        }
        String text = String.join("\n", lines) + "\n";
        Either<Vector<Problem>, Scenario> s = Scenarios.parse("m.yaml", text);
        Statistics.label("outcome").collect(s.isLeft() ? "rejected" : "accepted");
        if (s.isLeft()) {
            assertThat(s.getLeft()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("m.yaml");
                assertThat(p.message()).isNotBlank();
            });
        } else {
            Scenario.Simulation sim = s.get().simulate();
            assertThat(sim.rows()).isNotEmpty().allSatisfy(r -> assertThat(r).hasSize(sim.columns().size()));
        }
        // the mutations must reach simulate() often enough to test it, and the reader's rejections too
        Statistics.label("outcome").coverage(c -> {
            c.check("accepted").percentage(p -> p >= 10);
            c.check("rejected").percentage(p -> p >= 10);
        });
    }
}
