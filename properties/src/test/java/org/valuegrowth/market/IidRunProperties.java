package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import org.valuegrowth.numeric.ModelException;

/**
 * The fused i.i.d. run ({@link KellyKernels#runIid}, the pretraining hot path) against the exact
 * posterior: long runs cross many renormalisations, tiny and subnormal likelihoods and prices that
 * only far traders give take the exact path, and nothing may differ from plain Bayes beyond 1e-9.
 */
class IidRunProperties {

    /** An i.i.d. market as data: beliefs[i] is trader i's distribution, bits[i] its description length. */
    record Market(List<double[]> beliefs, List<Double> bits, int m) {
        Vector<PredictorTrader> traders() {
            List<PredictorTrader> out = new ArrayList<>();
            for (int i = 0; i < bits.size(); i++) {
                out.add(new PredictorTrader("t" + i, bits.get(i), new Predictor.Iid(beliefs.get(i))));
            }
            return Vector.ofAll(out);
        }

        double[][] columns() {
            double[][] col = new double[m][bits.size()];
            for (int i = 0; i < bits.size(); i++) {
                for (int x = 0; x < m; x++) {
                    col[x][i] = beliefs.get(i)[x];
                }
            }
            return col;
        }

        ScaledWealth prior() {
            return ScaledWealth.ofBits(bits.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Distributions with zeros and extreme entries (1e-150, 1e-300, subnormals 1e-310, 1e-315, 4.9e-324). */
    static Arbitrary<double[]> extremeDistributions(int m) {
        Arbitrary<Double> weight = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.of(1e-150, 1e-300, 1e-310, 1e-315, Double.MIN_VALUE, 1e-12)),
                Tuple.of(6, Arbitraries.doubles().between(0.01, 1.0)));
        return weight.list().ofSize(m).filter(ws -> ws.stream().anyMatch(w -> w >= 0.01)).map(ws -> {
            double s = ws.stream().mapToDouble(Double::doubleValue).sum();
            double[] p = new double[m];
            for (int x = 0; x < m; x++) {
                p[x] = ws.get(x) / s;
            }
            return p;
        });
    }

    @Provide
    Arbitrary<Market> markets() {
        return Arbitraries.integers().between(2, 4).flatMap(m -> Arbitraries.integers().between(1, 8).flatMap(n ->
                Combinators.combine(extremeDistributions(m).list().ofSize(n),
                        Arbitraries.oneOf(MarketArbitraries.logUniformBits(), Arbitraries.doubles().between(0, 60).ofScale(6))
                                .list().ofSize(n))
                        .as((b, c) -> new Market(b, c, m))));
    }

    @Provide
    Arbitrary<int[]> choices() {
        return Arbitraries.integers().between(0, 1000).array(int[].class).ofMaxSize(1500);
    }

    @Property(tries = 150, seed = "20261311")
    @Tag("E1")
    @Label("run law: the fused i.i.d. run gives the exact posterior and log-loss, over long runs and the whole range")
    void runIsTheExactPosterior(@ForAll("markets") Market market, @ForAll("choices") int[] choices) {
        KellyMarket k = KellyMarket.of(market.traders(), new Prior.Simplicity(), market.m());
        int[] xs = MarketArbitraries.drive(k, choices);
        double[][] cols = market.columns();
        double[][] copy = {cols[0].clone(), cols[1].clone()};
        KellyKernels.IidRun run = KellyKernels.runIid(cols, market.prior(), xs);
        double[] exact = Reference.logPosterior(market.traders(), new Prior.Simplicity(), xs);
        assertThat(KellyRangeProperties.disagreement(run.wealth().logShares(), run.wealth().shares(), exact)).isEmpty();
        BigDecimal[] before = Reference.exactLogWeights(market.traders(), new Prior.Simplicity(), new int[0]);
        BigDecimal[] after = Reference.exactLogWeights(market.traders(), new Prior.Simplicity(), xs);
        double loss = Reference.exactLogSumExp(before).subtract(Reference.exactLogSumExp(after), Reference.MC).doubleValue();
        assertThat(run.cumulativeLogLoss()).isCloseTo(loss, within(1e-9 * Math.max(1, loss)));
        assertThat(cols[0]).containsExactly(copy[0]);
        assertThat(cols[1]).containsExactly(copy[1]);
    }

    @Example
    @Tag("E1")
    @Label("run law at benchmark scale: 2000 Bernoulli traders, 20000 outcomes, against the posterior from counts")
    void benchmarkWorkloadIsExact() {
        for (boolean wide : new boolean[] {false, true}) {
            int n = 2000;
            int steps = 20000;
            SplittableRandom rnd = new SplittableRandom(7);
            double[] b = new double[n];
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = 0.01 + 0.98 * rnd.nextDouble();
                // the bench's prior, c in [1, 50] bits; or log-uniform over [1, 1e16]
                c[i] = wide ? Math.exp(rnd.nextDouble() * Math.log(1e16)) : 1 + 49 * rnd.nextDouble();
            }
            double[][] cols = new double[2][n];
            for (int i = 0; i < n; i++) {
                cols[0][i] = 1 - b[i];
                cols[1][i] = b[i];
            }
            int[] xs = new int[steps];
            long ones = 0;
            for (int t = 0; t < steps; t++) {
                xs[t] = rnd.nextInt(2);
                ones += xs[t];
            }
            KellyKernels.IidRun run = KellyKernels.runIid(cols, ScaledWealth.ofBits(c), xs);
            // Σ_t ln p_i(x_t) = k1 ln b_i + k0 ln(1 − b_i), exactly the sum of the per-step doubles.
            BigDecimal[] a = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                a[i] = new BigDecimal(c[i]).multiply(Reference.LN2, Reference.MC).negate()
                        .add(new BigDecimal(ones).multiply(new BigDecimal(Math.log(cols[1][i]))), Reference.MC)
                        .add(new BigDecimal(steps - ones).multiply(new BigDecimal(Math.log(cols[0][i]))), Reference.MC);
            }
            double[] exact = Reference.normaliseExact(a);
            assertThat(KellyRangeProperties.disagreement(run.wealth().logShares(), run.wealth().shares(), exact))
                    .as(wide ? "wide prior" : "bench prior").isEmpty();
        }
    }

    @Example
    @Label("an outcome no trader with wealth allows is refused with its step; malformed input is refused by name")
    void impossibleOutcomeAndBadInput() {
        double[][] cols = {{1.0, 0.5}, {0.0, 0.5}};
        ScaledWealth prior = ScaledWealth.ofLog(0.0, Double.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> KellyKernels.runIid(cols, prior, new int[] {0, 0, 1}))
                .isInstanceOf(ModelException.class).hasMessageContaining("symbol 1 at step 2")
                .hasMessageContaining("probability 0");
        assertThatThrownBy(() -> KellyKernels.runIid(new double[][] {{1.5, 0.5}, {0.0, 0.5}}, prior, new int[0]))
                .isInstanceOf(ModelException.class).hasMessageContaining("likelihood[0][0] not in [0,1]: 1.5");
        assertThatThrownBy(() -> KellyKernels.runIid(cols, prior, new int[] {2}))
                .isInstanceOf(ModelException.class).hasMessageContaining("symbol 2 at step 0 is outside [0, 2)");
        assertThatThrownBy(() -> KellyKernels.runIid(new double[][] {{1.0}, {0.0}}, prior, new int[0]))
                .isInstanceOf(ModelException.class).hasMessageContaining("length 2");
        // A far trader alone explains the outcome: the exact path, not a refusal.
        KellyKernels.IidRun far = KellyKernels.runIid(cols, ScaledWealth.ofBits(0, 1100), new int[] {1});
        assertThat(far.wealth().shares()).containsExactly(0.0, 1.0);
        assertThat(far.cumulativeLogLoss()).isCloseTo(1101 * Math.log(2), within(1e-9));
    }
}
