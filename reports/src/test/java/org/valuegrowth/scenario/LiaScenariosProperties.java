package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Verdict;

/**
 * Issue 11, the whole kind: generated lia files with extreme constants (±1e308, ±MAX_VALUE,
 * MIN_VALUE), too many atoms or tracked sentences, every market option and starved market-maker
 * budgets. Reading never throws: either every problem has a file line, or the scenario simulates
 * without NaN and its check returns a verdict.
 */
class LiaScenariosProperties {
    static final List<String> CONSTANTS = List.of("0", "1", "-1", "0.5", "1e308", "-1e308", "1.7976931348623157E308",
            "-1.7976931348623157E308", "4.9E-324", "1e-300", "1e200", "3");

    record Spec(int atoms, int tracked, int days, String budgets, String maker, List<String> features, boolean templated,
                String check) {
    }

    Arbitrary<String> feature(int atoms, int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(CONSTANTS),
                Arbitraries.integers().between(0, atoms - 1).map(i -> "p(x" + i + ")"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> feature(atoms, depth - 1));
        return Arbitraries.oneOf(leaf,
                Combinators.combine(sub, sub).as((a, b) -> "(" + a + " * " + b + ")"),
                Combinators.combine(sub, sub).as((a, b) -> "(" + a + " + " + b + ")"),
                Combinators.combine(sub, sub).as((a, b) -> "min(" + a + ", " + b + ")"),
                Combinators.combine(sub, sub).as((a, b) -> "max(" + a + ", " + b + ")"),
                sub.map(a -> "rcp(" + a + ")"));
    }

    @Provide
    Arbitrary<Spec> specs() {
        Arbitrary<Integer> atoms = Arbitraries.of(1, 2, 3, 5, 8, 21);
        return atoms.flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(1, 70),
                Arbitraries.integers().between(1, 5),
                Arbitraries.of("", "budgets: full\n", "budgets: [1, 2]\n", "firm: none\n"),
                Arbitraries.of("", "market-maker: {worlds: all}\n", "market-maker: {prices: fixed-point}\n",
                        "market-maker: {worlds: all, prices: fixed-point, sweeps: 0, boxes: 3}\n", "market-maker: {sweeps: 0, boxes: 0}\n"),
                feature(Math.min(n, 20), 2).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, false),
                Arbitraries.of("", "check:\n  tradable: [\"x0\"]\n  constants: [1e308, -1e308, 4.9E-324]\n  operators: [sum, product, reciprocal]\n"
                        + "  max-size: 2\n  loss-bound: 1\n  gain-target: 2\n  horizon: 1\n"))
                .as((tr, days, budgets, maker, fs, templated, check) -> new Spec(n, tr, days, budgets, maker, fs, templated, check)));
    }

    static String text(Spec s) {
        Vector<String> sentences = Vector.empty();
        for (int i = 0; i < s.atoms(); i++) {
            sentences = sentences.append("x" + i).append("!x" + i);
        }
        for (int i = 0; i < s.atoms(); i++) {
            for (int j = i + 1; j < s.atoms(); j++) {
                sentences = sentences.append("(x" + i + " & x" + j + ")").append("(x" + i + " | x" + j + ")");
            }
        }
        StringBuilder b = new StringBuilder("kind: lia\nname: gen\natoms: [");
        for (int i = 0; i < s.atoms(); i++) {
            b.append(i == 0 ? "" : ", ").append("x").append(i);
        }
        b.append("]\ntrack: [").append(sentences.take(s.tracked()).map(x -> '"' + x + '"').mkString(", ")).append("]\n");
        b.append("deductions:\n  - {day: 1, sentences: [\"x0\"]}\n");
        b.append("days: ").append(s.days()).append('\n').append(s.budgets()).append(s.maker()).append("traders:\n");
        for (int t = 0; t < s.features().size(); t++) {
            String sentence = s.templated() && t == 0 ? "x{n}" : "x" + (t % s.atoms());
            b.append("  - {name: t").append(t).append(s.templated() && t == 0 ? ", end-day: 1" : "")
                    .append(", trades: {\"").append(sentence).append("\": \"").append(s.features().get(t)).append("\"}}\n");
        }
        b.append(s.check());
        return b.toString();
    }

    @Property(tries = 200, seed = "20261203")
    @Tag("I11")
    @Label("issue 11 property: generated lia files at the extremes are rejected with lines, or run without NaN and check to a verdict")
    void extremeLiaFilesNeverFailInternally(@ForAll("specs") Spec s) {
        String text = text(s);
        Either<Vector<Problem>, Scenario> r = Scenarios.parse("gen.yaml", text);
        net.jqwik.api.statistics.Statistics.collect(r.isLeft() ? "rejected" : r.get().check().isDefined() ? "ran and checked" : "ran");
        if (r.isLeft()) {
            assertThat(r.getLeft()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("gen.yaml");
                assertThat(p.line()).as("%s\n%s", p, text).isPositive();
            });
            return;
        }
        Scenario.Simulation sim = r.get().simulate();
        assertThat(sim.rows()).allSatisfy(row -> assertThat(row).noneMatch(cell -> cell.contains("NaN")));
        if (r.get().check().isDefined()) {
            Verdict v = r.get().check().get().run(Budget.nodes(100_000), 1);
            assertThat(v.headline()).isNotEmpty();
        }
    }
}
