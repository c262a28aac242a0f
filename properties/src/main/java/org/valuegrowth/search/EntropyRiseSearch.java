package org.valuegrowth.search;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.Locale;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.ModeCollapse;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.persona.Persona;
import org.valuegrowth.persona.PersonaSpace;
import org.valuegrowth.search.internal.SftKernel;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * Claim E5 as a search over a class of persona markets: does SFT toward the assistant persona ever
 * raise the market's output entropy (spec/growth.md §8.3)?
 *
 * <p>A member of the class is an alphabet of m tokens, the assistant and P − 1 other personas (each
 * a voice v and two i.i.d. traders: the exact voice and the blurred copy ½v + 1/(2m), sharing the
 * persona's prior share equally), and the persona shares. The search visits every member in
 * canonical order (families in order, then the assistant's voice, the others as a non-decreasing
 * tuple of voice indices, then the shares), computes H(q_k) for k = 0..K with {@link SftKernel}
 * and the largest one-step rise max_k H(q_k) − H(q_{k−1}). A rise &gt; tolerance is a
 * counterexample; the first one is replayed through the plain model ({@link ModeCollapse#trajectory}).
 * The margin is the largest rise over the class. Kind COUNTEREXAMPLE; one node = one member.
 */
public final class EntropyRiseSearch {
    private EntropyRiseSearch() {
    }

    /** Which update the kernel applies. */
    public enum Kernel {
        /** The model's expected-mode SFT. */
        EXACT(1.0),
        /** Planted fault: the log-likelihood's sign flipped. */
        FAULT_SIGN_FLIPPED(-1.0);

        private final double sign;

        Kernel(double sign) {
            this.sign = sign;
        }
    }

    /**
     * One family of the class: markets over {@code alphabet} tokens with {@code personas} personas.
     *
     * @param alphabet m ≥ 2
     * @param personas P ≥ 2 (the assistant and P − 1 others)
     * @param assistantVoices the assistant's candidate voices (probability vectors of length m)
     * @param otherVoices the other personas' candidate voices
     * @param shares candidate persona shares (length P, assistant first, each &gt; 0, summing to 1)
     */
    public record Family(int alphabet, int personas, Vector<Vector<Double>> assistantVoices,
                         Vector<Vector<Double>> otherVoices, Vector<Vector<Double>> shares) {
        /** Validates the parts. */
        public Family {
            if (alphabet < 2 || personas < 2) {
                throw new ModelException("need alphabet >= 2 and personas >= 2: " + alphabet + ", " + personas);
            }
            if (assistantVoices == null || otherVoices == null || shares == null || assistantVoices.isEmpty()
                    || otherVoices.isEmpty() || shares.isEmpty()) {
                throw new ModelException("a family needs voices and shares");
            }
            for (Vector<Double> v : assistantVoices.appendAll(otherVoices)) {
                requireDistribution("voice", v, alphabet);
            }
            for (Vector<Double> s : shares) {
                requireDistribution("persona shares", s, personas);
                if (s.exists(x -> !(x > 0))) {
                    throw new ModelException("persona shares must be > 0: " + s);
                }
            }
        }

        /** The number of markets in this family (before the precondition). */
        public long size() {
            return assistantVoices.size() * multisets(otherVoices.size(), personas - 1) * shares.size();
        }

        /** One line: "m = 4, P = 3: 35 assistant voices, 35 other voices, 10 share vectors". */
        public String describe() {
            return "m = " + alphabet + ", P = " + personas + ": " + assistantVoices.size() + " assistant voices, "
                    + otherVoices.size() + " other voices, " + shares.size() + " share vectors";
        }
    }

    /**
     * The class.
     *
     * @param description the class in words (goes into the bound)
     * @param families the families, searched in order
     * @param demonstrations K ≥ 1
     * @param tolerance a rise must exceed this (nats, ≥ 0)
     * @param collapsePrecondition whether members need H(v_assistant) ≤ H(q_0) (others are outside the class)
     */
    public record SftClass(String description, Vector<Family> families, int demonstrations, double tolerance,
                           boolean collapsePrecondition) {
        /** Validates the parts. */
        public SftClass {
            if (description == null || description.isBlank() || families == null || families.isEmpty()) {
                throw new ModelException("a class needs a description and families");
            }
            if (demonstrations < 1 || !(tolerance >= 0)) {
                throw new ModelException("need demonstrations >= 1 and tolerance >= 0: " + demonstrations + ", " + tolerance);
            }
        }

        /** Markets in the class before the precondition. */
        public long size() {
            return families.map(Family::size).sum().longValue();
        }
    }

    /** The voices on the positive grid 1/d over m tokens (every token ≥ 1/d), in composition order. */
    public static Vector<Vector<Double>> positiveGrid(int m, int d) {
        Vector<Vector<Double>> out = Vector.empty();
        for (int[] a : compositions(m, d - m)) {
            Vector<Double> v = Vector.empty();
            for (int x : a) {
                v = v.append((double) (x + 1) / d);
            }
            out = out.append(v);
        }
        return out;
    }

    /**
     * The E5 class of spec/growth.md §8.3: m ∈ {2, 3, 4}, P ∈ {2, 3}, voices on the positive grid 1/8,
     * shares on the positive grid 1/6, K = 20, tolerance 1e-12, with the collapse precondition.
     */
    public static SftClass e5Class() {
        Vector<Family> fams = Vector.empty();
        for (int m = 2; m <= 4; m++) {
            for (int p = 2; p <= 3; p++) {
                fams = fams.append(new Family(m, p, positiveGrid(m, 8), positiveGrid(m, 8), positiveGrid(p, 6)));
            }
        }
        return new SftClass("persona markets over m in {2, 3, 4} tokens with the assistant and 1 or 2 other personas; "
                + "voices on the positive grid 1/8, each persona an exact and a blurred (v/2 + 1/(2m)) trader sharing its "
                + "prior share equally; persona shares on the positive grid 1/6; members need H(v_assistant) <= H(q_0)",
                fams, 20, 1e-12, true);
    }

    /** A member of the class as a plain-model market with its personas ("assistant", "other-1", …). */
    public record Member(KellyMarket market, PersonaSpace space, Persona assistant) {
    }

    /** Builds the plain-model market of a member: voices (assistant first) and persona shares. */
    public static Member member(Vector<Vector<Double>> voices, Vector<Double> shares) {
        int m = voices.head().size();
        Vector<Persona> ps = Vector.empty();
        Vector<PredictorTrader> traders = Vector.empty();
        double[] lw = new double[2 * voices.size()];
        for (int j = 0; j < voices.size(); j++) {
            String name = j == 0 ? "assistant" : "other-" + j;
            double[] v = unbox(voices.get(j));
            double[] blur = new double[m];
            for (int x = 0; x < m; x++) {
                blur[x] = 0.5 * v[x] + 0.5 / m;
            }
            ps = ps.append(new Persona(name, HashSet.of(name), HashSet.of(name + "-exact", name + "-blurred"),
                    new Predictor.Iid(v)));
            traders = traders.append(new PredictorTrader(name + "-exact", 1, new Predictor.Iid(v)))
                    .append(new PredictorTrader(name + "-blurred", 1, new Predictor.Iid(blur)));
            lw[2 * j] = Math.log(shares.get(j) / 2);
            lw[2 * j + 1] = Math.log(shares.get(j) / 2);
        }
        return new Member(KellyMarket.of(traders, Prior.Explicit.of(lw), m), new PersonaSpace(ps), ps.head());
    }

    /** Runs the search with the model's kernel. */
    public static Verdict run(SftClass cls, Budget budget) {
        return run(cls, budget, Kernel.EXACT);
    }

    /** Runs the search with the given kernel (the fault control plants {@link Kernel#FAULT_SIGN_FLIPPED}). */
    public static Verdict run(SftClass cls, Budget budget, Kernel kernel) {
        NodeMeter meter = new NodeMeter(budget);
        long members = 0;
        long excluded = 0;
        long rises = 0;
        long visited = 0;
        double best = Double.NEGATIVE_INFINITY;
        String bestAt = "";
        Vector<Vector<Double>> firstVoices = null;
        Vector<Double> firstShares = null;
        double firstRise = 0;
        int firstK = 0;
        long total = cls.size();
        int kMax = cls.demonstrations();
        double[] h = new double[kMax + 1];
        for (Family f : cls.families()) {
            int m = f.alphabet();
            int np = f.personas();
            double[][] av = arrays(f.assistantVoices());
            double[][] ov = arrays(f.otherVoices());
            double[][] sh = arrays(f.shares());
            int[] others = new int[np - 1];
            double[][] p = new double[2 * np][];
            double[] w0 = new double[2 * np];
            double[] w = new double[2 * np];
            double[] q = new double[m];
            for (int ai = 0; ai < av.length; ai++) {
                double hv = SftKernel.entropy(av[ai]);
                java.util.Arrays.fill(others, 0);
                while (true) {
                    p[0] = av[ai];
                    p[1] = blur(av[ai]);
                    for (int j = 0; j < others.length; j++) {
                        p[2 * j + 2] = ov[others[j]];
                        p[2 * j + 3] = blur(ov[others[j]]);
                    }
                    double[] r = SftKernel.ratios(p, av[ai], kernel.sign);
                    for (double[] s : sh) {
                        if (!meter.spend(1)) {
                            return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound(cls, kernel, total),
                                    stats(meter, visited, rises, kernel),
                                    meter.stopReason() + " after " + visited + " of " + total + " markets (family "
                                            + f.describe() + ")",
                                    io.vavr.control.Option.some(margin(cls, best, bestAt, false)));
                        }
                        visited++;
                        for (int j = 0; j < np; j++) {
                            w0[2 * j] = s[j] / 2;
                            w0[2 * j + 1] = s[j] / 2;
                        }
                        SftKernel.run(p, w0, r, kMax, h, w, q);
                        if (cls.collapsePrecondition() && hv > h[0] + 1e-12) {
                            excluded++;
                            continue;
                        }
                        members++;
                        double rise = Double.NEGATIVE_INFINITY;
                        int at = 1;
                        for (int k = 1; k <= kMax; k++) {
                            if (h[k] - h[k - 1] > rise) {
                                rise = h[k] - h[k - 1];
                                at = k;
                            }
                        }
                        if (rise > best) {
                            best = rise;
                            bestAt = describe(voices(f, ai, others), Vector.ofAll(s)) + ", k = " + at;
                        }
                        if (rise > cls.tolerance()) {
                            rises++;
                            if (firstVoices == null) {
                                firstVoices = voices(f, ai, others);
                                firstShares = Vector.ofAll(s);
                                int k1 = 1;
                                while (!(h[k1] - h[k1 - 1] > cls.tolerance())) {
                                    k1++;
                                }
                                firstK = k1;
                                firstRise = h[k1] - h[k1 - 1];
                            }
                        }
                    }
                    if (!nextMultiset(others, ov.length)) {
                        break;
                    }
                }
            }
        }
        Bound bound = bound(cls, kernel, total).with("membersAfterPrecondition", members).with("excludedByPrecondition", excluded);
        SearchStatistics st = stats(meter, visited, rises, kernel);
        Margin mg = margin(cls, best, bestAt, true);
        if (firstVoices == null) {
            return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound, st, io.vavr.control.Option.some(mg));
        }
        Witness wt = replay(cls, firstVoices, firstShares, firstK, firstRise, rises, members);
        return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound, st, wt, io.vavr.control.Option.some(mg));
    }

    private static Vector<Vector<Double>> voices(Family f, int ai, int[] others) {
        Vector<Vector<Double>> v = Vector.of(f.assistantVoices().get(ai));
        for (int o : others) {
            v = v.append(f.otherVoices().get(o));
        }
        return v;
    }

    private static double[] blur(double[] v) {
        double[] b = new double[v.length];
        for (int x = 0; x < v.length; x++) {
            b[x] = 0.5 * v[x] + 0.5 / v.length;
        }
        return b;
    }

    private static double[][] arrays(Vector<Vector<Double>> vs) {
        double[][] out = new double[vs.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = unbox(vs.get(i));
        }
        return out;
    }

    /** Recomputes the trajectory of the first counterexample through the plain model. */
    static Witness replay(SftClass cls, Vector<Vector<Double>> voices, Vector<Double> shares, int k, double kernelRise,
                          long rises, long members) {
        Member mb = member(voices, shares);
        Vector<ModeCollapse.Point> traj = ModeCollapse.trajectory(mb.market(), mb.assistant(), mb.assistant(),
                cls.demonstrations(), Mode.EXPECTED, 0);
        double replayed = traj.get(k).entropy() - traj.get(k - 1).entropy();
        if (!(replayed > cls.tolerance()) || Math.abs(replayed - kernelRise) > 1e-9) {
            throw new IllegalStateException("the plain model does not reproduce the entropy rise at k = " + k
                    + ": kernel " + kernelRise + ", model " + replayed);
        }
        Vector<Vector<String>> rows = traj.map(p -> Vector.of(Integer.toString(p.demonstrations()), num(p.entropy()),
                num(p.outsideTarget())));
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                .put("alphabet", voices.head().size())
                .put("voices", voices)
                .put("personaShares", shares)
                .put("firstRise", k)
                .put("entropies", traj.map(ModeCollapse.Point::entropy))
                .put("outsideAssistant", traj.map(ModeCollapse.Point::outsideTarget))
                .put("assistantVoiceEntropy", SftKernel.entropy(unbox(voices.head())))
                .put("marketsWithARise", rises)
                .put("members", members);
        String summary = "SFT toward the assistant raises the output entropy from " + num(traj.get(k - 1).entropy())
                + " to " + num(traj.get(k).entropy()) + " nats at demonstration " + k + " (" + describe(voices, shares)
                + "); " + rises + " of " + members + " markets of the class have a rise";
        return new Witness(summary, Vector.of("demonstrations k", "entropy H(q_k) (nats)", "wealth outside the assistant"),
                rows, trace, "H(q_k) - H(q_{k-1}) at the first rise (nats)", replayed, Vector.empty());
    }

    private static Margin margin(SftClass cls, double best, String at, boolean exact) {
        return new Margin("largest one-step entropy rise max_k H(q_k) - H(q_{k-1}) (nats)", Margin.Extremum.MAX,
                best == Double.NEGATIVE_INFINITY ? Double.NaN : best, "<=", cls.tolerance(), exact, at);
    }

    private static Bound bound(SftClass cls, Kernel kernel, long total) {
        return Bound.ofClass(cls.description(),
                "every market of the class and every number of demonstrations k = 1.." + cls.demonstrations()
                        + " of the assistant (SFT, expected mode: deterministic)",
                "families", cls.families().map(Family::describe).mkString("; "),
                "markets", total, "demonstrations", cls.demonstrations(), "tolerance", cls.tolerance(),
                "precondition", cls.collapsePrecondition() ? "H(v_assistant) <= H(q_0)" : "none",
                "traders", "per persona: exact voice v and blurred v/2 + 1/(2m), equal halves of the persona share",
                "mode", "EXPECTED", "kernel", kernel == Kernel.EXACT ? "closed form of expected SFT" : "sign flipped (planted fault)",
                "nodeUnit", "one market");
    }

    private static SearchStatistics stats(NodeMeter meter, long visited, long rises, Kernel kernel) {
        return new SearchStatistics(kernel == Kernel.EXACT ? "exhaustive (closed-form SFT kernel)"
                : "exhaustive (faulted SFT kernel)", visited, meter.nodes(), visited - rises, 0, 3, meter.elapsedNanos());
    }

    static String describe(Vector<Vector<Double>> voices, Vector<Double> shares) {
        StringBuilder b = new StringBuilder("m = " + voices.head().size() + ", assistant " + vec(voices.head()));
        for (int j = 1; j < voices.size(); j++) {
            b.append(", other-").append(j).append(' ').append(vec(voices.get(j)));
        }
        return b.append(", shares ").append(vec(shares)).toString();
    }

    private static String vec(Vector<Double> v) {
        return v.map(x -> {
            String s = new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
            return s;
        }).mkString("(", ", ", ")");
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.6f", x);
    }

    private static double[] unbox(Vector<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    private static void requireDistribution(String what, Vector<Double> v, int length) {
        if (v == null || v.size() != length) {
            throw new ModelException(what + " must have length " + length + ": " + v);
        }
        double s = 0;
        for (Double x : v) {
            if (x == null || !(x >= 0) || x > 1) {
                throw new ModelException(what + " entries must be in [0, 1]: " + v);
            }
            s += x;
        }
        if (Math.abs(s - 1) > 1e-9) {
            throw new ModelException(what + " must sum to 1: " + v);
        }
    }

    /** C(n + k − 1, k): multisets of size k from n items. */
    static long multisets(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n + i - 1) / i;
        }
        return c;
    }

    /** The next non-decreasing tuple over 0..n−1, in lexicographic order; false after the last. */
    static boolean nextMultiset(int[] t, int n) {
        for (int i = t.length - 1; i >= 0; i--) {
            if (t[i] < n - 1) {
                t[i]++;
                for (int j = i + 1; j < t.length; j++) {
                    t[j] = t[i];
                }
                return true;
            }
        }
        return false;
    }

    /** Compositions of total into n non-negative parts, first part largest first. */
    static java.util.List<int[]> compositions(int n, int total) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        fill(new int[n], 0, total, out);
        return out;
    }

    private static void fill(int[] a, int i, int left, java.util.List<int[]> out) {
        if (i == a.length - 1) {
            a[i] = left;
            out.add(a.clone());
            return;
        }
        for (int v = left; v >= 0; v--) {
            a[i] = v;
            fill(a, i + 1, left - v, out);
        }
    }
}
