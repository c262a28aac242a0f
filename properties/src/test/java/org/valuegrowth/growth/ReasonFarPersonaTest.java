package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/** The persona-conditioned generator reads log-shares: a far persona still has a mixture. */
class ReasonFarPersonaTest {
    @Example
    @Label("a persona 1100 bits below the favourite (linear shares 0) generates its own mixture")
    void farPersonaGeneratesItsMixture() {
        KellyMarket k = KellyMarket.of(Vector.of(
                new PredictorTrader("fav", 0, new Predictor.Iid(0.9, 0.1)),
                new PredictorTrader("a", 1100, new Predictor.Iid(0.2, 0.8)),
                new PredictorTrader("b", 1101, new Predictor.Iid(0.5, 0.5))), new Prior.Simplicity());
        assertThat(k.shares()[1]).isZero();
        // weights 2/3 and 1/3 (a has twice b's wealth): q = (2·0.2 + 0.5, 2·0.8 + 0.5)/3
        assertThat(Reason.generator(k, Cluster.of("far", "a", "b")))
                .containsExactly(new double[] {0.3, 0.7}, within(1e-15));
        KellyMarket dead = KellyMarket.of(Vector.of(
                new PredictorTrader("fav", 0, new Predictor.Iid(0.5, 0.5)),
                new PredictorTrader("gone", 3, new Predictor.Iid(1, 0))), new Prior.Simplicity()).step(1);
        assertThatThrownBy(() -> Reason.generator(dead, Cluster.of("p", "gone"))).hasMessageContaining("no wealth left");
    }
}
