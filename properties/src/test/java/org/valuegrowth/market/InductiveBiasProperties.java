package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/** E6: the inductive bias of a Kelly market is its wealth distribution (spec §8, E6). */
class InductiveBiasProperties {

    /** Two traders that agree before episode k and differ after, and two different priors. */
    record Setup(int m, int k, Predictor shared, double[] afterA, double[] afterB, double[] logW1, double[] logW2) {
        Vector<PredictorTrader> traders() {
            return Vector.of(
                    new PredictorTrader("A", 3, new Predictor.Switch(shared, new Predictor.Iid(afterA), k)),
                    new PredictorTrader("B", 3, new Predictor.Switch(shared, new Predictor.Iid(afterB), k)));
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Arbitraries.integers().between(2, 4).flatMap(m -> Combinators.combine(
                Arbitraries.integers().between(0, 12),
                Arbitraries.oneOf(java.util.List.of(MarketArbitraries.laplace(m),
                        MarketArbitraries.positiveDistributions(m).map(Predictor.Iid::new))),
                MarketArbitraries.distributions(m), MarketArbitraries.distributions(m),
                Arbitraries.doubles().between(-20, 20).array(double[].class).ofSize(2),
                Arbitraries.doubles().between(-20, 20).array(double[].class).ofSize(2))
                .as((k, shared, a, b, w1, w2) -> new Setup(m, k, shared, a, b, w1, w2)));
    }

    @Property(tries = 200, seed = "20261150")
    @Tag("E6")
    @Label("E6 law: traders equal on the training data keep their prior shares, and the markets' predictions "
            + "after training differ by exactly (s1_A - s2_A)(p_A - p_B)")
    void equalTrainingPredictionsGeneraliseByWealth(@ForAll("setups") Setup s, @ForAll long seed) {
        KellyMarket m1 = KellyMarket.of(s.traders(), Prior.Explicit.of(s.logW1()), s.m());
        KellyMarket m2 = KellyMarket.of(s.traders(), Prior.Explicit.of(s.logW2()), s.m());
        int[] train = sample(m1, s.k(), new Random(seed));
        KellyMarket t1 = m1.steps(train);
        KellyMarket t2 = m2.steps(train);
        assertThat(t1.shares()).containsExactly(Reference.normalise(s.logW1()), within(1e-12));
        assertThat(t2.shares()).containsExactly(Reference.normalise(s.logW2()), within(1e-12));
        double ds = Reference.normalise(s.logW1())[0] - Reference.normalise(s.logW2())[0];
        double[] q1 = t1.predictive();
        double[] q2 = t2.predictive();
        for (int x = 0; x < s.m(); x++) {
            assertThat(q1[x] - q2[x]).isCloseTo(ds * (s.afterA()[x] - s.afterB()[x]), within(1e-12));
        }
        if (Math.abs(ds) > 1e-6 && !java.util.Arrays.equals(s.afterA(), s.afterB())) {
            assertThat(q1).isNotEqualTo(q2);
        }
    }

    @Provide
    Arbitrary<Vector<PredictorTrader>> exchangeableTraders() {
        return Arbitraries.integers().between(2, 4).flatMap(m ->
                MarketArbitraries.traders(MarketArbitraries.exchangeable(m), 5));
    }

    @Property(tries = 200, seed = "20261151")
    @Tag("E6")
    @Label("E6 law: for exchangeable traders, permuting the training data leaves shares and predictions unchanged")
    void permutedTrainingGivesSameMarket(@ForAll("exchangeableTraders") Vector<PredictorTrader> ts,
            @ForAll @IntRange(max = 20) int n, @ForAll long seed) {
        int m = ts.head().predictor().alphabetSize();
        KellyMarket k = KellyMarket.of(ts, new Prior.Simplicity(), m);
        Random r = new Random(seed);
        int[] train = sample(k, n, r);
        int[] perm = train.clone();
        for (int i = perm.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        KellyMarket a = k.steps(train);
        KellyMarket b = k.steps(perm);
        assertThat(b.shares()).containsExactly(a.shares(), within(1e-9));
        assertThat(b.predictive()).containsExactly(a.predictive(), within(1e-9));
        assertThat(b.cumulativeLogLoss()).isCloseTo(a.cumulativeLogLoss(), within(1e-9 * Math.max(1, a.cumulativeLogLoss())));
    }

    @Provide
    Arbitrary<Vector<PredictorTrader>> iidTraders() {
        return Arbitraries.integers().between(2, 4).flatMap(m ->
                MarketArbitraries.traders(MarketArbitraries.iid(m), 5));
    }

    @Property(tries = 200, seed = "20261152")
    @Tag("E6")
    @Label("E6 law: prediction is a function of (shares, traders): a trained market and an untrained one "
            + "given the same wealth (any total) predict the same on every continuation")
    void equalSharesGiveEqualPredictions(@ForAll("iidTraders") Vector<PredictorTrader> ts,
            @ForAll @IntRange(max = 15) int n, @ForAll @IntRange(max = 10) int more,
            @ForAll("scales") double scale, @ForAll long seed) {
        int m = ts.head().predictor().alphabetSize();
        KellyMarket k = KellyMarket.of(ts, new Prior.Simplicity(), m);
        Random r = new Random(seed);
        KellyMarket trained = k.steps(sample(k, n, r));
        double[] lw = trained.logWealth();
        for (int i = 0; i < lw.length; i++) {
            lw[i] += scale;
        }
        KellyMarket fresh = KellyMarket.of(ts, Prior.Explicit.of(lw), m);
        int[] cont = sample(trained, more, r);
        KellyMarket a = trained;
        KellyMarket b = fresh;
        for (int x : cont) {
            assertThat(b.predictive()).containsExactly(a.predictive(), within(1e-9));
            a = a.step(x);
            b = b.step(x);
        }
        assertThat(b.shares()).containsExactly(a.shares(), within(1e-9));
    }

    @Provide
    Arbitrary<Double> scales() {
        return Arbitraries.doubles().between(-500, 500);
    }

    /** n symbols sampled from the market's own predictive (seeded), stepping as it goes. */
    static int[] sample(KellyMarket market, int n, Random r) {
        int[] out = new int[n];
        KellyMarket k = market;
        for (int t = 0; t < n; t++) {
            double[] q = k.predictive();
            double u = r.nextDouble();
            int x = 0;
            double acc = q[0];
            while (u >= acc && x < q.length - 1) {
                x++;
                acc += q[x];
            }
            while (q[x] == 0) {
                x = (x + 1) % q.length;
            }
            out[t] = x;
            k = k.step(x);
        }
        return out;
    }
}
