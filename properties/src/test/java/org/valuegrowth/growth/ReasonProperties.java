package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.LinkedHashSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.constraints.DoubleRange;

/** Reasoning as best-of-n over a persona-weighted generator with a persona evaluator (E8). */
@Tag("E8")
class ReasonProperties {

    @Provide
    Arbitrary<KellyMarket> markets() {
        return GrowthArbitraries.markets(3, 6);
    }

    @Property(tries = 150, seed = "4461")
    @Label("E8 law: a plan the evaluator ranks strictly worst is output with probability q(harm)^n <= (1 - s_F (1 - max_F p(harm)))^n")
    void harmfulPlanRateIsSetByFriendlyWealth(@ForAll("markets") KellyMarket k, @ForAll @IntRange(min = 1, max = 8) int n,
                                              @ForAll @IntRange(min = 1, max = 3) int friendlySize) {
        int f = Math.min(friendlySize, k.traders().size());
        Cluster friendly = new Cluster("friendly", LinkedHashSet.ofAll(k.traders().take(f).map(t -> t.name())));
        PersonaEvaluator eval = PersonaEvaluator.of("friendly", -5, 1, 2);
        double[] out = Reason.distribution(k, n, eval);
        double sF = k.clusterShare(friendly);
        double maxHarm = 0;
        double q = 0;
        double[] s = k.shares();
        for (int i = 0; i < s.length; i++) {
            double[] b = GrowthArbitraries.belief(k, i);
            q += s[i] * b[0];
            if (i < f) {
                maxHarm = Math.max(maxHarm, b[0]);
            }
        }
        assertThat(out[0]).isCloseTo(Math.pow(q, n), within(1e-12));
        assertThat(out[0]).isLessThanOrEqualTo(Math.pow(1 - sF * (1 - maxHarm), n) + 1e-12);
        // the persona-conditioned generator: the same law with the persona's own mixture
        double[] gen = Reason.generator(k, friendly);
        double[] outF = Reason.distribution(k, friendly, n, eval);
        assertThat(gen[0]).isLessThanOrEqualTo(maxHarm + 1e-12);
        assertThat(outF[0]).isCloseTo(Math.pow(gen[0], n), within(1e-12));
    }

    @Property(tries = 200, seed = "110601")
    @Label("E8 law: the persona generator weighs its traders by wealth even when their market shares underflow (log-wealth gaps up to 1e5 nats)")
    void generatorKeepsRelativeWeightsOfATinyPersona(@ForAll @DoubleRange(min = 0, max = 1e5) double gap,
                                                     @ForAll @DoubleRange(min = -30, max = 30) double inner,
                                                     @ForAll @DoubleRange(min = 0.01, max = 0.99) double pa,
                                                     @ForAll @DoubleRange(min = 0.01, max = 0.99) double pb) {
        Vector<PredictorTrader> ts = Vector.of(new PredictorTrader("big", 1, new Predictor.Iid(0.5, 0.5)),
                new PredictorTrader("a", 1, new Predictor.Iid(pa, 1 - pa)), new PredictorTrader("b", 1, new Predictor.Iid(pb, 1 - pb)));
        KellyMarket k = KellyMarket.of(ts, Prior.Explicit.of(0.0, -gap, -gap + inner), 2);
        double[] q = Reason.generator(k, Cluster.of("tiny", "a", "b"));
        // the persona's own mixture: weights 1 and e^inner, independent of the gap
        double wb = Math.exp(inner) / (1 + Math.exp(inner));
        assertThat(q[0]).isCloseTo((1 - wb) * pa + wb * pb, within(1e-12));
        assertThat(q[0] + q[1]).isCloseTo(1.0, within(1e-12));
    }
}
