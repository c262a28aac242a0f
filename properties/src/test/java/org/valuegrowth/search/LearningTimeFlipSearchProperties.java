package org.valuegrowth.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.growth.Corpus;
import org.valuegrowth.growth.LearningTime;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Source;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/** The E3 search: engines agree, the planted flip is found, the no-op pretraining twin finds none. */
@Tag("E3")
class LearningTimeFlipSearchProperties {

    static Predictor coin(double p1) {
        return new Predictor.Iid(1 - p1, p1);
    }

    static Corpus corpus(String name, Predictor p, int length) {
        return new Corpus(Vector.of(new Source(name, 1, p)), length, 1);
    }

    /** A simple-but-alien process (cheap trader) and a human process (expensive trader). */
    static LearningTimeFlipSearch.Space planted() {
        return planted(LearningTime.Criterion.STAYS);
    }

    static LearningTimeFlipSearch.Space planted(LearningTime.Criterion criterion) {
        KellyMarket virgin = KellyMarket.of(Vector.of(
                new PredictorTrader("uniform", 1, coin(0.5)),
                new PredictorTrader("alien", 2, coin(0.95)),
                new PredictorTrader("human", 9, coin(0.7))), new Prior.Simplicity(), 2);
        return new LearningTimeFlipSearch.Space(virgin,
                Vector.of(corpus("human-text", coin(0.7), 5), corpus("human-text", coin(0.7), 40)),
                Vector.of(coin(0.95), coin(0.7)), Vector.of("alien", "human"), 0.05, 60, 10_000, criterion);
    }

    @Example
    @Label("E3 search, planted witness: pretraining on human text flips the alien/human learning-time order")
    void plantedFlipIsFoundAndReplayed() {
        LearningTimeFlipSearch.Space sp = planted();
        for (boolean targeted : new boolean[]{false, true}) {
            Verdict v = targeted ? LearningTimeFlipSearch.targeted(sp, LearningTimeFlipSearch.Pretraining.MODEL)
                    : LearningTimeFlipSearch.bruteForce(sp, LearningTimeFlipSearch.Pretraining.MODEL);
            assertThat(v).isInstanceOf(Verdict.Found.class);
            Verdict.Found f = (Verdict.Found) v;
            assertThat(f.witness().trace().get("p").get()).as(f.witness().summary()).isEqualTo("alien");
            // recomputed here with LearningTime directly
            KellyMarket pre = LearningTimeFlipSearch.Pretraining.MODEL.apply(sp.virgin(),
                    sp.corpora().get((Integer) f.witness().trace().get("corpusIndex").get()));
            int ta = LearningTime.of(pre, coin(0.95), 0.05, 60, Mode.EXPECTED, 0, LearningTime.Criterion.STAYS).getOrElse(61);
            int th = LearningTime.of(pre, coin(0.7), 0.05, 60, Mode.EXPECTED, 0, LearningTime.Criterion.STAYS).getOrElse(61);
            assertThat(f.witness().replayedFigure()).isEqualTo(ta - th);
            assertThat(ta).isGreaterThan(th);
        }
    }

    @Example
    @Label("E3 search: under FIRST_HIT an accidental early agreement of the virgin mixture is itself a flip")
    void firstHitCountsAccidentalAgreement() {
        Verdict v = LearningTimeFlipSearch.targeted(planted(LearningTime.Criterion.FIRST_HIT), LearningTimeFlipSearch.Pretraining.MODEL);
        assertThat(v).isInstanceOf(Verdict.Found.class);
        // the virgin mixture starts within 0.05 of the human coin: tau_virgin(human) = 0
        assertThat(planted().virgin().predictive()[1]).isCloseTo(0.650130, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(((Verdict.Found) v).witness().trace().get("virginTau").get()).isEqualTo(Vector.of(0, 6));
    }

    @Example
    @Label("E3 search, planted fault twin: with pretraining replaced by a no-op, no flip exists in the same space")
    void noOpPretrainingFindsNone() {
        LearningTimeFlipSearch.Pretraining noop = (k, c) -> k;
        Verdict brute = LearningTimeFlipSearch.bruteForce(planted(), noop);
        Verdict targeted = LearningTimeFlipSearch.targeted(planted(), noop);
        assertThat(brute).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(targeted).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(brute.statistics().candidates()).isEqualTo(2L * 2 * 1);
    }

    @Provide
    Arbitrary<LearningTimeFlipSearch.Space> spaces() {
        Arbitrary<Double> p = Arbitraries.of(0.1, 0.3, 0.5, 0.7, 0.9);
        Arbitrary<Integer> bits = Arbitraries.integers().between(1, 8);
        return Combinators.combine(p.list().ofSize(3), bits.list().ofSize(3), p.list().ofSize(3), p, Arbitraries.of(3, 15),
                Arbitraries.of(LearningTime.Criterion.class))
                .as((tp, tb, procs, cp, len, crit) -> {
                    Vector<PredictorTrader> ts = Vector.empty();
                    for (int i = 0; i < 3; i++) {
                        ts = ts.append(new PredictorTrader("t" + i, tb.get(i), coin(tp.get(i))));
                    }
                    KellyMarket virgin = KellyMarket.of(ts, new Prior.Simplicity(), 2);
                    Vector<Predictor> ps = Vector.ofAll(procs).map(LearningTimeFlipSearchProperties::coin);
                    return new LearningTimeFlipSearch.Space(virgin, Vector.of(corpus("c", coin(cp), len)), ps,
                            Vector.of("p0", "p1", "p2"), 0.1, 25, 10_000, crit);
                });
    }

    @Property(tries = 40, seed = "4491")
    @Label("E3 search: brute force and targeted engines give the same verdict and a replayable witness")
    void enginesAgree(@ForAll("spaces") LearningTimeFlipSearch.Space sp) {
        Verdict brute = LearningTimeFlipSearch.bruteForce(sp, LearningTimeFlipSearch.Pretraining.MODEL);
        Verdict targeted = LearningTimeFlipSearch.targeted(sp, LearningTimeFlipSearch.Pretraining.MODEL);
        assertThat(targeted.isFound()).isEqualTo(brute.isFound());
        assertThat(targeted.statistics().candidates()).isEqualTo(brute.statistics().candidates());
        if (brute instanceof Verdict.Found) {
            assertThat(((Verdict.Found) brute).witness().trace()).isEqualTo(((Verdict.Found) targeted).witness().trace());
        }
    }

    @Example
    @Label("E3 search: the report's standard space - both engines give the same verdict and witness")
    void standardSpaceEnginesAgree() {
        LearningTimeFlipSearch.Space sp = LearningTimeFlipSearch.standard();
        Verdict brute = LearningTimeFlipSearch.bruteForce(sp, LearningTimeFlipSearch.Pretraining.MODEL);
        Verdict targeted = LearningTimeFlipSearch.targeted(sp, LearningTimeFlipSearch.Pretraining.MODEL);
        assertThat(targeted.isFound()).isEqualTo(brute.isFound());
        assertThat(brute).isNotInstanceOf(Verdict.Inconclusive.class);
        if (brute instanceof Verdict.Found) {
            assertThat(((Verdict.Found) targeted).witness().trace()).isEqualTo(((Verdict.Found) brute).witness().trace());
        }
    }

    // ---- the E3 class search (spec/growth.md §8.2)

    @Provide
    Arbitrary<LearningTimeFlipSearch.FlipClass> flipClasses() {
        Arbitrary<LearningTimeFlipSearch.Coin> coin = Combinators.combine(Arbitraries.doubles().between(0.02, 0.98),
                Arbitraries.integers().between(1, 9)).as((p, b) -> new LearningTimeFlipSearch.Coin("c" + p + "/" + b, p, b));
        Arbitrary<LearningTimeFlipSearch.CorpusSpec> corpus = Combinators.combine(Arbitraries.doubles().between(0.02, 0.98),
                Arbitraries.integers().between(1, 40)).as((p, n) -> new LearningTimeFlipSearch.CorpusSpec("coin " + p, p, n));
        return Combinators.combine(coin.list().ofMinSize(2).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(2),
                corpus.list().ofMinSize(1).ofMaxSize(2), Arbitraries.doubles().between(0.02, 0.98).list().ofMinSize(2).ofMaxSize(3),
                Arbitraries.doubles().between(0.02, 0.2), Arbitraries.of(LearningTime.Criterion.class))
                .as((ms, cs, ps, eps, crit) -> new LearningTimeFlipSearch.FlipClass("random",
                        Vector.ofAll(ms).map(Vector::ofAll), Vector.ofAll(cs), Vector.ofAll(ps), eps, 30, crit));
    }

    @Property(tries = 40, seed = "4492")
    @Label("E3 class search: the verdict and the largest flip strength equal a brute force over the plain model (Pretrain, LearningTime)")
    void classSearchEqualsBruteForceOverTheModel(@ForAll("flipClasses") LearningTimeFlipSearch.FlipClass cls) {
        Verdict v = LearningTimeFlipSearch.searchClass(cls, org.valuegrowth.verdict.Budget.standard());
        int h = cls.horizon();
        int best = Integer.MIN_VALUE;
        for (Vector<LearningTimeFlipSearch.Coin> coins : cls.markets()) {
            KellyMarket virgin = LearningTimeFlipSearch.market(coins);
            for (LearningTimeFlipSearch.CorpusSpec cs : cls.corpora()) {
                KellyMarket pre = new org.valuegrowth.growth.Pretrain(cs.corpus(), Mode.EXPECTED, 0)
                        .apply(org.valuegrowth.growth.GrowthState.of(virgin)).market();
                for (int p = 0; p < cls.processes().size(); p++) {
                    for (int q = 0; q < cls.processes().size(); q++) {
                        if (p == q) {
                            continue;
                        }
                        int vp = tau(virgin, cls.processes().get(p), cls);
                        int vq = tau(virgin, cls.processes().get(q), cls);
                        int tp = tau(pre, cls.processes().get(p), cls);
                        int tq = tau(pre, cls.processes().get(q), cls);
                        best = Math.max(best, Math.min(vq - vp, tp - tq));
                    }
                }
            }
        }
        assertThat(v).isNotInstanceOf(Verdict.Inconclusive.class);
        assertThat(v.margin().get().value()).isEqualTo((double) best);
        assertThat(v.isFound()).isEqualTo(best >= 1);
        assertThat(h).isEqualTo(30);
    }

    static int tau(KellyMarket k, double p, LearningTimeFlipSearch.FlipClass cls) {
        return LearningTime.of(k, coin(p), cls.epsilon(), cls.horizon(), Mode.EXPECTED, 0, cls.criterion()).getOrElse(cls.horizon() + 1);
    }

    @Example
    @Label("E3 worked example (spec/growth.md §8.2): at 80 symbols the virgin market learns alien-hi in 6 and human-a in 83; "
            + "pretrained, human-a in 48 and alien-hi not within 100 observations")
    void workedExample() {
        Verdict v = LearningTimeFlipSearch.targeted(LearningTimeFlipSearch.standard(), LearningTimeFlipSearch.Pretraining.MODEL);
        Verdict.Found f = (Verdict.Found) v;
        assertThat(f.witness().trace().get("virginTau").get()).isEqualTo(Vector.of(6, 83));
        assertThat(f.witness().trace().get("pretrainedTau").get()).isEqualTo(Vector.of(101, 48));
        assertThat(f.witness().summary()).contains("does not learn alien-hi within 100 observations")
                .doesNotContain("101");
        assertThat(f.witness().rows().get(0)).contains("not learned within 100 observations");
    }

    @Example
    @Label("E3 class: 560 markets x 15 corpora x 20 pairs; a 1-node budget and a 1 ms time limit give INCONCLUSIVE")
    void classSizeAndBudgets() {
        LearningTimeFlipSearch.FlipClass c = LearningTimeFlipSearch.e3Class();
        assertThat(c.markets()).hasSize(560);
        assertThat(c.size()).isEqualTo(560L * 15 * 20);
        Verdict nodes = LearningTimeFlipSearch.searchClass(c, org.valuegrowth.verdict.Budget.nodes(1));
        assertThat(nodes).isInstanceOf(Verdict.Inconclusive.class);
        assertThat(((Verdict.Inconclusive) nodes).limit()).contains("node budget 1 exhausted after 0 of 560 markets");
        Verdict time = LearningTimeFlipSearch.searchClass(c, org.valuegrowth.verdict.Budget.of(org.valuegrowth.verdict.Budget.MAX_NODES, 1));
        assertThat(time).isInstanceOf(Verdict.Inconclusive.class);
    }
}
