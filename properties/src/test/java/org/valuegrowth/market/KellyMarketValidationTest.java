package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.numeric.ModelException;

/** Broken preconditions are refused with the offending value; clusters and world prices by hand. */
class KellyMarketValidationTest {
    private static final PredictorTrader A = new PredictorTrader("a", 1, new Predictor.Iid(0.5, 0.5));
    private static final PredictorTrader B = new PredictorTrader("b", 2, new Predictor.Iid(0.9, 0.1));

    @Example
    @Label("a log-wealth more than 2^61 ln 2 below the largest is zero wealth; a largest beyond the range is shifted out")
    void logWealthBeyondTheRangeIsZeroOrShifted() {
        KellyMarket k = KellyMarket.of(Vector.of(A, B), new Prior.Uniform(), 2);
        KellyMarket far = k.withLogWealth(new double[] {0.0, -6e20});
        assertThat(far.shares()[0]).isEqualTo(1.0);
        assertThat(far.logWealth()[1]).isEqualTo(Double.NEGATIVE_INFINITY);
        // beyond ±2^61 ln 2 doubles are 256 apart: the shift keeps that difference exactly
        double top = 2e18;
        KellyMarket shifted = k.withLogWealth(new double[] {top, top - 256});
        assertThat(shifted.logShares()[1] - shifted.logShares()[0]).isCloseTo(-256.0, within(1e-9));
        assertThatThrownBy(() -> k.withLogWealth(new double[] {Double.NaN, 0})).isInstanceOf(ModelException.class);
    }

    @Example
    @Label("validation: traders, clusters, priors and markets reject bad input, naming it")
    void badInputIsRejected() {
        assertThatThrownBy(() -> new PredictorTrader(" ", 1, A.predictor())).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> new PredictorTrader("x", -1, A.predictor())).isInstanceOf(ModelException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new PredictorTrader("x", Double.NaN, A.predictor())).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Cluster.of("c")).isInstanceOf(ModelException.class).hasMessageContaining("members");
        assertThatThrownBy(() -> new Prior.Enumeration(-2)).hasMessageContaining("-2");
        assertThatThrownBy(() -> Prior.Explicit.of(Double.NEGATIVE_INFINITY)).hasMessageContaining("no finite");
        assertThatThrownBy(() -> Prior.Explicit.of(0, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> KellyMarket.of(Vector.of(A, B), Prior.Explicit.of(0))).hasMessageContaining("1 entries for 2");
        assertThatThrownBy(() -> KellyMarket.of(Vector.of(A, A), new Prior.Uniform())).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> KellyMarket.of(Vector.empty(), new Prior.Uniform())).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> KellyMarket.of(Vector.of(A), new Prior.Uniform(), 3)).hasMessageContaining("3");
        KellyMarket k = KellyMarket.of(Vector.of(A, B), new Prior.Uniform());
        assertThatThrownBy(() -> k.step(2)).hasMessageContaining("2");
        assertThatThrownBy(() -> k.price(new org.valuegrowth.logic.Sentence.Const(true)))
                .hasMessageContaining("worlds of a language");
        assertThatThrownBy(() -> k.clusterShare(Cluster.of("c", "a", "zed"))).hasMessageContaining("zed");
        assertThatThrownBy(() -> k.withLogWealth(new double[] {0})).hasMessageContaining("got 1");
        KellyMarket certain = KellyMarket.of(Vector.of(new PredictorTrader("c", 0, new Predictor.Iid(1, 0))),
                new Prior.Uniform());
        assertThatThrownBy(() -> certain.step(1)).hasMessageContaining("probability 0");
    }

    @Example
    @Label("cluster share = sum of member shares, in log space too; withLogWealth keeps history and log-loss")
    void clusterShareAndWithLogWealth() {
        PredictorTrader c = new PredictorTrader("c", 3, new Predictor.Laplace(2, 1));
        KellyMarket k = KellyMarket.of(Vector.of(A, B, c), new Prior.Simplicity()).steps(0, 1);
        assertThat(k.clusterShare(Cluster.of("ab", "a", "b"))).isCloseTo(k.share("a") + k.share("b"), within(1e-15));
        assertThat(k.clusterShare(Cluster.of("all", "a", "b", "c"))).isCloseTo(1.0, within(1e-12));
        assertThat(k.logClusterShare(Cluster.of("ab", "a", "b")))
                .isCloseTo(Math.log(k.share("a") + k.share("b")), within(1e-12));
        KellyMarket huge = KellyMarket.of(Vector.of(A, new PredictorTrader("h1", 5000, B.predictor()),
                new PredictorTrader("h2", 5000, c.predictor())), new Prior.Simplicity());
        assertThat(huge.clusterShare(Cluster.of("huge", "h1", "h2"))).isZero();
        assertThat(huge.logClusterShare(Cluster.of("huge", "h1", "h2")))
                .isCloseTo(-4999 * Math.log(2) + Math.log(2) - Math.log(1 + Math.pow(2, -4998)), within(1e-9));
        KellyMarket r = k.withLogWealth(new double[] {0, 0, Math.log(2)});
        assertThat(r.shares()).containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-15));
        assertThat(r.history()).isEqualTo(k.history());
        assertThat(r.cumulativeLogLoss()).isEqualTo(k.cumulativeLogLoss());
    }

    @Example
    @Label("world prices by hand: P(p), P(p & q), P(p -> q) of a 50/50 mixture of two world beliefs")
    void worldPricesByHand() {
        Language l = Language.ofNames("p", "q");
        // World w has p = bit 0, q = bit 1: worlds 00, p, q, pq.
        PredictorTrader x = new PredictorTrader("x", 0, new Predictor.WorldBelief(l, 0.1, 0.2, 0.3, 0.4));
        PredictorTrader y = new PredictorTrader("y", 0, new Predictor.WorldBelief(l, 0.4, 0.3, 0.2, 0.1));
        KellyMarket k = KellyMarket.overWorlds(l, Vector.of(x, y), new Prior.Simplicity());
        assertThat(k.price(SentenceParser.parseOrThrow(l, "p"))).isCloseTo(0.5, within(1e-15));
        assertThat(k.price(SentenceParser.parseOrThrow(l, "p & q"))).isCloseTo(0.25, within(1e-15));
        assertThat(k.price(SentenceParser.parseOrThrow(l, "p -> q"))).isCloseTo(0.75, within(1e-15));
        // Observing world pq (symbol 3): shares 0.4 : 0.1.
        KellyMarket after = k.step(3);
        assertThat(after.shares()).containsExactly(new double[] {0.8, 0.2}, within(1e-15));
        assertThat(after.price(SentenceParser.parseOrThrow(l, "p"))).isCloseTo(0.8 * 0.6 + 0.2 * 0.4, within(1e-15));
        Language bigger = Language.ofNames("p", "q", "r");
        assertThatThrownBy(() -> k.price(SentenceParser.parseOrThrow(bigger, "r"))).hasMessageContaining("beyond");
    }
}
