package org.valuegrowth.search;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.growth.Corpus;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.growth.LearningTime;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Pretrain;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.numeric.ModelException;
import io.vavr.control.Option;
import org.valuegrowth.growth.Source;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.search.internal.LearningTimeKernel;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Margin;

/**
 * Claim E3 as a search: a pretraining corpus and two processes p, q whose learning-time order
 * flips, τ_virgin(p) &lt; τ_virgin(q) but τ_pre(p) &gt; τ_pre(q).
 *
 * <p>τ is {@link LearningTime} in the EXPECTED mode (deterministic) with tolerance ε and horizon H;
 * a process not learned within H counts as τ = H + 1. The pretrained market is
 * {@link Pretrain} of the corpus in the EXPECTED mode, or the supplied {@link Pretraining} (the
 * planted-fault twin replaces it). Space: every corpus in the list (sorted by length, stably, so the
 * first witness has the shortest corpus: no shorter listed corpus gives a flip) × every ordered
 * pair of distinct processes. Engines:
 * {@link #bruteForce} recomputes all four learning times for every triple; {@link #targeted}
 * computes each learning time once and scans each corpus's pairs from the memo. Kind: WITNESS.
 */
public final class LearningTimeFlipSearch {
    private LearningTimeFlipSearch() {
    }

    /** How a corpus turns the virgin market into a pretrained one. */
    @FunctionalInterface
    public interface Pretraining {
        /** The pretrained market. */
        KellyMarket apply(KellyMarket virgin, Corpus corpus);

        /** The model's pretraining, EXPECTED mode. */
        Pretraining MODEL = (k, c) -> new Pretrain(c, Mode.EXPECTED, 0).apply(GrowthState.of(k)).market();
    }

    /**
     * The space.
     *
     * @param virgin the untrained market (its prior is the simplicity prior, or any other)
     * @param corpora candidate pretraining corpora (stored sorted by length, stably)
     * @param processes named candidate processes (names distinct), at least two
     * @param processNames their names
     * @param epsilon ε in (0,1]
     * @param horizon H ≥ 0
     * @param maxTriples the budget; beyond it INCONCLUSIVE
     * @param criterion when a process counts as learned (FIRST_HIT or STAYS)
     */
    public record Space(KellyMarket virgin, Vector<Corpus> corpora, Vector<Predictor> processes, Vector<String> processNames,
                        double epsilon, int horizon, long maxTriples, LearningTime.Criterion criterion) {
        /** Validates the parts. */
        public Space {
            if (corpora != null) {
                // shortest first, stably, so the first witness has the shortest corpus of the list
                corpora = corpora.sortBy(Corpus::length);
            }
            if (virgin == null || corpora == null || corpora.isEmpty() || processes == null || processes.size() < 2
                    || processNames == null || processNames.size() != processes.size()) {
                throw new ModelException("space needs a virgin market, corpora and >= 2 named processes");
            }
            if (criterion == null || !(epsilon > 0 && epsilon <= 1) || horizon < 0 || maxTriples < 1) {
                throw new ModelException("need epsilon in (0,1], horizon >= 0, maxTriples >= 1: " + epsilon + ", "
                        + horizon + ", " + maxTriples);
            }
        }
    }

    /**
     * The report's space (illustrative; stated in {@code spec/growth.md} §8): binary symbols;
     * traders uniform (1 bit), alien-hi p(1)=.95 and alien-lo .05 (2 bits each), human-a .7 and
     * human-b .6 (9 bits each), simplicity prior; corpora of human text (the two human coins, equal
     * weights) of 5, 20 and 80 symbols; the four coins as candidate processes; ε = .05, H = 100,
     * criterion STAYS.
     */
    public static Space standard() {
        Predictor alienHi = new Predictor.Iid(0.05, 0.95);
        Predictor alienLo = new Predictor.Iid(0.95, 0.05);
        Predictor humanA = new Predictor.Iid(0.3, 0.7);
        Predictor humanB = new Predictor.Iid(0.4, 0.6);
        KellyMarket virgin = KellyMarket.of(Vector.of(
                new org.valuegrowth.market.PredictorTrader("uniform", 1, new Predictor.Iid(0.5, 0.5)),
                new org.valuegrowth.market.PredictorTrader("alien-hi", 2, alienHi),
                new org.valuegrowth.market.PredictorTrader("alien-lo", 2, alienLo),
                new org.valuegrowth.market.PredictorTrader("human-a", 9, humanA),
                new org.valuegrowth.market.PredictorTrader("human-b", 9, humanB)),
                new org.valuegrowth.market.Prior.Simplicity(), 2);
        Vector<org.valuegrowth.growth.Source> human = Vector.of(new org.valuegrowth.growth.Source("human-a", 1, humanA),
                new org.valuegrowth.growth.Source("human-b", 1, humanB));
        return new Space(virgin, Vector.of(new Corpus(human, 5, 1), new Corpus(human, 20, 1), new Corpus(human, 80, 1)),
                Vector.of(alienHi, alienLo, humanA, humanB), Vector.of("alien-hi", "alien-lo", "human-a", "human-b"),
                0.05, 100, 1_000_000, LearningTime.Criterion.STAYS);
    }

    /** Every triple, every learning time recomputed. */
    public static Verdict bruteForce(Space sp, Pretraining pre) {
        return run(sp, pre, false);
    }

    /** Learning times memoised per (market, process); pairs scanned from the memo. */
    public static Verdict targeted(Space sp, Pretraining pre) {
        return run(sp, pre, true);
    }

    private static int tau(KellyMarket k, Predictor p, Space sp) {
        return LearningTime.of(k, p, sp.epsilon(), sp.horizon(), Mode.EXPECTED, 0, sp.criterion()).getOrElse(sp.horizon() + 1);
    }

    private static Verdict run(Space sp, Pretraining pre, boolean targeted) {
        long start = System.nanoTime();
        int np = sp.processes().size();
        String engine = targeted ? "targeted (memoised learning times)" : "brute force";
        Bound bound = Bound.of("corpora in the given list x ordered pairs of distinct processes; learning time in the"
                        + " expected mode with tolerance epsilon (total variation) and horizon H (unlearned = H+1)",
                "corpora", sp.corpora().size(), "processes", np, "epsilon", sp.epsilon(), "horizon", sp.horizon(),
                "maxTriples", sp.maxTriples(), "criterion", sp.criterion());
        long candidates = 0;
        long nodes = 0;
        int[] virginTau = new int[np];
        if (targeted) {
            for (int p = 0; p < np; p++) {
                virginTau[p] = tau(sp.virgin(), sp.processes().get(p), sp);
                nodes++;
            }
        }
        for (int c = 0; c < sp.corpora().size(); c++) {
            Corpus corpus = sp.corpora().get(c);
            KellyMarket pretrained = pre.apply(sp.virgin(), corpus);
            int[] preTau = new int[np];
            if (targeted) {
                for (int p = 0; p < np; p++) {
                    preTau[p] = tau(pretrained, sp.processes().get(p), sp);
                    nodes++;
                }
            }
            for (int p = 0; p < np; p++) {
                for (int q = 0; q < np; q++) {
                    if (p == q) {
                        continue;
                    }
                    candidates++;
                    if (candidates > sp.maxTriples()) {
                        return new Verdict.Inconclusive(Verdict.Kind.WITNESS, bound,
                                new SearchStatistics(engine, candidates - 1, nodes, candidates - 1, 0, 3, System.nanoTime() - start),
                                "triple budget " + sp.maxTriples() + " reached");
                    }
                    int vp;
                    int vq;
                    int tp;
                    int tq;
                    if (targeted) {
                        vp = virginTau[p];
                        vq = virginTau[q];
                        tp = preTau[p];
                        tq = preTau[q];
                    } else {
                        KellyMarket fresh = pre.apply(sp.virgin(), corpus);
                        vp = tau(sp.virgin(), sp.processes().get(p), sp);
                        vq = tau(sp.virgin(), sp.processes().get(q), sp);
                        tp = tau(fresh, sp.processes().get(p), sp);
                        tq = tau(fresh, sp.processes().get(q), sp);
                        nodes += 4;
                    }
                    if (vp < vq && tp > tq) {
                        return new Verdict.Found(Verdict.Kind.WITNESS, bound,
                                new SearchStatistics(engine, candidates, nodes, candidates - 1, 0, 3, System.nanoTime() - start),
                                replay(sp, pre, c, p, q));
                    }
                }
            }
        }
        return new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound,
                new SearchStatistics(engine, candidates, nodes, candidates, 0, 3, System.nanoTime() - start));
    }

    /** Recomputes the four learning times through the plain model. */
    static Witness replay(Space sp, Pretraining pre, int c, int p, int q) {
        Corpus corpus = sp.corpora().get(c);
        KellyMarket pretrained = pre.apply(sp.virgin(), corpus);
        int vp = tau(sp.virgin(), sp.processes().get(p), sp);
        int vq = tau(sp.virgin(), sp.processes().get(q), sp);
        int tp = tau(pretrained, sp.processes().get(p), sp);
        int tq = tau(pretrained, sp.processes().get(q), sp);
        if (!(vp < vq && tp > tq)) {
            throw new IllegalStateException("replay disagrees with the search: " + vp + ", " + vq + ", " + tp + ", " + tq);
        }
        String pn = sp.processNames().get(p);
        String qn = sp.processNames().get(q);
        String cn = corpus.sources().map(s -> s.name()).mkString("+") + " x" + corpus.length();
        Vector<Vector<String>> rows = Vector.of(
                Vector.of(pn, Integer.toString(vp), Integer.toString(tp)),
                Vector.of(qn, Integer.toString(vq), Integer.toString(tq)));
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                .put("corpus", cn).put("corpusIndex", c).put("p", pn).put("q", qn)
                .put("virginTau", Vector.of(vp, vq)).put("pretrainedTau", Vector.of(tp, tq))
                .put("horizon", sp.horizon()).put("epsilon", sp.epsilon()).put("criterion", sp.criterion().name());
        int h = sp.horizon();
        rows = Vector.of(Vector.of(pn, inWords(vp, h), inWords(tp, h)), Vector.of(qn, inWords(vq, h), inWords(tq, h)));
        return new Witness("the virgin market " + learns(pn, vp, h) + " and " + learns(qn, vq, h)
                + "; after pretraining on " + cn + " it " + learns(pn, tp, h) + " and " + learns(qn, tq, h),
                Vector.of("process", "virgin market", "pretrained market"), rows, trace,
                "pretrained tau(p) - tau(q)", tp - tq, Vector.empty());
    }

    // ---------------------------------------------------------------------------------------------
    // The E3 class search (spec/growth.md §8.2)

    /** A binary i.i.d. trader: its name, P(1) and its description length in bits (prior 2^−bits). */
    public record Coin(String name, double p1, int bits) {
        /** Validates the parts. */
        public Coin {
            if (name == null || name.isBlank() || !(p1 >= 0 && p1 <= 1) || bits < 0) {
                throw new ModelException("a coin needs a name, P(1) in [0,1] and bits >= 0: " + name + ", " + p1 + ", " + bits);
            }
        }
    }

    /** A pretraining corpus: {@code length} i.i.d. symbols of a coin with P(1) = {@code p1}. */
    public record CorpusSpec(String name, double p1, int length) {
        /** Validates the parts. */
        public CorpusSpec {
            if (name == null || name.isBlank() || !(p1 >= 0 && p1 <= 1) || length < 1) {
                throw new ModelException("a corpus needs a name, P(1) in [0,1] and length >= 1: " + name + ", " + p1 + ", " + length);
            }
        }

        /** The model's corpus: one source, {@code length} one-symbol documents. */
        public Corpus corpus() {
            return new Corpus(Vector.of(new Source(name, 1, new Predictor.Iid(1 - p1, p1))), length, 1);
        }
    }

    /**
     * The class: virgin markets × corpora × ordered pairs of distinct processes.
     *
     * @param description the class in words
     * @param markets the virgin markets (each a list of coins; simplicity prior), in search order
     * @param corpora the corpora (searched shortest first, stably)
     * @param processes the candidate processes P(1), at least two
     * @param epsilon ε in (0, 1]
     * @param horizon H ≥ 0
     * @param criterion FIRST_HIT or STAYS
     */
    public record FlipClass(String description, Vector<Vector<Coin>> markets, Vector<CorpusSpec> corpora,
                            Vector<Double> processes, double epsilon, int horizon, LearningTime.Criterion criterion) {
        /** Validates the parts and sorts the corpora by length (stably). */
        public FlipClass {
            if (description == null || description.isBlank() || markets == null || markets.isEmpty()
                    || markets.exists(Vector::isEmpty) || corpora == null || corpora.isEmpty()
                    || processes == null || processes.size() < 2 || criterion == null) {
                throw new ModelException("a flip class needs markets, corpora, >= 2 processes and a criterion");
            }
            if (!(epsilon > 0 && epsilon <= 1) || horizon < 0) {
                throw new ModelException("need epsilon in (0,1] and horizon >= 0: " + epsilon + ", " + horizon);
            }
            corpora = corpora.sortBy(CorpusSpec::length);
        }

        /** Candidate (market, corpus, p, q) triples. */
        public long size() {
            return (long) markets.size() * corpora.size() * processes.size() * (processes.size() - 1);
        }
    }

    /** How the pretrained market is made. */
    public enum PretrainMode {
        /** {@link Pretrain} in the EXPECTED mode. */
        EXPECTED,
        /** The mutated model of the negative control: pretraining does nothing. */
        IDENTITY
    }

    /** How pretrained learning times are memoised. */
    public enum Memo {
        /** Keyed by (market, corpus, process). */
        PER_CORPUS,
        /** Planted fault: keyed by (market, process), so every corpus reuses the first corpus's times. */
        FAULT_STALE_CORPUS
    }

    /** The coins {0.05, 0.25, 0.5, 0.75, 0.95} of the E3 grid. */
    public static final Vector<Double> E3_COINS = Vector.of(0.05, 0.25, 0.5, 0.75, 0.95);

    /** The E3 class of spec/growth.md §8.2. */
    public static FlipClass e3Class() {
        Vector<Coin> types = Vector.empty();
        for (double p : E3_COINS) {
            for (int bits : new int[] {1, 3, 9}) {
                types = types.append(new Coin("p" + p + "/" + bits + "b", p, bits));
            }
        }
        Vector<Vector<Coin>> markets = Vector.empty();
        for (int n = 2; n <= 3; n++) {
            markets = markets.appendAll(combinations(types, n));
        }
        Vector<CorpusSpec> corpora = Vector.empty();
        for (int len : new int[] {5, 20, 80}) {
            for (double p : E3_COINS) {
                corpora = corpora.append(new CorpusSpec("coin " + p, p, len));
            }
        }
        return new FlipClass("virgin markets of 2 or 3 distinct binary i.i.d. traders, P(1) in {0.05, 0.25, 0.5, 0.75, 0.95}, "
                + "description length in {1, 3, 9} bits (simplicity prior); corpora of 5, 20 or 80 i.i.d. symbols of one of "
                + "those coins; processes: those coins", markets, corpora, E3_COINS, 0.05, 100, LearningTime.Criterion.STAYS);
    }

    static <T> Vector<Vector<T>> combinations(Vector<T> items, int k) {
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

    /** The plain-model virgin market of a list of coins (simplicity prior). */
    public static KellyMarket market(Vector<Coin> coins) {
        return KellyMarket.of(coins.map(c -> new PredictorTrader(c.name(), c.bits(), new Predictor.Iid(1 - c.p1(), c.p1()))),
                new Prior.Simplicity(), 2);
    }

    /** Runs the class search with the model's pretraining and a correct memo. */
    public static Verdict searchClass(FlipClass cls, Budget budget) {
        return searchClass(cls, budget, PretrainMode.EXPECTED, Memo.PER_CORPUS);
    }

    /**
     * Runs the class search. One node = one learning time computed. The witness is the first flip
     * in canonical order (markets, corpora shortest first, then p, q), replayed through the plain
     * model; the margin is the largest flip strength over the class.
     */
    public static Verdict searchClass(FlipClass cls, Budget budget, PretrainMode pretraining, Memo memo) {
        NodeMeter meter = new NodeMeter(budget);
        int np = cls.processes().size();
        int nc = cls.corpora().size();
        boolean stays = cls.criterion() == LearningTime.Criterion.STAYS;
        int unlearned = cls.horizon() + 1;
        long candidates = 0;
        long flips = 0;
        int best = Integer.MIN_VALUE;
        String bestAt = "";
        int[] first = null;
        for (int mi = 0; mi < cls.markets().size(); mi++) {
            Vector<Coin> coins = cls.markets().get(mi);
            double[] p1 = new double[coins.size()];
            double[] lw = market(coins).logWealth();
            for (int i = 0; i < p1.length; i++) {
                p1[i] = coins.get(i).p1();
            }
            int[] virgin = new int[np];
            int[][] pre = new int[nc][np];
            for (int p = 0; p < np; p++) {
                if (!meter.spend(1)) {
                    return inconclusive(cls, meter, candidates, flips, mi, best, bestAt, pretraining, memo);
                }
                virgin[p] = tauOf(lw, p1, cls.processes().get(p), cls, stays, unlearned);
            }
            for (int c = 0; c < nc; c++) {
                CorpusSpec cs = cls.corpora().get(c);
                double[] lwPre = pretraining == PretrainMode.IDENTITY ? lw : LearningTimeKernel.pretrain(lw, p1, cs.p1(), cs.length());
                for (int p = 0; p < np; p++) {
                    if (memo == Memo.FAULT_STALE_CORPUS && c > 0) {
                        pre[c][p] = pre[0][p];
                        continue;
                    }
                    if (!meter.spend(1)) {
                        return inconclusive(cls, meter, candidates, flips, mi, best, bestAt, pretraining, memo);
                    }
                    pre[c][p] = tauOf(lwPre, p1, cls.processes().get(p), cls, stays, unlearned);
                }
                for (int p = 0; p < np; p++) {
                    for (int q = 0; q < np; q++) {
                        if (p == q) {
                            continue;
                        }
                        candidates++;
                        int strength = Math.min(virgin[q] - virgin[p], pre[c][p] - pre[c][q]);
                        if (strength > best) {
                            best = strength;
                            bestAt = describeCandidate(cls, coins, c, p, q);
                        }
                        if (strength >= 1) {
                            flips++;
                            if (first == null) {
                                first = new int[] {mi, c, p, q, virgin[p], virgin[q], pre[c][p], pre[c][q]};
                            }
                        }
                    }
                }
            }
        }
        Bound bound = classBound(cls, pretraining, memo);
        SearchStatistics st = new SearchStatistics(engineName(memo), candidates, meter.nodes(), candidates - flips, 0, 4,
                meter.elapsedNanos());
        Margin mg = strengthMargin(cls, best, bestAt, true);
        if (first == null) {
            return new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound, st, Option.some(mg));
        }
        return new Verdict.Found(Verdict.Kind.WITNESS, bound, st, replayClass(cls, first, pretraining, flips, candidates),
                Option.some(mg));
    }

    private static int tauOf(double[] lw, double[] p1, double process, FlipClass cls, boolean stays, int unlearned) {
        int t = LearningTimeKernel.tau(lw, p1, process, cls.epsilon(), cls.horizon(), stays);
        return t < 0 ? unlearned : t;
    }

    private static Verdict inconclusive(FlipClass cls, NodeMeter meter, long candidates, long flips, int mi, int best,
                                        String bestAt, PretrainMode pretraining, Memo memo) {
        return new Verdict.Inconclusive(Verdict.Kind.WITNESS, classBound(cls, pretraining, memo),
                new SearchStatistics(engineName(memo), candidates, meter.nodes(), candidates - flips, 0, 4, meter.elapsedNanos()),
                meter.stopReason() + " after " + mi + " of " + cls.markets().size() + " markets (" + candidates + " of "
                        + cls.size() + " candidates)",
                Option.some(strengthMargin(cls, best, bestAt, false)));
    }

    private static String engineName(Memo memo) {
        return memo == Memo.PER_CORPUS ? "exhaustive (closed-form learning times, memoised per market, corpus and process)"
                : "exhaustive (learning times memoised without the corpus: planted fault)";
    }

    private static Margin strengthMargin(FlipClass cls, int best, String at, boolean exact) {
        return new Margin("flip strength min(tau_v(q) - tau_v(p), tau_pre(p) - tau_pre(q)) (observations; not learned within H "
                + "counts as H + 1)", Margin.Extremum.MAX, best == Integer.MIN_VALUE ? Double.NaN : best, ">=", 1, exact, at);
    }

    private static Bound classBound(FlipClass cls, PretrainMode pretraining, Memo memo) {
        return Bound.ofClass(cls.description(),
                "every virgin market of the class x every corpus x every ordered pair of distinct processes; learning time "
                        + "in the expected mode, total variation <= epsilon, " + cls.criterion() + " criterion, horizon H",
                "markets", cls.markets().size(),
                "traderTypes", cls.markets().flatMap(v -> v).distinct().map(c -> c.name()).mkString("{", ", ", "}"),
                "corpora", cls.corpora().map(c -> c.length() + " x " + c.name()).mkString("{", ", ", "}"),
                "processes", cls.processes().mkString("{", ", ", "}"), "candidates", cls.size(),
                "epsilon", cls.epsilon(), "horizon", cls.horizon(), "criterion", cls.criterion(),
                "pretraining", pretraining == PretrainMode.EXPECTED ? "Pretrain, EXPECTED mode" : "identity (mutated model)",
                "memo", memo == Memo.PER_CORPUS ? "per (market, corpus, process)" : "per (market, process): planted fault",
                "nodeUnit", "one learning time");
    }

    private static String describeCandidate(FlipClass cls, Vector<Coin> coins, int c, int p, int q) {
        CorpusSpec cs = cls.corpora().get(c);
        return "market " + coins.map(Coin::name).mkString("{", ", ", "}") + ", corpus " + cs.length() + " x " + cs.name()
                + ", p = " + cls.processes().get(p) + ", q = " + cls.processes().get(q);
    }

    /** For tables: "12 observations" or "not learned within 100 observations". */
    public static String inWords(int tau, int horizon) {
        return tau > horizon ? "not learned within " + horizon + " observations" : tau + " observations";
    }

    /** For sentences: "learns coin 0.7 in 12 observations" or "does not learn coin 0.7 within 100 observations". */
    public static String learns(String process, int tau, int horizon) {
        return tau > horizon ? "does not learn " + process + " within " + horizon + " observations"
                : "learns " + process + " in " + tau + " observations";
    }

    /** Recomputes the first flip's four learning times through the plain model. */
    static Witness replayClass(FlipClass cls, int[] f, PretrainMode pretraining, long flips, long candidates) {
        Vector<Coin> coins = cls.markets().get(f[0]);
        CorpusSpec cs = cls.corpora().get(f[1]);
        double pp = cls.processes().get(f[2]);
        double qq = cls.processes().get(f[3]);
        KellyMarket virgin = market(coins);
        KellyMarket pretrained = pretraining == PretrainMode.IDENTITY ? virgin
                : new Pretrain(cs.corpus(), Mode.EXPECTED, 0).apply(GrowthState.of(virgin)).market();
        int h = cls.horizon();
        java.util.function.BiFunction<KellyMarket, Double, Integer> tau = (k, x) -> LearningTime.of(k,
                new Predictor.Iid(1 - x, x), cls.epsilon(), h, Mode.EXPECTED, 0, cls.criterion()).getOrElse(h + 1);
        int vp = tau.apply(virgin, pp);
        int vq = tau.apply(virgin, qq);
        int tp = tau.apply(pretrained, pp);
        int tq = tau.apply(pretrained, qq);
        if (vp != f[4] || vq != f[5] || tp != f[6] || tq != f[7]) {
            throw new IllegalStateException("the plain model does not reproduce the learning times of the flip: kernel "
                    + java.util.Arrays.toString(java.util.Arrays.copyOfRange(f, 4, 8)) + ", model " + vp + ", " + vq + ", "
                    + tp + ", " + tq);
        }
        String pn = "coin " + pp;
        String qn = "coin " + qq;
        Vector<Vector<String>> rows = Vector.of(
                Vector.of("p = " + pn, inWords(vp, h), inWords(tp, h)),
                Vector.of("q = " + qn, inWords(vq, h), inWords(tq, h)));
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                .put("market", coins.map(c -> LinkedHashMap.<String, Object>of("name", c.name(), "p1", c.p1(), "bits", c.bits())))
                .put("corpus", LinkedHashMap.<String, Object>of("source", cs.name(), "p1", cs.p1(), "length", cs.length()))
                .put("p", pp).put("q", qq)
                .put("virginTau", Vector.of(vp, vq)).put("pretrainedTau", Vector.of(tp, tq))
                .put("notLearnedMeans", "tau = H + 1 = " + (h + 1))
                .put("horizon", h).put("epsilon", cls.epsilon()).put("criterion", cls.criterion().name())
                .put("flips", flips).put("candidates", candidates);
        String summary = "market " + coins.map(Coin::name).mkString("{", ", ", "}") + ": the virgin market "
                + learns(pn, vp, h) + " and " + learns(qn, vq, h) + "; after pretraining on " + cs.length()
                + " symbols of " + cs.name() + " it " + learns(pn, tp, h) + " and " + learns(qn, tq, h) + " ("
                + flips + " of " + candidates + " candidates flip)";
        return new Witness(summary, Vector.of("process", "virgin market", "pretrained market"), rows, trace,
                "flip strength (observations)", Math.min(vq - vp, tp - tq), Vector.empty());
    }
}
