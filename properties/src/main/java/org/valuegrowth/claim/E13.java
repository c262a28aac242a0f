package org.valuegrowth.claim;

import org.valuegrowth.search.BruteForceValueSolver;
import org.valuegrowth.search.ChocoValueSolver;
import org.valuegrowth.search.LinearRelaxation;
import org.valuegrowth.search.ValueResult;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.value.Descriptor;
import org.valuegrowth.value.Dictionary;
import org.valuegrowth.value.UpdateAtom;
import org.valuegrowth.value.ValueProblem;
import org.valuegrowth.value.Values;

/**
 * Claim E13 (values as minimal update descriptors): the exact value solver agrees with brute force
 * and the linear relaxation bounds it from below, with its planted twin ({@code spec/value.md} §5).
 */
public final class E13 {
    /** Instances searched by the E13 entries. */
    public static final int INSTANCES = 200;

    private static final String E13_LINES = "62";
    private static final String E13_QUOTE = "\"your current values\" can be thought of as \"The minimal descriptor of the "
            + "update that needs to be applied to your world-model to convert it into your goal-model.\"";

    private E13() {
    }

    /** E13 and its planted twin. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e13());
    }


    /** E13: on 200 seeded small instances Choco = brute force and LP ≤ exact. */
    public static ClaimCheck e13() {
        return ClaimCheck.of(new ClaimInfo("E13", "Values as minimal update descriptors: the solvers agree", E13_LINES,
                E13_QUOTE, "∀ instance of the seeded sample: value_Choco(W,G) = value_brute(W,G) and LP(W,G) ≤ |value|",
                ClaimInfo.Role.MODEL_CHECK, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, true),
                (b, s) -> crossCheck(b, s, false), Vector.of(e13Planted()));
    }


    /** E13.planted: a greedy solver in place of Choco must be caught. */
    public static ClaimCheck e13Planted() {
        return ClaimCheck.of(new ClaimInfo("E13.fault-greedy", "Fault control of E13: a greedy value solver", E13_LINES, E13_QUOTE,
                "as E13, with the exact solver replaced by greedy oscillation descent",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, true),
                (b, s) -> crossCheck(b, s, true));
    }


    /**
     * A small cross-check instance: 2..8 worlds, 0..10 cluster atoms (strengths ±0.5, ±1, ±2, costs
     * 1-3 bits), G = a hidden tilt of W with log-noise up to ε, ε ∈ {0.05, 0.1, 0.3}, q = 1e-4.
     */
    public static ValueProblem crossCheckInstance(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int worlds = 2 + rnd.nextInt(7);
        int atoms = rnd.nextInt(11);
        double[] strengths = {0.5, -0.5, 1, -1, 2, -2};
        Vector<UpdateAtom> list = Vector.empty();
        for (int i = 0; i < atoms; i++) {
            Vector<Double> f = Vector.empty();
            for (int x = 0; x < worlds; x++) {
                f = f.append(rnd.nextBoolean() ? 1.0 : 0.0);
            }
            list = list.append(new UpdateAtom("a" + i, f, strengths[rnd.nextInt(6)], 1000L * (1 + rnd.nextInt(3))));
        }
        Dictionary d = new Dictionary(list);
        double[] w = new double[worlds];
        double z = 0;
        for (int x = 0; x < worlds; x++) {
            w[x] = 0.1 + rnd.nextDouble();
            z += w[x];
        }
        for (int x = 0; x < worlds; x++) {
            w[x] /= z;
        }
        io.vavr.collection.Set<String> hidden = io.vavr.collection.HashSet.empty();
        for (UpdateAtom a : list) {
            if (rnd.nextInt(3) == 0) {
                hidden = hidden.add(a.name());
            }
        }
        double eps = new double[] {0.05, 0.1, 0.3}[rnd.nextInt(3)];
        double[] g = Values.tilt(w, d, hidden);
        double zg = 0;
        for (int x = 0; x < worlds; x++) {
            g[x] *= Math.exp((2 * rnd.nextDouble() - 1) * eps * rnd.nextInt(3) / 2);
            zg += g[x];
        }
        for (int x = 0; x < worlds; x++) {
            g[x] /= zg;
        }
        return ValueProblem.of(w, g, d, eps, 1e-4).get();
    }


    /** The planted fault: add the atom that most lowers the oscillation until G is reached. */
    public static Option<Descriptor> greedy(ValueProblem p) {
        long mask = 0;
        while (!p.reaches(mask)) {
            long best = -1;
            long bestOsc = p.oscillation(mask);
            for (int i = 0; i < p.atomCount(); i++) {
                long m = mask | (1L << i);
                if (m != mask && p.oscillation(m) < bestOsc) {
                    best = m;
                    bestOsc = p.oscillation(m);
                }
            }
            if (best < 0) {
                return Option.none();
            }
            mask = best;
        }
        return Option.some(p.descriptor(mask));
    }


    private static Verdict crossCheck(Budget budget, long seed, boolean mutant) {
        long t0 = System.nanoTime();
        Bound bound = Bound.of(INSTANCES + " seeded instances (2-8 worlds, 0-10 cluster atoms, strengths ±0.5/±1/±2, "
                + "costs 1-3 bits, eps in {0.05,0.1,0.3}, q = 1e-4)", "instances", INSTANCES, "seed", seed,
                "exact solver", mutant ? "greedy (planted fault)" : "choco 4.10.18");
        long nodes = 0;
        for (int k = 0; k < INSTANCES; k++) {
            long instanceSeed = seed * 1_000_003L + k;
            ValueProblem p = crossCheckInstance(instanceSeed);
            long left = budget.remainingMillis(t0, Budget.MAX_TIME_MILLIS);
            if (budget.timeUp(t0) || nodes > budget.maxNodes()) {
                return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound,
                        new SearchStatistics("value cross-check", k, nodes, 0, 0, 1, System.nanoTime() - t0),
                        "limit reached after " + k + " instances");
            }
            ValueResult brute = BruteForceValueSolver.solve(p, left);
            nodes += brute.statistics().nodes();
            Option<Descriptor> exact;
            boolean complete = brute.complete();
            if (mutant) {
                exact = greedy(p);
            } else {
                ValueResult c = ChocoValueSolver.solve(p, Math.max(1, left));
                nodes += c.statistics().nodes();
                complete &= c.complete();
                exact = c.value();
            }
            if (!complete) {
                return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound,
                        new SearchStatistics("value cross-check", k, nodes, 0, 0, 1, System.nanoTime() - t0),
                        "a solver hit the time limit at instance " + k);
            }
            Option<Double> lp = LinearRelaxation.lowerBound(p);
            boolean lpBad = brute.value().isDefined() && (lp.isEmpty()
                    || lp.get() > brute.value().get().costMillibits() + 1e-6 * (1 + brute.value().get().costMillibits()));
            if (!exact.equals(brute.value()) || lpBad) {
                // replayed outside the search: recompute both values from the instance seed
                ValueProblem replay = crossCheckInstance(instanceSeed);
                Option<Descriptor> b2 = BruteForceValueSolver.solve(replay, budget.timeLimitMillis().getOrElse(Budget.MAX_TIME_MILLIS)).value();
                Option<Descriptor> e2 = mutant ? greedy(replay) : ChocoValueSolver.solve(replay, budget.timeLimitMillis().getOrElse(Budget.MAX_TIME_MILLIS)).value();
                double gap = e2.map(Descriptor::bits).getOrElse(Double.NaN) - b2.map(Descriptor::bits).getOrElse(Double.NaN);
                Vector<Vector<String>> rows = Vector.of(Vector.of(String.valueOf(instanceSeed),
                        b2.map(Descriptor::toString).getOrElse("none"), e2.map(Descriptor::toString).getOrElse("none"),
                        lp.map(v -> String.format(Locale.ROOT, "%.3f", v / 1000)).getOrElse("infeasible")));
                LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                        .put("instanceSeed", instanceSeed).put("brute", b2.map(Descriptor::toString).getOrElse("none"))
                        .put("solver", e2.map(Descriptor::toString).getOrElse("none"));
                Witness w = new Witness("instance " + instanceSeed + ": brute force " + b2.map(Descriptor::toString).getOrElse("none")
                        + ", solver " + e2.map(Descriptor::toString).getOrElse("none"),
                        Vector.of("instance seed", "brute force", mutant ? "greedy" : "choco", "LP bound (bits)"), rows, trace,
                        "solver bits minus brute-force bits", gap, Vector.empty());
                return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound,
                        new SearchStatistics("value cross-check", k + 1, nodes, 0, 0, 1, System.nanoTime() - t0), w);
            }
        }
        return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound,
                new SearchStatistics("value cross-check", INSTANCES, nodes, 0, 0, 1, System.nanoTime() - t0));
    }
}
