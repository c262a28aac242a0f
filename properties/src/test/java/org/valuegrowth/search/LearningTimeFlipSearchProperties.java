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
}
