package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/** GRPO as a wealth transfer (E9) and its expected dynamics (Mroueh 2025). */
@Tag("E9")
class GrpoProperties {

    @Provide
    Arbitrary<KellyMarket> markets() {
        return GrowthArbitraries.markets(3, 8);
    }

    @Provide
    Arbitrary<Task> tasks() {
        return Arbitraries.doubles().between(-2, 2).array(double[].class).ofSize(3).map(r -> Task.of("task", r));
    }

    @Provide
    Arbitrary<AdvantageConvention> conventions() {
        return Arbitraries.of(AdvantageConvention.TRL, AdvantageConvention.POPULATION, AdvantageConvention.mroueh(1e-6));
    }

    @Property(tries = 150, seed = "4431")
    @Label("E9 law: GRPO conserves total wealth in both modes, with and without the KL term")
    void wealthIsConservedByEveryGrpoStep(@ForAll("markets") KellyMarket k, @ForAll("tasks") Task task,
                                          @ForAll("conventions") AdvantageConvention c, @ForAll @IntRange(min = 1, max = 8) int g,
                                          @ForAll @DoubleRange(min = 0, max = 2) double eta, @ForAll @DoubleRange(min = 0, max = 0.5) double beta,
                                          @ForAll boolean sampled, @ForAll long seed) {
        Grpo grpo = new Grpo(task, g, eta, beta, c, sampled ? Mode.SAMPLED : Mode.EXPECTED, 3, seed);
        KellyMarket after = grpo.apply(GrowthState.of(k)).market();
        double lse = org.valuegrowth.numeric.LogSpace.logSumExp(after.logWealth());
        assertThat(lse).isCloseTo(k.logTotalWealth(), within(1e-9));
        assertThat(after.history()).isEqualTo(k.history());
    }

    @Property(tries = 150, seed = "4432")
    @Label("E9 law: without KL, a sampled round multiplies wealth by exp(eta*credit)/normaliser; unused traders only by the normaliser")
    void unusedTradersChangeOnlyThroughNormalisation(@ForAll("markets") KellyMarket k, @ForAll("tasks") Task task,
                                                     @ForAll("conventions") AdvantageConvention c,
                                                     @ForAll @IntRange(min = 1, max = 6) int g,
                                                     @ForAll @DoubleRange(min = 0.01, max = 2) double eta, @ForAll long seed) {
        Grpo grpo = new Grpo(task, g, eta, 0.0, c, Mode.SAMPLED, 1, seed);
        Grpo.Round round = grpo.sampledRound(k, k.logWealth(), seed);
        double[] before = k.logWealth();
        double[] after = round.after().logWealth();
        // credit and normaliser recomputed here from the recorded rollouts
        double[] credit = new double[before.length];
        for (int j = 0; j < g; j++) {
            credit[round.traders().get(j)] += round.advantages().get(j);
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < before.length; i++) {
            num += Math.exp(before[i]) * Math.exp(eta * credit[i]);
            den += Math.exp(before[i]);
        }
        double logNorm = Math.log(num / den);
        HashSet<Integer> used = HashSet.ofAll(round.traders());
        for (int i = 0; i < before.length; i++) {
            double expected = before[i] + eta * credit[i] - logNorm;
            assertThat(after[i]).isCloseTo(expected, within(1e-9));
            if (!used.contains(i)) {
                assertThat(after[i] - before[i]).isCloseTo(-logNorm, within(1e-9));
            }
        }
        // the recorded advantages are the pinned convention applied to the recorded rewards
        double[] rewards = round.rewards().toJavaStream().mapToDouble(Double::doubleValue).toArray();
        assertThat(round.advantages().toJavaStream().mapToDouble(Double::doubleValue).toArray())
                .containsExactly(c.advantages(rewards), within(1e-12));
        for (int j = 0; j < g; j++) {
            assertThat(round.rewards().get(j)).isEqualTo(task.reward().get(round.outputs().get(j)));
        }
    }

    @Property(tries = 100, seed = "4433")
    @Label("E9 law: with the KL term, unused traders move only by the geometric pull to the reference and the normaliser")
    void unusedTradersWithKlMoveOnlyTowardReference(@ForAll("markets") KellyMarket k, @ForAll("tasks") Task task,
                                                    @ForAll @IntRange(min = 1, max = 6) int g,
                                                    @ForAll @DoubleRange(min = 0.01, max = 1) double eta,
                                                    @ForAll @DoubleRange(min = 0.01, max = 1) double beta, @ForAll long seed) {
        double[] ref = k.logWealth();
        for (int i = 0; i < ref.length; i++) {
            ref[i] = ref[i] * 0.5 - i;
        }
        Grpo grpo = new Grpo(task, g, eta, beta, AdvantageConvention.TRL, Mode.SAMPLED, 1, seed);
        Grpo.Round round = grpo.sampledRound(k, ref, seed);
        double[] before = k.logWealth();
        double[] after = round.after().logWealth();
        HashSet<Integer> used = HashSet.ofAll(round.traders());
        Double constant = null;
        for (int i = 0; i < before.length; i++) {
            if (!used.contains(i)) {
                double d = after[i] - ((1 - eta * beta) * before[i] + eta * beta * ref[i]);
                if (constant == null) {
                    constant = d;
                }
                assertThat(d).isCloseTo(constant, within(1e-9));
            }
        }
    }

    @Property(tries = 100, seed = "4434")
    @Label("E9 law: expected GRPO with eta*beta = 1 on pass/fail traders reproduces Mroueh's success map h")
    void expectedGrpoReproducesMroueh(@ForAll @IntRange(min = 1, max = 4) int pass, @ForAll @IntRange(min = 1, max = 4) int fail,
                                      @ForAll @DoubleRange(min = 0.3, max = 6) double beta,
                                      @ForAll @DoubleRange(min = 1e-9, max = 1e-3) @net.jqwik.api.constraints.Scale(10) double eps, @ForAll long priorSeed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(priorSeed);
        Vector<PredictorTrader> ts = Vector.empty();
        double[] lw = new double[pass + fail];
        for (int i = 0; i < pass + fail; i++) {
            double[] d = i < pass ? new double[]{0, 1} : new double[]{1, 0};
            ts = ts.append(new PredictorTrader("t" + i, 1, new Predictor.Iid(d)));
            lw[i] = -4 * rng.nextDouble();
        }
        KellyMarket k = KellyMarket.of(ts, Prior.Explicit.of(lw), 2);
        double pRef = k.predictive()[1];
        Grpo grpo = new Grpo(Task.of("pass", 0, 1), 1, 1 / beta, beta, AdvantageConvention.mroueh(eps), Mode.EXPECTED, 1, 0);
        double[] ref = k.logWealth();
        KellyMarket it = k;
        double p = pRef;
        for (int n = 1; n <= 5; n++) {
            it = grpo.expectedRound(it, ref);
            // h recomputed here from its formula
            p = 1.0 / (1.0 + (1 - pRef) / pRef * Math.exp(-1.0 / (beta * Math.sqrt(p * (1 - p) + eps))));
            assertThat(it.predictive()[1]).isCloseTo(p, within(1e-9));
        }
    }

    @Example
    @Label("E9 law: the worked Mroueh iterates come out of the market (p_ref = 0.2, beta = 1)")
    void workedMrouehIteratesFromTheMarket() {
        Vector<PredictorTrader> ts = Vector.of(new PredictorTrader("pass", 1, new Predictor.Iid(0, 1)),
                new PredictorTrader("fail", 1, new Predictor.Iid(1, 0)));
        KellyMarket k = KellyMarket.of(ts, Prior.Explicit.of(Math.log(0.2), Math.log(0.8)), 2);
        Grpo grpo = new Grpo(Task.of("pass", 0, 1), 1, 1.0, 1.0, AdvantageConvention.mroueh(0), Mode.EXPECTED, 4, 0);
        GrowthState s = GrowthState.of(k);
        double[] expected = {0.752819, 0.717458, 0.697362, 0.687930};
        double[] ref = k.logWealth();
        KellyMarket it = k;
        for (double e : expected) {
            it = grpo.expectedRound(it, ref);
            assertThat(it.predictive()[1]).isCloseTo(e, within(1e-6));
        }
        assertThat(grpo.apply(s).market().predictive()[1]).isCloseTo(0.687930, within(1e-6));
    }

    @Example
    @Tag("C5")
    @Label("C5 measurement: expected RL against refusal moves refusal wealth by the formula exp(eta*credit)")
    void refusalWealthFollowsTheExpectedCredit() {
        Vector<PredictorTrader> ts = Vector.of(new PredictorTrader("objector", 1, new Predictor.Iid(0.9, 0.1)),
                new PredictorTrader("complier", 1, new Predictor.Iid(0.1, 0.9)));
        KellyMarket k = KellyMarket.of(ts, Prior.Explicit.of(Math.log(0.5), Math.log(0.5)), 2);
        Task t = Task.againstRefusal(2, HashSet.of(0));
        Grpo grpo = new Grpo(t, 8, 0.5, 0, AdvantageConvention.POPULATION, Mode.EXPECTED, 1, 0);
        KellyMarket after = grpo.apply(GrowthState.of(k)).market();
        // q(comply) = 0.5; mu = 0.5; sd = 0.5; credit(objector) = (0.1 - 0.5)/0.5 = -0.8, complier +0.8
        double wo = Math.exp(0.5 * -0.8);
        double wc = Math.exp(0.5 * 0.8);
        assertThat(after.share("objector")).isCloseTo(wo / (wo + wc), within(1e-12));
        assertThat(after.share("objector")).isCloseTo(0.310026, within(1e-6));
    }
}
