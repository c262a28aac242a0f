package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;

/** Worked numbers of references.md §2.1 and §2.9, recomputed here from the formulas. */
class KellyMarketTest {
    private static final double TOL = 1e-6;

    /** Binary alphabet: symbol 1 = E, 0 = ¬E. Complexities 1, 2, 3 bits give w = (4/7, 2/7, 1/7). */
    private static KellyMarket threeTraders() {
        return KellyMarket.of(Vector.of(
                new PredictorTrader("a", 1, new Predictor.Iid(0.1, 0.9)),
                new PredictorTrader("b", 2, new Predictor.Iid(0.5, 0.5)),
                new PredictorTrader("c", 3, new Predictor.Iid(0.9, 0.1))), new Prior.Simplicity());
    }

    @Example
    @Tag("E1")
    @Label("E1 law: worked example §2.1, price and posteriors after E and not-E")
    void workedExamplePriceAndOneStepPosteriors() {
        KellyMarket m = threeTraders();
        assertThat(m.shares()).containsExactly(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, within(1e-12));
        assertThat(m.predictive(1)).isCloseTo(0.671429, within(TOL));
        assertThat(m.step(1).shares()).containsExactly(new double[] {0.765957, 0.212766, 0.021277}, within(TOL));
        assertThat(m.step(0).shares()).containsExactly(new double[] {0.173913, 0.434783, 0.391304}, within(TOL));
    }

    @Example
    @Tag("E1")
    @Label("E1 law: worked example §2.1, log-losses and regret bounds on (E, E, not-E)")
    void workedExampleLogLossesAndBounds() {
        KellyMarket m = threeTraders().steps(1, 1, 0);
        assertThat(m.cumulativeLogLoss()).isCloseTo(2.485478, within(TOL));
        assertThat(m.shares()).containsExactly(new double[] {0.555746, 0.428816, 0.015437}, within(TOL));
        double[] traderLoss = {2.513306, 2.079442, 4.710531};
        double[] bound = {3.0729, 3.3322, 6.6564};
        double[] prior = {4.0 / 7, 2.0 / 7, 1.0 / 7};
        // L_i = −ln p_i(E)² p_i(¬E), recomputed from the beliefs, and by each trader alone in a market.
        double[] belief = {0.9, 0.5, 0.1};
        for (int i = 0; i < 3; i++) {
            double li = -Math.log(belief[i] * belief[i] * (1 - belief[i]));
            assertThat(li).isCloseTo(traderLoss[i], within(TOL));
            KellyMarket alone = KellyMarket.of(Vector.of(threeTraders().traders().get(i)), new Prior.Uniform());
            assertThat(alone.steps(1, 1, 0).cumulativeLogLoss()).isCloseTo(traderLoss[i], within(TOL));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(traderLoss[i] + Math.log(1 / prior[i])).isCloseTo(bound[i], within(1e-4));
            assertThat(m.cumulativeLogLoss()).isLessThanOrEqualTo(bound[i]);
        }
        assertThat(m.logTotalWealth()).isCloseTo(Math.log(7.0 / 8), within(1e-12));
    }

    @Example
    @Label("Waluigi numbers §2.9: P(W | A^k) = 0.5^k/(1+0.5^k)")
    void waluigiPosterior() {
        KellyMarket m = KellyMarket.of(Vector.of(
                new PredictorTrader("luigi", 0, new Predictor.Iid(1.0, 0.0)),
                new PredictorTrader("waluigi", 0, new Predictor.Iid(0.5, 0.5))), new Prior.Uniform());
        double[] expected = {0.5, 0.333333, 0.030303, 0.000976};
        int[] ks = {0, 1, 5, 10};
        for (int j = 0; j < ks.length; j++) {
            KellyMarket after = m.steps(new int[ks[j]]);
            assertThat(after.share("waluigi")).isCloseTo(expected[j], within(TOL));
        }
    }
}
