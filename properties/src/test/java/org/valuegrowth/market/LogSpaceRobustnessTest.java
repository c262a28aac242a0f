package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;

/** Complexities in the thousands of bits and long runs: nothing underflows to NaN or a false zero. */
class LogSpaceRobustnessTest {
    private static final double LN2 = Math.log(2);

    @Example
    @Tag("E1")
    @Label("robustness: three traders of 5000 bits each get shares 1/3, not 0/0")
    void equalHugeComplexitiesGiveEqualShares() {
        Vector<PredictorTrader> ts = Vector.of(
                new PredictorTrader("a", 5000, new Predictor.Iid(0.5, 0.5)),
                new PredictorTrader("b", 5000, new Predictor.Iid(0.9, 0.1)),
                new PredictorTrader("c", 5000, new Predictor.Laplace(2, 1)));
        KellyMarket k = KellyMarket.of(ts, new Prior.Simplicity());
        assertThat(k.shares()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-15));
        assertThat(k.logTotalWealth()).isCloseTo(-5000 * LN2 + Math.log(3), within(1e-9));
        assertThat(k.predictive(0)).isCloseTo((0.5 + 0.9 + 0.5) / 3, within(1e-15));
    }

    @Example
    @Tag("E1")
    @Label("robustness: a 5000-bit true process among 1-3-bit rivals: finite log-share throughout 10^4 steps, "
            + "equal to plain Bayes, and the wealth returns to it")
    void trueProcessOfFiveThousandBitsRecovers() {
        Predictor truth = new Predictor.Periodic(4, Vector.of(0, 1, 2, 3), 0.001);
        double[][] lazy = new double[4][];
        for (int s = 0; s < 4; s++) {
            lazy[s] = new double[] {0.125, 0.125, 0.125, 0.125};
            lazy[s][(s + 1) % 4] = 0.625;
        }
        Vector<PredictorTrader> ts = Vector.of(
                new PredictorTrader("uniform", 1, new Predictor.Iid(0.25, 0.25, 0.25, 0.25)),
                new PredictorTrader("laplace", 2, new Predictor.Laplace(4, 1)),
                new PredictorTrader("noisyMarkov", 3, new Predictor.Markov(new double[] {0.25, 0.25, 0.25, 0.25}, lazy)),
                new PredictorTrader("truth", 5000, truth));
        KellyMarket k = KellyMarket.of(ts, new Prior.Simplicity());
        int steps = 10_000;
        int[] xs = new int[steps];
        for (int t = 0; t < steps; t++) {
            xs[t] = t % 4;
        }
        double start = k.logShare("truth");
        assertThat(start).isCloseTo(-5000 * LN2 - Reference.logSumExp(new double[] {-LN2, -2 * LN2, -3 * LN2,
                -5000 * LN2}), within(1e-9));
        assertThat(k.share("truth")).as("the linear share underflows; the log-share is the faithful value")
                .isZero();
        KellyMarket run = k;
        for (int t = 0; t < steps; t++) {
            run = run.step(xs[t]);
            double ls = run.logShare("truth");
            assertThat(Double.isNaN(ls) || Double.isInfinite(ls)).as("log-share at t=%d: %s", t + 1, ls).isFalse();
            if (t % 500 == 0) {
                for (double q : run.predictive()) {
                    assertThat(Double.isNaN(q)).isFalse();
                }
            }
        }
        double[] expected = Reference.posterior(ts, new Prior.Simplicity(), xs);
        assertThat(run.shares()).containsExactly(expected, within(1e-9));
        assertThat(run.share("truth")).isGreaterThan(0.99);
        assertThat(Reference.logSumExp(run.logWealth())).isCloseTo(k.logTotalWealth(), within(1e-9 * 3466));
    }

    @Example
    @Label("robustness: the enumeration prior over 6000 traders reaches 2^-6000 without underflow in log space")
    void enumerationPriorOverThousandsOfTraders() {
        int n = 6000;
        Vector<PredictorTrader> ts = Vector.range(0, n).map(i ->
                new PredictorTrader("t" + i, 0, new Predictor.Iid(0.5 + 0.4 * i / n, 0.5 - 0.4 * i / n)));
        KellyMarket k = KellyMarket.of(ts, new Prior.Enumeration(2)).steps(0, 0, 1);
        double[] lw = k.logWealth();
        for (double v : lw) {
            assertThat(Double.isFinite(v)).isTrue();
        }
        double s = 0;
        for (double v : k.shares()) {
            s += v;
        }
        assertThat(s).isCloseTo(1.0, within(1e-12));
        assertThat(k.logShare("t5999") - k.logShare("t0")).isCloseTo(
                -5999 * LN2 + Math.log((0.5 + 0.4 * 5999 / n) * (0.5 + 0.4 * 5999 / n) * (0.5 - 0.4 * 5999 / n))
                        - Math.log(0.5 * 0.5 * 0.5), within(1e-6));
    }
}
