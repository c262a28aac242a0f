package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** E1 and the market invariants: Bayes, dominance, conservation, prices. */
class KellyMarketProperties {

    @Provide
    Arbitrary<KellyMarket> markets() {
        return MarketArbitraries.markets();
    }

    @Provide
    Arbitrary<int[]> choices() {
        return MarketArbitraries.choices(25);
    }

    @Property(tries = 200, seed = "20261127")
    @Tag("E1")
    @Label("E1 law: wealth shares equal the Bayesian posterior computed by plain Bayes")
    void sharesAreTheBayesianPosterior(@ForAll("markets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        double[] expected = Reference.posterior(market.traders(), market.prior(), xs);
        assertThat(market.steps(xs).shares()).containsExactly(expected, within(1e-9));
    }

    @Property(tries = 200, seed = "20261128")
    @Tag("E1")
    @Label("E1 law: market log-loss is the log-loss of the prior mixture, -ln sum_i s_i(0) exp(-L_i)")
    void marketLogLossIsMixtureLogLoss(@ForAll("markets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        double[] lp = Reference.logPrior(market.prior(), market.traders());
        double[] li = Reference.traderLogLosses(market.traders(), xs);
        double[] joint = new double[lp.length];
        for (int i = 0; i < lp.length; i++) {
            joint[i] = lp[i] - li[i];
        }
        double expected = -(Reference.logSumExp(joint) - Reference.logSumExp(lp));
        assertThat(market.steps(xs).cumulativeLogLoss()).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
    }

    @Property(tries = 200, seed = "20261129")
    @Tag("E1")
    @Label("E1 law: L_market <= L_i + ln(1/s_i(0)) for every trader i (normalised prior)")
    void marketLogLossIsWithinPriorRegretOfEveryTrader(@ForAll("markets") KellyMarket market,
            @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        double[] s0 = Reference.normalise(Reference.logPrior(market.prior(), market.traders()));
        double[] li = Reference.traderLogLosses(market.traders(), xs);
        double lm = market.steps(xs).cumulativeLogLoss();
        for (int i = 0; i < li.length; i++) {
            if (s0[i] > 0 && Double.isFinite(li[i])) {
                assertThat(lm).isLessThanOrEqualTo(li[i] - Math.log(s0[i]) + 1e-9 * Math.max(1, lm));
            }
        }
    }

    @Provide
    Arbitrary<KellyMarket> kraftMarkets() {
        return Arbitraries.integers().between(2, 4).flatMap(m ->
                MarketArbitraries.traders(MarketArbitraries.predictors(m), 6).map(ts -> {
                    // c_i >= log2 N makes sum 2^-c_i <= 1 (Kraft), the condition of the c·ln2 form.
                    double extra = Math.log(ts.size()) / Math.log(2);
                    Vector<PredictorTrader> kraft = ts.map(t ->
                            new PredictorTrader(t.name(), t.complexityBits() + extra, t.predictor()));
                    return KellyMarket.of(kraft, new Prior.Simplicity(), m);
                }));
    }

    @Property(tries = 200, seed = "20261130")
    @Tag("E1")
    @Label("E1 law: with the simplicity prior and sum 2^-c_i <= 1, L_market <= L_i + c_i ln 2")
    void marketLogLossIsWithinComplexityOfEveryTraderUnderKraft(@ForAll("kraftMarkets") KellyMarket market,
            @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        double[] li = Reference.traderLogLosses(market.traders(), xs);
        double lm = market.steps(xs).cumulativeLogLoss();
        for (int i = 0; i < li.length; i++) {
            if (Double.isFinite(li[i])) {
                double c = market.traders().get(i).complexityBits();
                assertThat(lm).isLessThanOrEqualTo(li[i] + c * Math.log(2) + 1e-9 * Math.max(1, lm));
            }
        }
    }

    @Example
    @Tag("E1")
    @Label("E1 law: the c ln 2 form fails without Kraft (counterexample in spec §8)")
    void complexityFormFailsWhenPriorMassExceedsOne() {
        KellyMarket m = KellyMarket.of(Vector.of(
                new PredictorTrader("right", 0, new Predictor.Iid(0.0, 1.0)),
                new PredictorTrader("wrong", 0, new Predictor.Iid(1.0, 0.0))), new Prior.Simplicity()).step(1);
        // L_right = 0 and c_right = 0, but the market paid ln 2 = ln(1/s_right(0)).
        assertThat(m.cumulativeLogLoss()).isCloseTo(Math.log(2), within(1e-15));
        assertThat(m.cumulativeLogLoss()).isGreaterThan(0.0 + 0 * Math.log(2));
    }

    @Property(tries = 200, seed = "20261131")
    @Label("law: total wealth is conserved by every step")
    void wealthIsConservedByEveryStep(@ForAll("markets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        double z0 = Reference.logSumExp(market.logWealth());
        KellyMarket k = market;
        for (int x : xs) {
            k = k.step(x);
            assertThat(Reference.logSumExp(k.logWealth())).isCloseTo(z0, within(1e-9 * Math.max(1, Math.abs(z0))));
        }
    }

    @Property(tries = 200, seed = "20261132")
    @Label("law: prices lie in [0,1] and sum to 1 after every step")
    void pricesAreAProbabilityVector(@ForAll("markets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        KellyMarket k = market;
        for (int t = 0; t <= xs.length; t++) {
            double[] q = k.predictive();
            double sum = 0;
            for (double v : q) {
                assertThat(v).isBetween(0.0, 1.0);
                sum += v;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
            if (t < xs.length) {
                k = k.step(xs[t]);
            }
        }
    }

    @Property(tries = 200, seed = "20261133")
    @Label("law: the price vector is the share-weighted mixture of the traders' predictions")
    void pricesAreTheShareWeightedMixture(@ForAll("markets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        KellyMarket k = market.steps(xs);
        double[] s = Reference.posterior(market.traders(), market.prior(), xs);
        double[] q = new double[k.alphabetSize()];
        for (int i = 0; i < s.length; i++) {
            for (int x = 0; x < q.length; x++) {
                q[x] += s[i] * Reference.probability(market.traders().get(i).predictor(), xs, xs.length, x);
            }
        }
        assertThat(k.predictive()).containsExactly(q, within(1e-9));
    }

    @Property(tries = 100, seed = "20261134")
    @Label("law: the market is a sequential probability: exp(-L) over all sequences of length n sums to 1")
    void sequenceProbabilitiesSumToOne(@ForAll("smallMarkets") KellyMarket market,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5) int n) {
        double total = 0;
        int m = market.alphabetSize();
        int count = (int) Math.pow(m, n);
        for (int code = 0; code < count; code++) {
            int[] xs = new int[n];
            int c = code;
            for (int t = 0; t < n; t++) {
                xs[t] = c % m;
                c /= m;
            }
            total += sequenceProbability(market, xs);
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
    }

    @Provide
    Arbitrary<KellyMarket> smallMarkets() {
        return Arbitraries.integers().between(2, 3).flatMap(m -> MarketArbitraries.markets(m, 3));
    }

    /** exp(−L_market(xs)), or 0 once a symbol has price 0 (brute force over the tree). */
    private static double sequenceProbability(KellyMarket market, int[] xs) {
        KellyMarket k = market;
        double p = 1;
        for (int x : xs) {
            double q = k.predictive(x);
            if (q == 0) {
                return 0;
            }
            p *= q;
            k = k.step(x);
        }
        assertThat(Math.exp(-k.cumulativeLogLoss())).isCloseTo(p, within(1e-12));
        return p;
    }

    @Property(tries = 100, seed = "20261135")
    @Label("law: stepping one symbol at a time equals steps(all), and a step never changes the old market")
    void stepsIsAFoldOfStepAndStepIsPure(@ForAll("markets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        double[] before = market.logWealth();
        double[] q0 = market.predictive();
        KellyMarket k = market;
        for (int x : xs) {
            k = k.step(x);
        }
        assertThat(market.steps(xs).logWealth()).containsExactly(k.logWealth());
        assertThat(market.logWealth()).containsExactly(before);
        assertThat(market.predictive()).containsExactly(q0);
        assertThat(market.time()).isZero();
        assertThat(k.history().symbols()).containsExactlyElementsOf(Vector.ofAll(xs));
    }
}
