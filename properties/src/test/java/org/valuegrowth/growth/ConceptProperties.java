package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/** New concepts: wealth-weighted extrapolation (E10) and simulated reflection as Kelly updates. */
@Tag("E10")
class ConceptProperties {
    static final Language LANG = Language.ofNames("a", "b");
    static final Sentence DEF = SentenceParser.parse(LANG, "a & !b").get();

    record Setup(KellyMarket market, MarketConcept concept) {
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<ExtrapolationRule> rules = Arbitraries.oneOf(
                Arbitraries.doubles().between(0.01, 0.99).map(ExtrapolationRule.Constant::new),
                Arbitraries.doubles().between(0.01, 0.5).map(noise -> new ExtrapolationRule.Grounded(DEF, noise)));
        return Arbitraries.integers().between(1, 5).flatMap(n -> Combinators.combine(
                GrowthArbitraries.distribution(4).list().ofSize(n),
                Arbitraries.doubles().between(-5, 0).array(double[].class).ofSize(n),
                rules.list().ofSize(n)).as((dists, lw, rs) -> {
                    Vector<PredictorTrader> ts = Vector.empty();
                    LinkedHashMap<String, ExtrapolationRule> map = LinkedHashMap.empty();
                    for (int i = 0; i < n; i++) {
                        ts = ts.append(new PredictorTrader("t" + i, 1, new Predictor.WorldBelief(LANG, dists.get(i))));
                        map = map.put("t" + i, rs.get(i));
                    }
                    KellyMarket k = KellyMarket.overWorlds(LANG, ts, Prior.Explicit.of(lw));
                    return new Setup(k, new MarketConcept("plork", map, new ExtrapolationRule.Constant(0.5), Option.of(DEF)));
                }));
    }

    private static double ruleProb(ExtrapolationRule r, int x) {
        if (r instanceof ExtrapolationRule.Constant) {
            return ((ExtrapolationRule.Constant) r).p();
        }
        ExtrapolationRule.Grounded g = (ExtrapolationRule.Grounded) r;
        boolean holds = (x & 1) != 0 && (x & 2) == 0; // a & !b with a = bit 0, b = bit 1
        return holds ? 1 - g.noise() : g.noise();
    }

    @Property(tries = 150, seed = "4471")
    @Label("E10 law: the market's belief in a new concept is the wealth-weighted extrapolation, and Extend leaves wealth unchanged")
    void conceptBeliefIsWealthWeightedExtrapolation(@ForAll("setups") Setup s) {
        GrowthState after = new Extend(s.concept()).apply(GrowthState.of(s.market()));
        assertThat(after.market().logWealth()).containsExactly(s.market().logWealth());
        double[] w = s.market().shares();
        double expected = 0;
        for (int i = 0; i < w.length; i++) {
            double[] p = s.market().traders().get(i).predictor().probabilities(s.market().history());
            for (int x = 0; x < 4; x++) {
                expected += w[i] * p[x] * ruleProb(s.concept().ruleOf("t" + i), x);
            }
        }
        assertThat(after.concept("plork").belief(after.market())).isCloseTo(expected, within(1e-12));
    }

    @Property(tries = 100, seed = "4472")
    @Label("E10 law: simulated reflection is the Kelly update on the grounded verdicts, in both modes")
    void simulatedReflectionIsKellyOnVerdicts(@ForAll("setups") Setup s, @ForAll @IntRange(min = 0, max = 6) int k,
                                              @ForAll boolean sampled, @ForAll long seed) {
        Predictor shown = new Predictor.WorldBelief(LANG, 0.25, 0.25, 0.25, 0.25);
        GrowthState st = new Extend(s.concept()).apply(GrowthState.of(s.market()));
        KellyMarket after = new SimulatedReflection("plork", shown, k, sampled ? Mode.SAMPLED : Mode.EXPECTED, seed)
                .apply(st).market();
        double[] w0 = s.market().shares();
        double[] post = new double[w0.length];
        double z = 0;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        int[] xs = new int[k];
        for (int d = 0; d < k; d++) {
            xs[d] = (int) Math.min(3, Math.floor(rng.nextDouble() * 4));
        }
        for (int i = 0; i < w0.length; i++) {
            ExtrapolationRule r = s.concept().ruleOf("t" + i);
            double logL = 0;
            if (sampled) {
                for (int x : xs) {
                    boolean v = (x & 1) != 0 && (x & 2) == 0;
                    logL += Math.log(v ? ruleProb(r, x) : 1 - ruleProb(r, x));
                }
            } else {
                for (int x = 0; x < 4; x++) {
                    boolean v = (x & 1) != 0 && (x & 2) == 0;
                    logL += k * 0.25 * Math.log(v ? ruleProb(r, x) : 1 - ruleProb(r, x));
                }
            }
            post[i] = w0[i] * Math.exp(logL);
            z += post[i];
        }
        if (z > 0) {
            for (int i = 0; i < post.length; i++) {
                post[i] /= z;
            }
            assertThat(after.shares()).containsExactly(post, within(1e-9));
        }
        assertThat(after.history()).isEqualTo(s.market().history());
    }

    @Example
    @Label("E10 example: two traders that agree on every world disagree on plork; reflection moves belief toward the grounding")
    void reflectionGroundsAnUngroundedConcept() {
        Vector<PredictorTrader> ts = Vector.of(
                new PredictorTrader("grounded", 1, new Predictor.WorldBelief(LANG, 0.25, 0.25, 0.25, 0.25)),
                new PredictorTrader("wild", 1, new Predictor.WorldBelief(LANG, 0.25, 0.25, 0.25, 0.25)));
        KellyMarket k = KellyMarket.overWorlds(LANG, ts, Prior.Explicit.of(Math.log(0.1), Math.log(0.9)));
        MarketConcept plork = new MarketConcept("plork", LinkedHashMap.of("grounded", new ExtrapolationRule.Grounded(DEF, 0.0)),
                new ExtrapolationRule.Constant(0.9), Option.of(DEF));
        GrowthState s = new Extend(plork).apply(GrowthState.of(k));
        // before: 0.1 * P(a & !b) + 0.9 * 0.9 = 0.1 * 0.25 + 0.81
        assertThat(s.concept("plork").belief(s.market())).isCloseTo(0.835, within(1e-12));
        GrowthState r = new SimulatedReflection("plork", new Predictor.WorldBelief(LANG, 0.25, 0.25, 0.25, 0.25), 1,
                Mode.EXPECTED, 0).apply(s);
        // expected log-likelihood of the wild trader: 0.25 ln 0.9 + 0.75 ln 0.1; the grounded one: 0
        double wild = 0.9 * Math.exp(0.25 * Math.log(0.9) + 0.75 * Math.log(0.1));
        double share = 0.1 / (0.1 + wild);
        assertThat(r.market().share("grounded")).isCloseTo(share, within(1e-12));
        assertThat(r.concept("plork").belief(r.market())).isCloseTo(share * 0.25 + (1 - share) * 0.9, within(1e-12));
    }
}
