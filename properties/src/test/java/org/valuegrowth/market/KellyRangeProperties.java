package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The range and precision the Kelly market promises (spec/market.md §4), as laws against an exact
 * log-space reference computed in the test ({@link Reference#logPosterior}: decimal log-weights,
 * maximum subtracted exactly): description lengths from 0 to 10^16 bits, shares right to 1e-9
 * relative, wealth never NaN, traders 5000 bits apart, traders that give an observation
 * probability 0. A planted log-double market and a planted linear market must fail the same check.
 */
class KellyRangeProperties {
    private static final double LN2 = Math.log(2);

    /**
     * The law check: every log-share within 1e-9 + 8 ulp of the exact one (1e-9 relative on the
     * share; the ulps are the double's own rounding of a log-share near −7·10^15), every share
     * within 1e-9 relative + 4·2^-1074 (a subnormal share keeps fewer bits), zero exactly where
     * the exact posterior is zero, no NaN anywhere.
     *
     * @return the first disagreement, or empty
     */
    static Optional<String> disagreement(double[] logShares, double[] shares, double[] exact) {
        for (int i = 0; i < exact.length; i++) {
            double ls = logShares[i];
            double e = exact[i];
            if (Double.isNaN(ls) || Double.isNaN(shares[i])) {
                return Optional.of("NaN at trader " + i);
            }
            if (e == Double.NEGATIVE_INFINITY) {
                if (ls != e || shares[i] != 0.0) {
                    return Optional.of("trader " + i + " has zero posterior but log-share " + ls + ", share " + shares[i]);
                }
                continue;
            }
            if (!(Math.abs(ls - e) <= 1e-9 + 8 * Math.ulp(e))) {
                return Optional.of("trader " + i + ": log-share " + ls + " vs exact " + e);
            }
            double s = Math.exp(e);
            if (!(Math.abs(shares[i] - s) <= 1e-9 * s + 4 * Double.MIN_VALUE)) {
                return Optional.of("trader " + i + ": share " + shares[i] + " vs exact " + s);
            }
        }
        return Optional.empty();
    }

    /** Bit vectors: independent draws over [0, 10^16], or clusters c + offsets (0, 2, 5000, ...). */
    @Provide
    Arbitrary<List<Double>> bitVectors() {
        Arbitrary<List<Double>> independent = MarketArbitraries.logUniformBits().list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Double> offset = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(0.0, 2.0, 5000.0, 10000.0, 1100.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.0, 6000.0).ofScale(6)));
        Arbitrary<List<Double>> clustered = Combinators.combine(MarketArbitraries.logUniformBits(),
                offset.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(false, true))
                .as((base, offs, withCheap) -> {
                    List<Double> out = new ArrayList<>();
                    for (double o : offs) {
                        out.add(Math.min(MarketArbitraries.MAX_PROMISED_BITS, base + o));
                    }
                    if (withCheap) {
                        out.add(1.0); // a cheap trader makes every log-share of the cluster huge
                    }
                    return out;
                });
        return Arbitraries.oneOf(independent, clustered);
    }

    /** Markets of any predictor case over 2 or 3 symbols, under the simplicity prior with those bits. */
    @Provide
    Arbitrary<KellyMarket> rangeMarkets() {
        return Combinators.combine(Arbitraries.integers().between(2, 3), bitVectors()).flatAs((m, bits) ->
                MarketArbitraries.predictors(m).list().ofSize(bits.size()).map(ps -> {
                    List<PredictorTrader> ts = new ArrayList<>();
                    for (int i = 0; i < bits.size(); i++) {
                        ts.add(new PredictorTrader("t" + i, bits.get(i), ps.get(i)));
                    }
                    return KellyMarket.of(Vector.ofAll(ts), new Prior.Simplicity(), m);
                }));
    }

    @Provide
    Arbitrary<int[]> choices() {
        return MarketArbitraries.choices(25);
    }

    @Property(tries = 300, seed = "20261301")
    @Tag("E1")
    @Label("range law: shares and log-shares equal the exact posterior for description lengths 0..1e16 bits; never NaN")
    void sharesAreTheExactPosteriorOverTheWholeRange(@ForAll("rangeMarkets") KellyMarket market,
            @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        KellyMarket k = market;
        for (int t = 0; t <= xs.length; t++) {
            int[] prefix = java.util.Arrays.copyOf(xs, t);
            double[] exact = Reference.logPosterior(market.traders(), market.prior(), prefix);
            assertThat(disagreement(k.logShares(), k.shares(), exact)).as("t = %d", t).isEmpty();
            for (double v : k.predictive()) {
                assertThat(v).isBetween(0.0, 1.0);
            }
            for (double v : k.logWealth()) {
                assertThat(Double.isNaN(v) || v == Double.POSITIVE_INFINITY).isFalse();
            }
            assertThat(Double.isFinite(k.cumulativeLogLoss())).isTrue();
            if (t < xs.length) {
                k = k.step(xs[t]);
            }
        }
    }

    @Property(tries = 200, seed = "20261302")
    @Tag("E1")
    @Label("range law: wealth ratios ln(w_i/w_j) are exact to 1e-9 however large both description lengths are")
    void wealthRatiosAreExact(@ForAll("rangeMarkets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        KellyMarket k = market.steps(xs);
        BigDecimal[] a = Reference.exactLogWeights(market.traders(), market.prior(), xs);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (a[i] != null && a[j] != null) {
                    double exact = a[i].subtract(a[j], Reference.MC).doubleValue();
                    assertThat(k.wealth().logRatio(i, j)).isCloseTo(exact, within(1e-9 + 8 * Math.ulp(exact)));
                }
            }
        }
    }

    @Property(tries = 200, seed = "20261303")
    @Tag("E1")
    @Label("range law: ln q(x) and the cumulative log-loss equal the exact values; ln q is finite where q underflows")
    void logPricesAndLogLossAreExact(@ForAll("rangeMarkets") KellyMarket market, @ForAll("choices") int[] choices) {
        int[] xs = MarketArbitraries.drive(market, choices);
        KellyMarket k = market.steps(xs);
        BigDecimal[] before = Reference.exactLogWeights(market.traders(), market.prior(), new int[0]);
        BigDecimal[] after = Reference.exactLogWeights(market.traders(), market.prior(), xs);
        double loss = Reference.exactLogSumExp(before).subtract(Reference.exactLogSumExp(after), Reference.MC).doubleValue();
        assertThat(k.cumulativeLogLoss()).isCloseTo(loss, within(1e-9 * Math.max(1, loss)));
        for (int x = 0; x < k.alphabetSize(); x++) {
            int[] next = java.util.Arrays.copyOf(xs, xs.length + 1);
            next[xs.length] = x;
            BigDecimal[] joint = Reference.exactLogWeights(market.traders(), market.prior(), next);
            boolean possible = false;
            for (BigDecimal v : joint) {
                possible |= v != null;
            }
            if (!possible) {
                assertThat(k.logPredictive(x)).isEqualTo(Double.NEGATIVE_INFINITY);
                continue;
            }
            double lq = Reference.exactLogSumExp(joint).subtract(Reference.exactLogSumExp(after), Reference.MC).doubleValue();
            assertThat(k.logPredictive(x)).isCloseTo(lq, within(1e-9 * Math.max(1, Math.abs(lq))));
            assertThat(k.predictive(x)).isCloseTo(Math.exp(lq), within(1e-9 * Math.exp(lq) + 4 * Double.MIN_VALUE));
        }
    }

    @Property(tries = 200, seed = "20261304")
    @Tag("E1")
    @Label("range law: a trader giving the observation probability 0 loses all its wealth; "
            + "an observation every trader with wealth gives probability 0 is refused")
    void zeroProbabilityObservations(@ForAll("rangeMarkets") KellyMarket market,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2) int symbol) {
        int x = symbol % market.alphabetSize();
        if (market.logPredictive(x) == Double.NEGATIVE_INFINITY) {
            assertThatThrownBy(() -> market.step(x)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("probability 0");
            return;
        }
        KellyMarket k = market.step(x);
        for (int i = 0; i < market.traders().size(); i++) {
            double p = market.traders().get(i).predictor().probability(market.history(), x);
            assertThat(k.logShares()[i] == Double.NEGATIVE_INFINITY).isEqualTo(p == 0.0);
        }
        double[] exact = Reference.logPosterior(market.traders(), market.prior(), new int[] {x});
        assertThat(disagreement(k.logShares(), k.shares(), exact)).isEmpty();
    }

    @Example
    @Tag("E1")
    @Label("issue 11: t0 (0 bits, iid [1, 0]) and t1 (1100 bits, iid [1/2, 1/2]) observe 1: shares (0, 1)")
    void farTraderAloneExplainsTheObservation() {
        KellyMarket k = KellyMarket.of(Vector.of(
                new PredictorTrader("t0", 0, new Predictor.Iid(1, 0)),
                new PredictorTrader("t1", 1100, new Predictor.Iid(0.5, 0.5))), new Prior.Simplicity());
        assertThat(k.predictive(1)).as("q(1) = 2^-1101/(1 + 2^-1100) underflows a double").isZero();
        assertThat(k.logPredictive(1)).isCloseTo(-1101 * LN2, within(1e-9));
        KellyMarket after = k.step(1);
        assertThat(after.shares()).containsExactly(0.0, 1.0);
        assertThat(after.logShares()).containsExactly(Double.NEGATIVE_INFINITY, 0.0);
        assertThat(after.cumulativeLogLoss()).isCloseTo(1101 * LN2, within(1e-9));
        assertThat(after.predictive()).containsExactly(0.5, 0.5);
    }

    @Example
    @Tag("E1")
    @Label("by hand: traders of 1e16 and 1e16 + 5000 bits, with and without a 1-bit rival")
    void tradersFiveThousandBitsApartAtTenToTheSixteen() {
        Predictor coin = new Predictor.Iid(0.5, 0.5);
        KellyMarket pair = KellyMarket.of(Vector.of(new PredictorTrader("a", 1e16, coin),
                new PredictorTrader("b", 1e16 + 5000, coin)), new Prior.Simplicity());
        assertThat(pair.shares()).containsExactly(1.0, 0.0);
        assertThat(pair.logShare("b")).isCloseTo(-5000 * LN2, within(1e-9));
        assertThat(pair.logShare("a")).isEqualTo(0.0); // −ln(1 + 2^-5000) rounds to 0
        KellyMarket three = KellyMarket.of(Vector.of(new PredictorTrader("cheap", 1, coin),
                new PredictorTrader("a", 1e16, coin), new PredictorTrader("b", 1e16 + 2, coin)), new Prior.Simplicity());
        assertThat(three.wealth().logRatio(2, 1)).isCloseTo(-2 * LN2, within(1e-15));
        assertThat(three.step(1).wealth().logRatio(2, 1)).isCloseTo(-2 * LN2, within(1e-15));
        assertThat(three.logShare("a")).isCloseTo(-(1e16 - 1) * LN2, within(2.0));
    }

    @Example
    @Label("planted faults: a market in double log-space and one in linear space fail the same law check")
    void lawCheckCatchesLogDoubleAndLinearMarkets() {
        Predictor coin = new Predictor.Iid(0.5, 0.5);
        Vector<PredictorTrader> pair = Vector.of(new PredictorTrader("a", 1e16, coin),
                new PredictorTrader("b", 1e16 + 2, coin));
        double[] exact = Reference.logPosterior(pair, new Prior.Simplicity(), new int[0]);
        assertThat(exact[0]).isCloseTo(Math.log(0.8), within(1e-15));
        KellyMarket real = KellyMarket.of(pair, new Prior.Simplicity());
        assertThat(disagreement(real.logShares(), real.shares(), exact)).isEmpty();
        // Planted: ln w = −c ln 2 held as doubles (the previous representation).
        double[] logDouble = Reference.plainLogPrior(new Prior.Simplicity(), pair);
        double[] ls = logSharesOf(logDouble);
        assertThat(disagreement(ls, exps(ls), exact)).isPresent();
        // Planted: linear wealth 2^-c as doubles (underflow, then 0/0).
        Vector<PredictorTrader> far = Vector.of(new PredictorTrader("a", 1100, coin), new PredictorTrader("b", 1101, coin));
        double[] exactFar = Reference.logPosterior(far, new Prior.Simplicity(), new int[0]);
        double[] linear = {Math.pow(2, -1100), Math.pow(2, -1101)};
        double[] linShares = {linear[0] / (linear[0] + linear[1]), linear[1] / (linear[0] + linear[1])};
        assertThat(disagreement(new double[] {Math.log(linShares[0]), Math.log(linShares[1])}, linShares, exactFar))
                .isPresent();
        KellyMarket realFar = KellyMarket.of(far, new Prior.Simplicity());
        assertThat(disagreement(realFar.logShares(), realFar.shares(), exactFar)).isEmpty();
    }

    private static double[] logSharesOf(double[] logW) {
        double lse = Reference.logSumExp(logW);
        double[] out = new double[logW.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = logW[i] - lse;
        }
        return out;
    }

    private static double[] exps(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(x[i]);
        }
        return out;
    }
}
