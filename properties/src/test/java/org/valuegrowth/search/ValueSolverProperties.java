package org.valuegrowth.search;

import org.valuegrowth.claim.E13;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.valuegrowth.value.Descriptor;
import org.valuegrowth.value.Dictionary;
import org.valuegrowth.value.UpdateAtom;
import org.valuegrowth.value.ValueInstances;
import org.valuegrowth.value.ValueProblem;
import org.valuegrowth.value.Values;

/** E13: the three value solvers agree where they must; the value's algebraic laws. */
@Tag("E13")
class ValueSolverProperties {
    static final long LIMIT = 20_000;

    @Property(tries = 150)
    @Label("E13 law: the exact value solver (Choco) equals brute force: same canonical descriptor, both complete")
    void chocoEqualsBruteForce(@ForAll long seed, @ForAll boolean uniformCost) {
        ValueProblem p = ValueInstances.random(seed, 9, uniformCost).problem();
        ValueResult brute = BruteForceValueSolver.solve(p, LIMIT);
        ValueResult choco = ChocoValueSolver.solve(p, LIMIT);
        assertThat(brute.complete()).isTrue();
        assertThat(choco.complete()).isTrue();
        assertThat(choco.value()).isEqualTo(brute.value());
        brute.value().forEach(d -> assertThat(p.reaches(p.maskOf(d))).isTrue());
    }

    @Property(tries = 20)
    @Label("E13 law: Choco with solution checking (Settings.dev) gives the same value")
    void checkedChocoAgrees(@ForAll long seed) {
        ValueProblem p = ValueInstances.random(seed, 7, false).problem();
        assertThat(ChocoValueSolver.solveChecked(p, LIMIT).value()).isEqualTo(ChocoValueSolver.solve(p, LIMIT).value());
    }

    @Property(tries = 150)
    @Label("E13 law: the LP relaxation bound is at most the exact value's length; an infeasible LP means no value")
    void linearRelaxationIsALowerBound(@ForAll long seed, @ForAll boolean uniformCost) {
        ValueProblem p = ValueInstances.random(seed, 9, uniformCost).problem();
        ValueResult exact = BruteForceValueSolver.solve(p, LIMIT);
        Option<Double> lp = LinearRelaxation.lowerBound(p);
        Statistics.label("has value").collect(exact.value().isDefined());
        Statistics.label("has value").coverage(c -> {
            c.check(true).percentage(pc -> pc >= 20);
            c.check(false).percentage(pc -> pc >= 5);
        });
        if (lp.isEmpty()) {
            assertThat(exact.value()).isEmpty();
        }
        exact.value().forEach(d -> {
            assertThat(lp).isNotEmpty();
            assertThat(lp.get()).isLessThanOrEqualTo(d.costMillibits() + 1e-6 * (1 + d.costMillibits()));
        });
    }

    @Property(tries = 60)
    @Label("E13 law: the identity update (G = W) has the empty value, 0 bits")
    void identityHasEmptyValue(@ForAll long seed) {
        ValueInstances.Instance in = ValueInstances.random(seed, 8, false);
        ValueProblem p = in.withGoal(in.w().clone()).problem();
        Descriptor empty = new Descriptor(Vector.empty(), 0);
        assertThat(ChocoValueSolver.solve(p, LIMIT).value()).contains(empty);
        assertThat(BruteForceValueSolver.solve(p, LIMIT).value()).contains(empty);
    }

    @Property(tries = 80)
    @Label("E13 law: values are invariant under relabelling the worlds and reordering the dictionary")
    void valuesAreInvariantUnderRelabelling(@ForAll long seed) {
        ValueInstances.Instance in = ValueInstances.random(seed, 8, true);
        SplittableRandom rnd = new SplittableRandom(seed + 7);
        int n = in.w().length;
        int[] pi = permutation(rnd, n);
        int[] sigma = permutation(rnd, in.dictionary().size());
        double[] w = new double[n];
        double[] g = new double[n];
        for (int x = 0; x < n; x++) {
            w[pi[x]] = in.w()[x];
            g[pi[x]] = in.g()[x];
        }
        Vector<UpdateAtom> moved = in.dictionary().atoms().map(a -> {
            Double[] f = new Double[n];
            for (int x = 0; x < n; x++) {
                f[pi[x]] = a.feature().get(x);
            }
            return new UpdateAtom(a.name(), Vector.of(f), a.strength(), a.costMillibits());
        });
        Dictionary relabelled = new Dictionary(moved).permuted(sigma);
        ValueProblem original = in.problem();
        ValueProblem other = ValueProblem.of(w, g, relabelled, in.epsilon(), ValueInstances.RESOLUTION).get();
        Option<Descriptor> v = BruteForceValueSolver.solve(original, LIMIT).value();
        assertThat(BruteForceValueSolver.solve(other, LIMIT).value()).isEqualTo(v);
        assertThat(ChocoValueSolver.solve(other, LIMIT).value()).isEqualTo(v);
    }

    @Property(tries = 150)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    @Label("E13 law (corrected): equal values imply updates within 2 epsilon (+2q) in the Hilbert metric, not within epsilon")
    void equalValuesImplyUpdatesWithinTwoEpsilon(@ForAll long seed) {
        ValueInstances.Instance in = ValueInstances.random(seed, 7, false);
        SplittableRandom rnd = new SplittableRandom(seed + 11);
        double[] g2 = ValueInstances.jitter(rnd, in.g(), in.epsilon());
        ValueProblem p1 = in.problem();
        ValueProblem p2 = in.withGoal(g2).problem();
        Option<Descriptor> v1 = BruteForceValueSolver.solve(p1, LIMIT).value();
        Option<Descriptor> v2 = BruteForceValueSolver.solve(p2, LIMIT).value();
        boolean equal = v1.isDefined() && v1.equals(v2);
        Statistics.label("equal values").collect(equal);
        Statistics.label("equal values").coverage(c -> c.check(true).percentage(pc -> pc >= 10));
        Statistics.label("apart by more than epsilon").collect(equal && Values.hilbert(in.g(), g2) > in.epsilon());
        if (equal) {
            long[] r1 = p1.residual();
            long[] r2 = p2.residual();
            long max = Long.MIN_VALUE;
            long min = Long.MAX_VALUE;
            for (int x = 0; x < r1.length; x++) {
                max = Math.max(max, r1[x] - r2[x]);
                min = Math.min(min, r1[x] - r2[x]);
            }
            assertThat(max - min).isLessThanOrEqualTo(2 * p1.tolerance());
            assertThat(Values.hilbert(in.g(), g2))
                    .isLessThanOrEqualTo(2 * in.epsilon() + 2 * ValueInstances.RESOLUTION);
        }
    }

    @Property(tries = 80)
    @Label("E13 law (corrected): equal updates (identical discretised log-ratios) give equal values")
    void equalUpdatesGiveEqualValues(@ForAll long seed) {
        ValueInstances.Instance in = ValueInstances.random(seed, 8, true);
        double[] same = new double[in.g().length];
        double z = 0;
        for (int x = 0; x < same.length; x++) {
            same[x] = in.g()[x] * 3.0;
            z += same[x];
        }
        for (int x = 0; x < same.length; x++) {
            same[x] /= z;
        }
        ValueProblem p1 = in.problem();
        ValueProblem p2 = in.withGoal(same).problem();
        long shift = p1.residual()[0] - p2.residual()[0];
        boolean constantShift = true;
        for (int x = 0; x < p1.worldCount(); x++) {
            constantShift &= p1.residual()[x] - p2.residual()[x] == shift;
        }
        Statistics.label("constant shift").collect(constantShift);
        Statistics.label("constant shift").coverage(c -> c.check(true).percentage(pc -> pc >= 50));
        if (constantShift) {
            assertThat(BruteForceValueSolver.solve(p2, LIMIT).value()).isEqualTo(BruteForceValueSolver.solve(p1, LIMIT).value());
        }
    }

    @Example
    @Label("E13 counterexample (spec/value.md): goal-models within epsilon of each other with different values")
    void closeUpdatesCanHaveDifferentValues() {
        Dictionary d = new Dictionary(Vector.of(new UpdateAtom("t", Vector.of(0.0, 1.0), 1.0, 1000)));
        double[] w = {0.5, 0.5};
        double[] g1 = twoPoint(0.35);
        double[] g2 = twoPoint(0.65);
        ValueProblem p1 = ValueProblem.of(w, g1, d, 0.4, 1e-4).get();
        ValueProblem p2 = ValueProblem.of(w, g2, d, 0.4, 1e-4).get();
        assertThat(Values.hilbert(g1, g2)).isLessThanOrEqualTo(0.4);
        assertThat(BruteForceValueSolver.solve(p1, LIMIT).value().get().atoms()).isEmpty();
        assertThat(BruteForceValueSolver.solve(p2, LIMIT).value().get().atoms()).containsExactly("t");
    }

    @Example
    @Label("E13 counterexample (spec/value.md): equal values for goal-models more than epsilon apart")
    void equalValuesCanBeFarApart() {
        Dictionary d = new Dictionary(Vector.of(new UpdateAtom("t", Vector.of(0.0, 1.0), 1.0, 1000)));
        double[] w = {0.5, 0.5};
        double[] g1 = twoPoint(-0.35);
        double[] g2 = twoPoint(0.35);
        Option<Descriptor> v1 = BruteForceValueSolver.solve(ValueProblem.of(w, g1, d, 0.4, 1e-4).get(), LIMIT).value();
        Option<Descriptor> v2 = BruteForceValueSolver.solve(ValueProblem.of(w, g2, d, 0.4, 1e-4).get(), LIMIT).value();
        assertThat(v1).isEqualTo(v2);
        assertThat(Values.hilbert(g1, g2)).isGreaterThan(0.4);
        assertThat(Values.hilbert(g1, g2)).isLessThanOrEqualTo(0.8);
    }

    @Example
    @Label("E13 planted fault twin: a greedy solver is caught by the brute-force cross-check")
    void greedyMutantIsCaught() {
        int disagreements = 0;
        for (long seed = 1; seed <= 300; seed++) {
            ValueProblem p = ValueInstances.random(seed, 9, false).problem();
            Option<Descriptor> exact = BruteForceValueSolver.solve(p, LIMIT).value();
            Option<Descriptor> greedy = E13.greedy(p);
            if (!exact.equals(greedy)) {
                disagreements++;
            }
        }
        assertThat(disagreements).isGreaterThan(0);
    }

    @Example
    @Label("E13 planted fault twin: an LP bound raised by one bit violates the lower-bound check")
    void unsoundBoundIsCaught() {
        boolean caught = false;
        for (long seed = 1; seed <= 100 && !caught; seed++) {
            ValueProblem p = ValueInstances.random(seed, 9, false).problem();
            Option<Descriptor> exact = BruteForceValueSolver.solve(p, LIMIT).value();
            Option<Double> lp = LinearRelaxation.lowerBound(p);
            if (exact.isDefined() && lp.isDefined() && lp.get() + 1000 > exact.get().costMillibits() + 1e-6) {
                caught = true;
            }
        }
        assertThat(caught).isTrue();
    }

    private static double[] twoPoint(double logRatio) {
        double a = 1.0;
        double b = Math.exp(logRatio);
        return new double[] {a / (a + b), b / (a + b)};
    }

    private static int[] permutation(SplittableRandom rnd, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @SuppressWarnings("unused")
    private static HashSet<String> names(Descriptor d) {
        return HashSet.ofAll(d.atoms());
    }
}
