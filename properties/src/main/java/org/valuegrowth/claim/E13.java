package org.valuegrowth.claim;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.SplittableRandom;
import org.valuegrowth.search.BruteForceValueSolver;
import org.valuegrowth.search.ChocoValueSolver;
import org.valuegrowth.search.LinearRelaxation;
import org.valuegrowth.search.NodeMeter;
import org.valuegrowth.search.ValueResult;
import org.valuegrowth.value.Descriptor;
import org.valuegrowth.value.Dictionary;
import org.valuegrowth.value.UpdateAtom;
import org.valuegrowth.value.ValueProblem;
import org.valuegrowth.value.Values;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * E13 (values as minimal update descriptors): the exact value solver agrees with brute force and
 * the LP bound stays below the exact cost, on every instance of an enumerated class, plus a seeded
 * sample that can only add a counterexample (spec/value.md §5.1); with its controls.
 */
public final class E13 {
    /** Instances of the seeded sample. */
    public static final int INSTANCES = 200;
    /** ε of the class (nats). */
    static final double EPS = 0.3;
    /** The resolution q (nats). */
    static final double Q = 1e-4;

    /** The class in words. */
    static final String CLASS = "value problems of spec/value.md §5.1: F1 two worlds (W uniform), rho = ln(G1/G0) in {0, 0.5, ..., 3}, "
            + "every set of <= 3 atoms on the feature (0, 1) with strengths {-1, 1, 1.5, 2} and costs 1 or 2 bits (651 instances); "
            + "F2 three worlds (W uniform), log-ratios (0, a, b), a, b in {0, 1, 2}, every set of atoms on (0,1,0), (0,0,1), (0,1,1) "
            + "with strengths 1 or 2 and cost 1 bit (576 instances); epsilon = 0.3, q = 1e-4";
    private static final String LINES = "62";
    private static final String QUOTE = "\"your current values\" can be thought of as \"The minimal descriptor of the "
            + "update that needs to be applied to your world-model to convert it into your goal-model.\"";

    private E13() {
    }

    /** E13 with its controls. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e13());
    }

    /** One value problem of a class, with its label. */
    public record Instance(String label, double[] w, double[] g, Dictionary dictionary, double epsilon) {
        /** The problem at resolution q. */
        public ValueProblem problem() {
            return problem(epsilon);
        }

        /** The problem with another ε. */
        ValueProblem problem(double eps) {
            return ValueProblem.of(w, g, dictionary, eps, Q).getOrElseThrow(m -> new IllegalStateException(label + ": " + m));
        }
    }

    /** How the second solver is obtained. */
    enum Mode {
        /** Choco on the same problem (the model check). */
        CHOCO,
        /** Choco on the problem with ε/2 (the positive control: the values differ by construction). */
        CHOCO_HALF_EPSILON,
        /** Greedy oscillation descent in Choco's place (the fault control). */
        GREEDY
    }

    /** E13 over its class, plus the seeded sample. */
    public static ClaimCheck e13() {
        return ClaimCheck.of(new ClaimInfo("E13", "Whether the exact value solver agrees with brute force and the LP bound",
                LINES, QUOTE,
                "for every value problem of the class (spec/value.md §5.1: two worlds, log-ratio rho in {0, 0.5, ..., 3}, up to 3 atoms "
                        + "on (0, 1) with strengths in {-1, 1, 1.5, 2} and 1 or 2 bits; three worlds, log-ratios in {0, 1, 2}^2, any "
                        + "atoms on (0,1,0), (0,0,1), (0,1,1) with strengths 1 or 2 and 1 bit; epsilon = 0.3, q = 1e-4): "
                        + "value_Choco(W,G) = value_brute(W,G) and LP(W,G) <= cost(value); plus 200 seeded instances that can only add "
                        + "a counterexample",
                ClaimInfo.Role.MODEL_CHECK, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, true),
                (b, s) -> crossCheck(valueClass(false), CLASS, b, s, Mode.CHOCO, true),
                Vector.of(positive(), negative(), e13Planted()));
    }

    static ClaimCheck positive() {
        return ClaimCheck.of(new ClaimInfo("E13.positive", "Positive control of E13: two solvers given different tolerances",
                LINES, QUOTE,
                "brute force on (W, G, epsilon) against Choco on (W, G, epsilon/2), W = (1/2, 1/2), ln(G1/G0) = 0.2, dictionary "
                        + "{t: (0, 1), strength 1, 1 bit}, epsilon = 0.3: with epsilon the empty set reaches G (osc 0.2), with epsilon/2 "
                        + "nothing does (0.2 and 0.8 > 0.15), so the values differ by construction (spec/value.md §5.1)",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false),
                (b, s) -> crossCheck(Vector.of(twoWorlds(0.2, Vector.of(atom("t", 1.0, 1)))),
                        "one instance: rho = 0.2, {t: strength 1, 1 bit}", b, s, Mode.CHOCO_HALF_EPSILON, false));
    }

    static ClaimCheck negative() {
        return ClaimCheck.of(new ClaimInfo("E13.negative", "Negative control of E13: every goal-model equal to the world-model",
                LINES, QUOTE,
                "the E13 check on the class with every log-ratio 0 (G = W): the empty set reaches G at cost 0, so both solvers "
                        + "return the empty value and LP = 0 <= 0 on every instance: no counterexample by construction "
                        + "(spec/value.md §5.1)",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false),
                (b, s) -> crossCheck(valueClass(true), "the value problems of the E13 class with every log-ratio 0 (G = W)", b, s,
                        Mode.CHOCO, false));
    }

    /** E13.fault-greedy: a greedy solver in place of Choco must be caught. */
    public static ClaimCheck e13Planted() {
        return ClaimCheck.of(new ClaimInfo("E13.fault-greedy", "Fault control of E13: a greedy value solver", LINES, QUOTE,
                "the E13 check on its class with the exact solver replaced by greedy oscillation descent: on rho = 3 with "
                        + "{2 @ 1 bit, 1.5 @ 1 bit, 1.5 @ 2 bits} greedy takes 2 then 1.5 @ 1 bit and is stuck at osc 0.5, while "
                        + "{1.5 @ 1 bit, 1.5 @ 2 bits} reaches G: the cross-check must report the disagreement (spec/value.md §5.1)",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false),
                (b, s) -> crossCheck(valueClass(false), CLASS, b, s, Mode.GREEDY, false));
    }

    static UpdateAtom atom(String name, double strength, int bits) {
        return new UpdateAtom(name, Vector.of(0.0, 1.0), strength, 1000L * bits);
    }

    /** W = (½, ½), ln(G1/G0) = rho. */
    static Instance twoWorlds(double rho, Vector<UpdateAtom> atoms) {
        double[] w = {0.5, 0.5};
        double[] g = {1 / (1 + Math.exp(rho)), Math.exp(rho) / (1 + Math.exp(rho))};
        return new Instance("two worlds, rho = " + rho + ", {" + atoms.map(E13::atomName).mkString(", ") + "}", w, g,
                new Dictionary(atoms), EPS);
    }

    private static String atomName(UpdateAtom a) {
        return a.name();
    }

    /**
     * The E13 class (spec/value.md §5.1); with {@code identity} every log-ratio is 0 (the negative
     * control). F1: two worlds; F2: three worlds.
     */
    public static Vector<Instance> valueClass(boolean identity) {
        Vector<UpdateAtom> types = Vector.empty();
        for (double l : new double[] {-1, 1, 1.5, 2}) {
            for (int bits = 1; bits <= 2; bits++) {
                types = types.append(atom("w1" + (l > 0 ? "+" : "") + l + "@" + bits + "b", l, bits));
            }
        }
        Vector<Vector<UpdateAtom>> dicts = subsets(types, 3);
        Vector<Instance> out = Vector.empty();
        for (int r = 0; r <= 6; r++) {
            double rho = identity ? 0 : r * 0.5;
            for (Vector<UpdateAtom> d : dicts) {
                out = out.append(twoWorlds(rho, d));
            }
        }
        Vector<UpdateAtom> t3 = Vector.empty();
        double[][] feats = {{0, 1, 0}, {0, 0, 1}, {0, 1, 1}};
        String[] fn = {"x1", "x2", "x12"};
        for (int f = 0; f < 3; f++) {
            for (double l : new double[] {1, 2}) {
                t3 = t3.append(new UpdateAtom(fn[f] + "@" + l, Vector.ofAll(feats[f]), l, 1000L));
            }
        }
        Vector<Vector<UpdateAtom>> all3 = subsets(t3, t3.size());
        for (int r1 = 0; r1 <= 2; r1++) {
            for (int r2 = 0; r2 <= 2; r2++) {
                double a = identity ? 0 : r1;
                double b = identity ? 0 : r2;
                double[] w = {1 / 3.0, 1 / 3.0, 1 / 3.0};
                double z = 1 + Math.exp(a) + Math.exp(b);
                double[] g = {1 / z, Math.exp(a) / z, Math.exp(b) / z};
                for (Vector<UpdateAtom> d : all3) {
                    out = out.append(new Instance("three worlds, log-ratios (0, " + a + ", " + b + "), {"
                            + d.map(E13::atomName).mkString(", ") + "}", w, g, new Dictionary(d), EPS));
                }
            }
        }
        return out;
    }

    /** Every subset of at most {@code k} items, by size then lexicographically. */
    static <T> Vector<Vector<T>> subsets(Vector<T> items, int k) {
        Vector<Vector<T>> out = Vector.of(Vector.empty());
        for (int size = 1; size <= k; size++) {
            out = out.appendAll(combinations(items, size));
        }
        return out;
    }

    private static <T> Vector<Vector<T>> combinations(Vector<T> items, int k) {
        if (k == 0) {
            return Vector.of(Vector.empty());
        }
        Vector<Vector<T>> out = Vector.empty();
        for (int i = 0; i <= items.size() - k; i++) {
            T head = items.get(i);
            for (Vector<T> rest : combinations(items.drop(i + 1), k - 1)) {
                out = out.append(rest.prepend(head));
            }
        }
        return out;
    }

    /**
     * A small random instance of the seeded sample: 2..8 worlds, 0..10 cluster atoms (strengths ±0.5,
     * ±1, ±2, costs 1-3 bits), G = a hidden tilt of W with log-noise up to ε, ε ∈ {0.05, 0.1, 0.3},
     * q = 1e-4.
     */
    public static ValueProblem crossCheckInstance(long seed) {
        return sampleInstance(seed).problem();
    }

    static Instance sampleInstance(long seed) {
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
        return new Instance("seeded instance " + seed + " (" + worlds + " worlds, " + atoms + " atoms, epsilon " + eps + ")",
                w, g, d, eps);
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

    /** What one instance gives: the two values, the LP bound, and whether they disagree. */
    private record Check(Option<Descriptor> brute, Option<Descriptor> other, Option<Double> lp, boolean complete, long nodes) {
        boolean lpBad() {
            return brute.isDefined() && (lp.isEmpty()
                    || lp.get() > brute.get().costMillibits() + 1e-6 * (1 + brute.get().costMillibits()));
        }

        boolean counterexample() {
            return !other.equals(brute) || lpBad();
        }
    }

    private static Check check(Instance in, Mode mode, long millis, long nodes) {
        ValueProblem p = in.problem();
        ValueResult brute = BruteForceValueSolver.solve(p, millis, Math.max(1, nodes));
        long used = brute.statistics().nodes();
        Option<Descriptor> other;
        boolean complete = brute.complete();
        if (mode == Mode.GREEDY) {
            other = greedy(p);
        } else {
            ValueProblem q = mode == Mode.CHOCO ? p : in.problem(in.epsilon() / 2);
            ValueResult c = ChocoValueSolver.solve(q, millis, Math.max(1, nodes - used));
            used += c.statistics().nodes();
            complete &= c.complete();
            other = c.value();
        }
        return new Check(brute.value(), other, LinearRelaxation.lowerBound(p), complete, used);
    }

    /**
     * The cross-check over {@code instances} (then, if {@code sample}, over the seeded sample, which
     * can only add a counterexample). One node = one brute-force subset or one Choco node.
     */
    static Verdict crossCheck(Vector<Instance> instances, String what, Budget budget, long seed, Mode mode, boolean sample) {
        NodeMeter meter = new NodeMeter(budget);
        String solver = mode == Mode.GREEDY ? "greedy oscillation descent (planted fault)"
                : mode == Mode.CHOCO_HALF_EPSILON ? "choco 4.10.18 on epsilon/2" : "choco 4.10.18";
        Bound bound = Bound.ofClass(what,
                "every instance of the class, enumerated: brute force against " + solver + ", and the LP bound against the exact cost"
                        + (sample ? "; then " + INSTANCES + " seeded instances (can only add a counterexample)" : ""),
                "instances", instances.size(), "epsilon", EPS, "q", Q, "solver", solver,
                "sample", sample ? INSTANCES + " seeded instances (seed " + seed + "): 2-8 worlds, 0-10 atoms, strengths +-0.5/+-1/+-2, "
                        + "costs 1-3 bits, eps in {0.05, 0.1, 0.3}" : "none",
                "nodeUnit", "one brute-force subset or Choco node");
        double best = Double.NEGATIVE_INFINITY;
        String bestAt = "";
        long done = 0;
        Vector<Instance> all = sample
                ? instances.appendAll(Vector.range(0, INSTANCES).map(k -> sampleInstance(seed * 1_000_003L + k)))
                : instances;
        for (int k = 0; k < all.size(); k++) {
            Instance in = all.get(k);
            if (meter.remaining() < 1 || meter.timeUp()) {
                meter.spend(1);
                return inconclusive(bound, meter, done, instances.size(), k, best, bestAt, solver);
            }
            Check c = check(in, mode, meter.remainingMillis(Budget.MAX_TIME_MILLIS), meter.remaining());
            meter.record(c.nodes());
            if (!c.complete()) {
                meter.stoppedBy(meter.timeUp() ? "time limit reached" : "node budget " + budget.maxNodes() + " exhausted");
                return inconclusive(bound, meter, done, instances.size(), k, best, bestAt, solver);
            }
            done++;
            if (k < instances.size() && c.brute().isDefined() && c.lp().isDefined()) {
                double gap = (c.lp().get() - c.brute().get().costMillibits()) / 1000.0;
                if (gap > best) {
                    best = gap;
                    bestAt = in.label() + ": LP " + fmt(c.lp().get() / 1000) + " bits, value " + c.brute().get();
                }
            }
            if (c.counterexample()) {
                return found(bound, meter, done, in, mode, c, solver, k < instances.size(),
                        margin(best, bestAt, false));
            }
        }
        SearchStatistics st = new SearchStatistics("value cross-check (" + solver + " vs brute force)", done, meter.nodes(), 0, 0, 1,
                meter.elapsedNanos());
        return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound, st, Option.some(margin(best, bestAt, true)));
    }

    private static Verdict inconclusive(Bound bound, NodeMeter meter, long done, int classSize, int k, double best,
                                        String bestAt, String solver) {
        return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound,
                new SearchStatistics("value cross-check (" + solver + " vs brute force)", done, meter.nodes(), 0, 0, 1,
                        meter.elapsedNanos()),
                meter.stopReason() + " after " + Math.min(k, classSize) + " of " + classSize + " class instances"
                        + (k > classSize ? " and " + (k - classSize) + " sampled" : ""),
                Option.some(margin(best, bestAt, false)));
    }

    private static Margin margin(double best, String at, boolean exact) {
        return new Margin("LP bound minus exact cost (bits), over the class's instances with a value", Margin.Extremum.MAX,
                best == Double.NEGATIVE_INFINITY ? Double.NaN : best, "<=", 0, exact, at);
    }

    /** A counterexample, replayed: both values recomputed from the instance outside the loop. */
    private static Verdict found(Bound bound, NodeMeter meter, long done, Instance in, Mode mode, Check first, String solver,
                                 boolean inClass, Margin margin) {
        Check replay = check(in, mode, Budget.MAX_TIME_MILLIS, Long.MAX_VALUE);
        if (!replay.counterexample()) {
            throw new IllegalStateException("the replay does not reproduce the disagreement on " + in.label());
        }
        String b = replay.brute().map(Descriptor::toString).getOrElse("none");
        String o = replay.other().map(Descriptor::toString).getOrElse("none");
        String lp = replay.lp().map(v -> fmt(v / 1000)).getOrElse("infeasible");
        double gap = replay.other().map(Descriptor::bits).getOrElse(Double.NaN) - replay.brute().map(Descriptor::bits).getOrElse(Double.NaN);
        Vector<Vector<String>> rows = Vector.of(Vector.of(in.label(), b, o, lp));
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                .put("instance", in.label()).put("inClass", inClass).put("brute", b).put("solver", o).put("lpBits", lp)
                .put("solversDisagree", !replay.other().equals(replay.brute())).put("lpAboveExact", replay.lpBad());
        String what = !replay.other().equals(replay.brute())
                ? "brute force gives " + b + ", " + solver + " gives " + o
                : "the LP bound " + lp + " bits exceeds the exact cost of " + b;
        Witness w = new Witness((inClass ? "" : "(sampled) ") + in.label() + ": " + what,
                Vector.of("instance", "brute force", mode == Mode.GREEDY ? "greedy" : solver, "LP bound (bits)"), rows, trace,
                "solver bits minus brute-force bits", gap, Vector.empty());
        return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound,
                new SearchStatistics("value cross-check (" + solver + " vs brute force)", done, meter.nodes(), 0, 0, 1,
                        meter.elapsedNanos()), w, Option.some(margin));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
