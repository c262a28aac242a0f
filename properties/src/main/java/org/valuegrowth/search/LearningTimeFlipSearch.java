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
        return new Witness("after pretraining on " + cn + ", " + pn + " is learned in " + tp + " > " + tq + " observations ("
                + qn + "), while the virgin market learns " + pn + " in " + vp + " < " + vq,
                Vector.of("process", "virgin tau", "pretrained tau"), rows, trace,
                "pretrained tau(p) - tau(q)", tp - tq, Vector.empty());
    }
}
