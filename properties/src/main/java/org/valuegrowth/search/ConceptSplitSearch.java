package org.valuegrowth.search;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.List;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.growth.MarketConcept;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.search.internal.GrowthChoco;
import org.valuegrowth.search.internal.GrowthCompositions;
import io.vavr.control.Option;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.logic.Language;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Margin;

/**
 * Claim E10 as a search: two markets over the same traders whose wealth vectors agree within ε on
 * every trained sentence and whose beliefs in a new concept differ by at least 1 − ε.
 *
 * <p>Space: wealth vectors w = a/d with a a composition of d over the n traders (the simplex grid of
 * resolution 1/d). A pair (w, w′) is a witness iff max_s |Σ_i (w_i − w′_i)·b_i(s)| ≤ ε over the
 * trained sentences s, with b_i(s) trader i's price of s, and Σ_i (w_i − w′_i)·e_i ≥ 1 − ε with e_i
 * trader i's extrapolated belief in the concept (ordered pairs, so the sign is fixed). Two engines:
 * {@link #bruteForce} (all ordered pairs) and {@link #targeted} (pairs sorted by concept belief,
 * only those whose concept gap can reach 1 − ε are checked), and {@link #choco} (a sound integer
 * relaxation solved by Choco, every solution checked exactly). Kind: WITNESS. A found pair is
 * replayed through the plain model ({@link KellyMarket#withLogWealth}, {@link KellyMarket#price},
 * {@link MarketConcept#belief}) before it is reported, after shrinking to the smallest resolution at which
 * a witness exists ({@link #minimised}).
 */
public final class ConceptSplitSearch {
    private ConceptSplitSearch() {
    }

    /**
     * The traders (with their current history), the trained sentences and the new concept.
     *
     * @param market a market over the worlds of a language; only its traders and history are used
     * @param trained the sentences training tested, at least one
     * @param concept the new concept with every trader's extrapolation rule
     */
    public record Instance(KellyMarket market, Vector<Sentence> trained, MarketConcept concept) {
        /** Validates the parts. */
        public Instance {
            if (market == null || trained == null || trained.isEmpty() || concept == null) {
                throw new ModelException("instance needs a market, trained sentences and a concept");
            }
        }
    }

    /**
     * The bound.
     *
     * @param resolution d ≥ 1, the simplex grid 1/d
     * @param epsilon ε in (0, 1/2)
     * @param maxPairs the budget of candidate pairs; beyond it the verdict is INCONCLUSIVE
     */
    public record Grid(int resolution, double epsilon, long maxPairs) {
        /** Validates the parts. */
        public Grid {
            if (resolution < 1 || !(epsilon > 0 && epsilon < 0.5) || maxPairs < 1) {
                throw new ModelException("need resolution >= 1, epsilon in (0,1/2), maxPairs >= 1: "
                        + resolution + ", " + epsilon + ", " + maxPairs);
            }
        }
    }

    /**
     * The report's instance (illustrative; its inputs are modelling choices stated in
     * {@code spec/growth.md} §8): atoms helpful, harmless; four persona traders; trained sentences
     * helpful, harmless, helpful ∧ harmless; the concept "plork-the-greenge" grounded by the ethicist
     * only.
     */
    public static Instance standard() {
        org.valuegrowth.logic.Language lang = org.valuegrowth.logic.Language.ofNames("helpful", "harmless");
        Sentence h = lang.var("helpful");
        Sentence nh = lang.var("harmless");
        Sentence both = new Sentence.And(h, nh);
        // world bits: helpful = bit 0, harmless = bit 1
        Vector<org.valuegrowth.market.PredictorTrader> ts = Vector.of(
                trader("assistant", lang, 0.05, 0.10, 0.05, 0.80),
                trader("ethicist", lang, 0.05, 0.10, 0.05, 0.80),
                trader("villain", lang, 0.30, 0.50, 0.10, 0.10),
                trader("alien", lang, 0.25, 0.25, 0.25, 0.25));
        KellyMarket k = KellyMarket.overWorlds(lang, ts, new org.valuegrowth.market.Prior.Uniform());
        LinkedHashMap<String, org.valuegrowth.growth.ExtrapolationRule> rules = LinkedHashMap.of(
                "assistant", new org.valuegrowth.growth.ExtrapolationRule.Constant(0.05),
                "ethicist", new org.valuegrowth.growth.ExtrapolationRule.Grounded(both, 0.02),
                "villain", new org.valuegrowth.growth.ExtrapolationRule.Constant(0.9),
                "alien", new org.valuegrowth.growth.ExtrapolationRule.Constant(0.5));
        return new Instance(k, Vector.of(h, nh, both), new MarketConcept("plork-the-greenge", rules,
                new org.valuegrowth.growth.ExtrapolationRule.Constant(0.5), io.vavr.control.Option.of(both)));
    }

    private static org.valuegrowth.market.PredictorTrader trader(String name, org.valuegrowth.logic.Language lang, double... worlds) {
        return new org.valuegrowth.market.PredictorTrader(name, 1, new org.valuegrowth.market.Predictor.WorldBelief(lang, worlds));
    }

    /**
     * "How often" and "how far", exhaustively on the grid.
     *
     * @param splits ordered pairs that agree within ε on every trained sentence and whose concept
     *     beliefs differ by at least 1 − ε
     * @param agreeing ordered pairs that agree within ε on every trained sentence
     * @param maxGap the largest concept-belief difference among agreeing pairs
     */
    public record SplitCount(long splits, long agreeing, double maxGap) {
    }

    /** Counts splits and agreeing pairs and finds the largest concept gap among agreeing pairs. */
    public static SplitCount splitCount(Instance in, Grid grid) {
        Beliefs bel = beliefs(in);
        int d = grid.resolution();
        List<int[]> comps = GrowthCompositions.all(bel.concept().length, d);
        long agreeing = 0;
        long splits = 0;
        double maxGap = 0;
        int t = in.trained().size();
        for (int[] x : comps) {
            for (int[] y : comps) {
                double[] tx = new double[t];
                double[] ty = new double[t];
                for (int i = 0; i < x.length; i++) {
                    for (int s = 0; s < t; s++) {
                        tx[s] += (double) x[i] / d * bel.trained()[i][s];
                        ty[s] += (double) y[i] / d * bel.trained()[i][s];
                    }
                }
                if (agree(tx, ty, grid.epsilon())) {
                    agreeing++;
                    double cx = 0;
                    double cy = 0;
                    for (int i = 0; i < x.length; i++) {
                        cx += (double) x[i] / d * bel.concept()[i];
                        cy += (double) y[i] / d * bel.concept()[i];
                    }
                    maxGap = Math.max(maxGap, cx - cy);
                    if (isWitness(bel, x, y, d, grid.epsilon())) {
                        splits++;
                    }
                }
            }
        }
        return new SplitCount(splits, agreeing, maxGap);
    }

    /** The beliefs the search works on: b[i][s] and e[i]. */
    record Beliefs(double[][] trained, double[] concept) {
    }

    static Beliefs beliefs(Instance in) {
        KellyMarket k = in.market();
        int n = k.traders().size();
        double[][] b = new double[n][in.trained().size()];
        double[] lw = new double[n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(lw, Double.NEGATIVE_INFINITY);
            lw[i] = 0;
            KellyMarket only = k.withLogWealth(lw);
            for (int s = 0; s < b[i].length; s++) {
                b[i][s] = only.price(in.trained().get(s));
            }
        }
        return new Beliefs(b, in.concept().traderBeliefs(k));
    }

    /** Exhaustive: every ordered pair of grid wealth vectors. */
    public static Verdict bruteForce(Instance in, Grid grid) {
        return run(in, grid, false);
    }

    /** Sorted by concept belief; only pairs whose concept gap is ≥ 1 − ε are checked on the trained sentences. */
    public static Verdict targeted(Instance in, Grid grid) {
        return run(in, grid, true);
    }

    /** Resolution of the integer beliefs in the Choco relaxation. */
    public static final long CHOCO_SCALE = 1_000_000L;

    /**
     * Choco over the relaxed integer model; each relaxed solution is checked with the same exact
     * test as the other engines. The pair budget is Choco's node limit.
     */
    public static Verdict choco(Instance in, Grid grid) {
        long start = System.nanoTime();
        Beliefs bel = beliefs(in);
        int n = bel.concept().length;
        int d = grid.resolution();
        double eps = grid.epsilon();
        Bound bound = bound(in, grid, n, GrowthCompositions.all(n, d).size());
        GrowthChoco.Outcome o = GrowthChoco.search(bel.trained(), bel.concept(), d, eps, CHOCO_SCALE, grid.maxPairs(),
                (x, y) -> isWitness(bel, x, y, d, eps));
        String engine = "choco 4.10.18 (relaxed integer model, exact check)";
        SearchStatistics st = new SearchStatistics(engine, o.solutions(), o.nodes(), o.fails(), 0, o.maxDepth(),
                System.nanoTime() - start);
        if (o.high() != null) {
            return new Verdict.Found(Verdict.Kind.WITNESS, bound, st, minimised(in, bel, o.high(), o.low(), d, eps));
        }
        if (o.limitReached()) {
            return new Verdict.Inconclusive(Verdict.Kind.WITNESS, bound, st, "node limit " + grid.maxPairs() + " reached");
        }
        return new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound, st);
    }

    /** The exact witness test shared by every engine (same arithmetic as the grid tables). */
    static boolean isWitness(Beliefs bel, int[] high, int[] low, int d, double eps) {
        int t = bel.trained().length == 0 ? 0 : bel.trained()[0].length;
        double[] th = new double[t];
        double[] tl = new double[t];
        double ch = 0;
        double cl = 0;
        for (int i = 0; i < high.length; i++) {
            double wh = (double) high[i] / d;
            double wl = (double) low[i] / d;
            ch += wh * bel.concept()[i];
            cl += wl * bel.concept()[i];
            for (int s = 0; s < t; s++) {
                th[s] += wh * bel.trained()[i][s];
                tl[s] += wl * bel.trained()[i][s];
            }
        }
        return ch - cl >= 1 - eps && agree(th, tl, eps);
    }

    private static Verdict run(Instance in, Grid grid, boolean targeted) {
        long start = System.nanoTime();
        Beliefs bel = beliefs(in);
        int n = bel.concept().length;
        int t = in.trained().size();
        int d = grid.resolution();
        double eps = grid.epsilon();
        List<int[]> comps = GrowthCompositions.all(n, d);
        int c = comps.size();
        double[][] trainedPrice = new double[c][t];
        double[] conceptPrice = new double[c];
        for (int k = 0; k < c; k++) {
            int[] a = comps.get(k);
            for (int i = 0; i < n; i++) {
                double w = (double) a[i] / d;
                conceptPrice[k] += w * bel.concept()[i];
                for (int s = 0; s < t; s++) {
                    trainedPrice[k][s] += w * bel.trained()[i][s];
                }
            }
        }
        Integer[] order = new Integer[c];
        for (int k = 0; k < c; k++) {
            order[k] = k;
        }
        if (targeted) {
            Arrays.sort(order, (x, y) -> Double.compare(conceptPrice[x], conceptPrice[y]));
        }
        String engine = targeted ? "targeted (sorted by concept belief)" : "brute force";
        Bound bound = bound(in, grid, n, c);
        long candidates = 0;
        long pruned = 0;
        long fails = 0;
        // the witness: high-concept market first
        for (int xi = 0; xi < c; xi++) {
            int hi = order[xi];
            int lo0 = 0;
            int lo1 = c;
            if (targeted) {
                // candidates lo with conceptPrice[lo] <= conceptPrice[hi] - (1 - eps): a prefix of the sorted order
                lo1 = upperIndex(order, conceptPrice, conceptPrice[hi] - (1 - eps));
                pruned += c - lo1;
            }
            for (int yi = lo0; yi < lo1; yi++) {
                int lo = order[yi];
                candidates++;
                if (candidates > grid.maxPairs()) {
                    return new Verdict.Inconclusive(Verdict.Kind.WITNESS, bound,
                            new SearchStatistics(engine, candidates - 1, candidates - 1, fails, pruned, 2, System.nanoTime() - start),
                            "pair budget " + grid.maxPairs() + " reached");
                }
                if (conceptPrice[hi] - conceptPrice[lo] >= 1 - eps && agree(trainedPrice[hi], trainedPrice[lo], eps)) {
                    Witness w = minimised(in, bel, comps.get(hi), comps.get(lo), d, eps);
                    return new Verdict.Found(Verdict.Kind.WITNESS, bound,
                            new SearchStatistics(engine, candidates, candidates, fails, pruned, 2, System.nanoTime() - start), w);
                }
                fails++;
            }
        }
        return new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound,
                new SearchStatistics(engine, candidates, candidates, fails, pruned, 2, System.nanoTime() - start));
    }

    /** The number of sorted entries whose concept price is ≤ limit (+1e-12 slack for rounding). */
    private static int upperIndex(Integer[] order, double[] price, double limit) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (price[order[mid]] <= limit + 1e-12) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean agree(double[] x, double[] y, double eps) {
        for (int s = 0; s < x.length; s++) {
            if (Math.abs(x[s] - y[s]) > eps) {
                return false;
            }
        }
        return true;
    }

    private static Bound bound(Instance in, Grid grid, int n, int c) {
        return Bound.of("ordered pairs of wealth vectors on the simplex grid of resolution 1/" + grid.resolution()
                        + " over " + n + " traders; agreement within epsilon on " + in.trained().size()
                        + " trained sentences; concept gap at least 1 - epsilon",
                "traders", n, "resolution", grid.resolution(), "gridPoints", c, "trainedSentences", in.trained().size(),
                "concept", in.concept().name(), "epsilon", grid.epsilon(), "maxPairs", grid.maxPairs());
    }

    /**
     * Shrinks a found pair: the smallest resolution d′ ≤ d at which some pair is a witness (first
     * pair in enumeration order at that d′), then replayed. "No parameter can be lowered": at every
     * d″ &lt; d′ no pair is a witness.
     */
    static Witness minimised(Instance in, Beliefs bel, int[] high, int[] low, int d, double eps) {
        for (int dd = 1; dd < d; dd++) {
            List<int[]> comps = GrowthCompositions.all(high.length, dd);
            for (int[] x : comps) {
                for (int[] y : comps) {
                    if (isWitness(bel, x, y, dd, eps)) {
                        return replay(in, x, y, dd, eps);
                    }
                }
            }
        }
        return replay(in, high, low, d, eps);
    }

    /** Rebuilds both markets from the plain model and recomputes every figure. */
    static Witness replay(Instance in, int[] high, int[] low, int d, double eps) {
        KellyMarket mh = in.market().withLogWealth(logWealth(high, d));
        KellyMarket ml = in.market().withLogWealth(logWealth(low, d));
        Vector<Vector<String>> rows = Vector.empty();
        double maxTrained = 0;
        for (Sentence s : in.trained()) {
            double ph = mh.price(s);
            double pl = ml.price(s);
            maxTrained = Math.max(maxTrained, Math.abs(ph - pl));
            rows = rows.append(Vector.of("trained: " + s, fmt(ph), fmt(pl), fmt(Math.abs(ph - pl))));
        }
        double ch = in.concept().belief(mh);
        double cl = in.concept().belief(ml);
        rows = rows.append(Vector.of("new concept: " + in.concept().name(), fmt(ch), fmt(cl), fmt(ch - cl)));
        if (!(maxTrained <= eps + 1e-9 && ch - cl >= 1 - eps - 1e-9)) {
            throw new IllegalStateException("replay disagrees with the search: trained gap " + maxTrained
                    + ", concept gap " + (ch - cl));
        }
        LinkedHashMap<String, Object> trace = LinkedHashMap.empty();
        trace = trace.put("traders", in.market().traders().map(x -> x.name()))
                .put("resolution", d)
                .put("wealthA", Vector.ofAll(high).map(a -> (double) a / d))
                .put("wealthB", Vector.ofAll(low).map(a -> (double) a / d))
                .put("maxTrainedGap", maxTrained)
                .put("conceptGap", ch - cl);
        Vector<String> free = Vector.empty();
        for (int i = 0; i < high.length; i++) {
            if (high[i] == 0 && low[i] == 0) {
                free = free.append("trader " + in.market().traders().get(i).name() + " (zero wealth in both)");
            }
        }
        String summary = "markets A=" + Arrays.toString(high) + "/" + d + " and B=" + Arrays.toString(low) + "/" + d
                + " agree within " + fmt(maxTrained) + " on every trained sentence and differ by " + fmt(ch - cl)
                + " on " + in.concept().name();
        return new Witness(summary, Vector.of("sentence", "market A", "market B", "gap"), rows, trace,
                "concept belief gap", ch - cl, free);
    }

    private static double[] logWealth(int[] a, int d) {
        double[] lw = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            lw[i] = a[i] == 0 ? Double.NEGATIVE_INFINITY : Math.log((double) a[i] / d);
        }
        return lw;
    }

    private static String fmt(double x) {
        return String.format(java.util.Locale.ROOT, "%.6f", x);
    }

    // ---------------------------------------------------------------------------------------------
    // The E10 class search (spec/growth.md §8.1)

    /** A trader of a class member: its name, world belief (one probability per world) and extrapolation rule. */
    public record TraderSpec(String name, Vector<Double> worldBelief, ExtrapolationRule rule) {
        /** Validates the parts. */
        public TraderSpec {
            if (name == null || name.isBlank() || worldBelief == null || worldBelief.isEmpty() || rule == null) {
                throw new ModelException("a trader needs a name, a world belief and a rule");
            }
        }
    }

    /**
     * The class: markets over the worlds of {@code language}, each a list of traders, searched in
     * order; the trained sentences and the concept are shared.
     *
     * @param description the class in words
     * @param language the atoms
     * @param trained the trained sentences
     * @param conceptName the new concept's name
     * @param grounding the concept's definition, if any (for reports)
     * @param members the markets, in search order
     * @param resolution d, the wealth grid 1/d
     * @param epsilon ε in (0, 1/2)
     */
    public record SplitClass(String description, Language language, Vector<Sentence> trained, String conceptName,
                             Option<Sentence> grounding, Vector<Vector<TraderSpec>> members, int resolution, double epsilon) {
        /** Validates the parts. */
        public SplitClass {
            if (description == null || description.isBlank() || language == null || trained == null || trained.isEmpty()
                    || conceptName == null || grounding == null || members == null || members.isEmpty()) {
                throw new ModelException("a split class needs a description, a language, trained sentences and members");
            }
            if (resolution < 1 || !(epsilon > 0 && epsilon < 0.5)) {
                throw new ModelException("need resolution >= 1 and epsilon in (0, 1/2): " + resolution + ", " + epsilon);
            }
        }
    }

    /** Which engine decides each member's largest gap. */
    public enum ClassEngine {
        /** Choco branch and bound ({@code GrowthChoco.maximise}), members skipped by the gap bound. */
        CHOCO,
        /** Every ordered pair of every member. */
        BRUTE_FORCE
    }

    /** The concept extrapolation constants of the E10 class. */
    public static final Vector<Double> E10_CONSTANTS = Vector.of(0.0, 0.5, 1.0);

    /** The E10 class of spec/growth.md §8.1. */
    public static SplitClass e10Class() {
        Language lang = Language.ofNames("helpful", "harmless");
        Sentence h = lang.var("helpful");
        Sentence nh = lang.var("harmless");
        Sentence both = new Sentence.And(h, nh);
        Vector<Vector<Double>> beliefs = Vector.ofAll(GrowthCompositions.all(4, 4))
                .map(a -> Vector.ofAll(a).map(x -> (double) x / 4));
        ExtrapolationRule grounded = new ExtrapolationRule.Grounded(both, 0.02);
        Vector<Vector<TraderSpec>> members = Vector.empty();
        for (Vector<Double> e : beliefs) {
            for (double ca : E10_CONSTANTS) {
                members = members.append(Vector.of(new TraderSpec("ethicist", e, grounded),
                        new TraderSpec("assistant", e, new ExtrapolationRule.Constant(ca))));
            }
        }
        for (Vector<Double> e : beliefs) {
            for (double ca : E10_CONSTANTS) {
                for (Vector<Double> o : beliefs) {
                    for (double co : E10_CONSTANTS) {
                        members = members.append(Vector.of(new TraderSpec("ethicist", e, grounded),
                                new TraderSpec("assistant", e, new ExtrapolationRule.Constant(ca)),
                                new TraderSpec("other", o, new ExtrapolationRule.Constant(co))));
                    }
                }
            }
        }
        return new SplitClass("markets over the worlds of {helpful, harmless} of an ethicist (grounded in helpful & harmless, "
                + "noise 0.02), an assistant with the ethicist's world belief, and for n = 3 one other trader; world beliefs on "
                + "the simplex grid 1/4 over the 4 worlds; the assistant's and the other's extrapolations in {0, 1/2, 1}",
                lang, Vector.of(h, nh, both), "plork-the-greenge", Option.of(both), members, 4, 0.1);
    }

    /** The plain-model instance of a member. */
    public static Instance instance(SplitClass cls, Vector<TraderSpec> member) {
        Vector<PredictorTrader> ts = member.map(t -> new PredictorTrader(t.name(), 1,
                new Predictor.WorldBelief(cls.language(), unbox(t.worldBelief()))));
        KellyMarket k = KellyMarket.overWorlds(cls.language(), ts, new Prior.Uniform());
        LinkedHashMap<String, ExtrapolationRule> rules = LinkedHashMap.empty();
        for (TraderSpec t : member) {
            rules = rules.put(t.name(), t.rule());
        }
        return new Instance(k, cls.trained(), new MarketConcept(cls.conceptName(), rules,
                new ExtrapolationRule.Constant(0.5), cls.grounding()));
    }

    /** Runs the class search with the given engine and the sound cut. */
    public static Verdict searchClass(SplitClass cls, Budget budget, ClassEngine engine) {
        return searchClass(cls, budget, engine, false);
    }

    /**
     * Runs the class search: per member the largest exact concept gap G among pairs agreeing within
     * ε; FOUND iff some G ≥ 1 − ε (the witness is the first such member, shrunk and replayed); the
     * margin is the largest G. {@code strictCut} plants the relaxation fault in the Choco engine.
     */
    public static Verdict searchClass(SplitClass cls, Budget budget, ClassEngine engine, boolean strictCut) {
        NodeMeter meter = new NodeMeter(budget);
        int d = cls.resolution();
        double eps = cls.epsilon();
        java.util.Map<TraderSpec, double[]> trainedCache = new java.util.HashMap<>();
        java.util.Map<TraderSpec, Double> conceptCache = new java.util.HashMap<>();
        double best = Double.NEGATIVE_INFINITY;
        String bestAt = "";
        long solutions = 0;
        long skipped = 0;
        long splitting = 0;
        int depth = 0;
        Vector<TraderSpec> firstMember = null;
        Beliefs firstBeliefs = null;
        int[][] firstPair = null;
        String engineName = engine == ClassEngine.CHOCO
                ? "choco 4.10.18 branch and bound (rounded gap, exact agreement, " + (strictCut ? "strict cut: planted fault" : "sound cut") + ")"
                : "brute force (every pair of every member)";
        for (int mi = 0; mi < cls.members().size(); mi++) {
            Vector<TraderSpec> member = cls.members().get(mi);
            int n = member.size();
            double[][] b = new double[n][];
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                TraderSpec t = member.get(i);
                if (!trainedCache.containsKey(t)) {
                    Instance one = instance(cls, Vector.of(t));
                    Beliefs bt = beliefs(one);
                    trainedCache.put(t, bt.trained()[0]);
                    conceptCache.put(t, bt.concept()[0]);
                }
                b[i] = trainedCache.get(t);
                e[i] = conceptCache.get(t);
            }
            Beliefs bel = new Beliefs(b, e);
            double maxE = Double.NEGATIVE_INFINITY;
            double minE = Double.POSITIVE_INFINITY;
            for (double x : e) {
                maxE = Math.max(maxE, x);
                minE = Math.min(minE, x);
            }
            if (engine == ClassEngine.CHOCO && firstMember != null && maxE - minE <= best) {
                skipped++; // G <= max e - min e <= best: this member can change neither the verdict nor the margin
                continue;
            }
            double g;
            int[] hi;
            int[] lo;
            if (engine == ClassEngine.CHOCO) {
                if (meter.remaining() < 1 || meter.timeUp()) {
                    meter.spend(1);
                    return classInconclusive(cls, meter, engineName, solutions, skipped, depth, mi, best, bestAt);
                }
                GrowthChoco.MaxOutcome o = GrowthChoco.maximise(b, e, d, eps, CHOCO_SCALE, meter.remaining(),
                        meter.budget().timeLimitMillis().isDefined() ? meter.remainingMillis(1) : 0,
                        (x, y) -> gap(bel, x, y, d), (x, y) -> agreesExactly(bel, x, y, d, eps), strictCut);
                meter.record(o.nodes());
                solutions += o.solutions();
                depth = Math.max(depth, o.maxDepth());
                if (o.limitReached()) {
                    meter.stoppedBy(meter.timeUp() ? "time limit reached" : "node budget " + meter.budget().maxNodes() + " exhausted");
                    return classInconclusive(cls, meter, engineName, solutions, skipped, depth, mi, best, bestAt);
                }
                g = o.bestGap();
                hi = o.high();
                lo = o.low();
            } else {
                List<int[]> comps = GrowthCompositions.all(n, d);
                if (!meter.spend((long) comps.size() * comps.size())) {
                    return classInconclusive(cls, meter, engineName, solutions, skipped, depth, mi, best, bestAt);
                }
                g = Double.NEGATIVE_INFINITY;
                hi = null;
                lo = null;
                for (int[] x : comps) {
                    for (int[] y : comps) {
                        solutions++;
                        if (agreesExactly(bel, x, y, d, eps)) {
                            double gx = gap(bel, x, y, d);
                            if (gx > g) {
                                g = gx;
                                hi = x;
                                lo = y;
                            }
                        }
                    }
                }
                depth = 2;
            }
            if (g >= 1 - eps) {
                splitting++;
                if (firstMember == null) {
                    firstMember = member;
                    firstBeliefs = bel;
                    firstPair = new int[][] {hi, lo};
                }
            }
            if (g > best) {
                best = g;
                bestAt = describeMember(member) + ": A = " + Arrays.toString(hi) + "/" + d + ", B = " + Arrays.toString(lo) + "/" + d;
            }
        }
        Bound bound = classBound(cls, engineName);
        SearchStatistics st = new SearchStatistics(engineName, solutions, meter.nodes(), 0, skipped, depth, meter.elapsedNanos());
        Margin mg = gapMargin(cls, best, bestAt, true);
        if (firstMember == null) {
            return new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound, st, Option.some(mg));
        }
        Instance in = instance(cls, firstMember);
        Witness w = minimised(in, firstBeliefs, firstPair[0], firstPair[1], d, eps);
        Witness named = new Witness("market " + describeMember(firstMember) + ": " + w.summary(), w.columns(), w.rows(),
                w.trace().put("member", describeMember(firstMember)).put("membersSplittingSoFar", splitting),
                w.figureName(), w.replayedFigure(), w.freePositions());
        return new Verdict.Found(Verdict.Kind.WITNESS, bound, st, named, Option.some(mg));
    }

    /** Σ_i (x_i − y_i)/d · e_i with the arithmetic of {@link #isWitness}. */
    static double gap(Beliefs bel, int[] x, int[] y, int d) {
        double ch = 0;
        double cl = 0;
        for (int i = 0; i < x.length; i++) {
            ch += (double) x[i] / d * bel.concept()[i];
            cl += (double) y[i] / d * bel.concept()[i];
        }
        return ch - cl;
    }

    /** Whether the two markets' prices agree within ε on every trained sentence (arithmetic of {@link #isWitness}). */
    static boolean agreesExactly(Beliefs bel, int[] x, int[] y, int d, double eps) {
        int t = bel.trained()[0].length;
        double[] th = new double[t];
        double[] tl = new double[t];
        for (int i = 0; i < x.length; i++) {
            double wh = (double) x[i] / d;
            double wl = (double) y[i] / d;
            for (int s = 0; s < t; s++) {
                th[s] += wh * bel.trained()[i][s];
                tl[s] += wl * bel.trained()[i][s];
            }
        }
        return agree(th, tl, eps);
    }

    private static Verdict classInconclusive(SplitClass cls, NodeMeter meter, String engine, long solutions, long skipped,
                                             int depth, int mi, double best, String bestAt) {
        return new Verdict.Inconclusive(Verdict.Kind.WITNESS, classBound(cls, engine),
                new SearchStatistics(engine, solutions, meter.nodes(), 0, skipped, depth, meter.elapsedNanos()),
                meter.stopReason() + " after " + mi + " of " + cls.members().size() + " markets",
                Option.some(gapMargin(cls, best, bestAt, false)));
    }

    private static Margin gapMargin(SplitClass cls, double best, String at, boolean exact) {
        return new Margin("largest concept gap sum_i (w_i - w'_i) e_i among pairs agreeing within epsilon on every trained "
                + "sentence (probability)", Margin.Extremum.MAX, best == Double.NEGATIVE_INFINITY ? Double.NaN : best,
                ">=", 1 - cls.epsilon(), exact, at);
    }

    private static Bound classBound(SplitClass cls, String engine) {
        return Bound.ofClass(cls.description(),
                "every market of the class x every ordered pair of wealth vectors on the simplex grid 1/" + cls.resolution()
                        + "; agreement within epsilon on every trained sentence; split = concept gap >= 1 - epsilon",
                "markets", cls.members().size(), "trained", cls.trained().mkString("{", ", ", "}"),
                "concept", cls.conceptName() + cls.grounding().map(g -> " (grounding " + g + ")").getOrElse(""),
                "resolution", "1/" + cls.resolution(), "epsilon", cls.epsilon(), "splitThreshold", 1 - cls.epsilon(),
                "engine", engine, "choco scale", CHOCO_SCALE,
                "nodeUnit", "Choco node or pair judged");
    }

    static String describeMember(Vector<TraderSpec> member) {
        return member.map(t -> t.name() + " " + t.worldBelief().map(ConceptSplitSearch::short4).mkString("(", ", ", ")")
                + " " + (t.rule() instanceof ExtrapolationRule.Constant
                ? "extrapolates " + short4(((ExtrapolationRule.Constant) t.rule()).p()) : "grounded")).mkString("{", "; ", "}");
    }

    private static String short4(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(7)).stripTrailingZeros().toPlainString();
    }

    private static double[] unbox(Vector<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }
}
