package org.valuegrowth.growth;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/** Generators shared by the growth properties: markets of i.i.d. traders with full support. */
final class GrowthArbitraries {
    private GrowthArbitraries() {
    }

    /** A random distribution over m symbols with every entry ≥ 0.02/m-ish. */
    static Arbitrary<double[]> distribution(int m) {
        return Arbitraries.doubles().between(0.02, 1.0).array(double[].class).ofSize(m).map(GrowthArbitraries::normalised);
    }

    static double[] normalised(double[] raw) {
        double s = 0;
        for (double v : raw) {
            s += v;
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] / s;
        }
        return out;
    }

    /** A market of 1..maxTraders i.i.d. traders over m symbols with a random explicit prior. */
    static Arbitrary<KellyMarket> markets(int m, int maxTraders) {
        return Arbitraries.integers().between(1, maxTraders).flatMap(n -> Combinators.combine(
                distribution(m).list().ofSize(n),
                Arbitraries.doubles().between(-6, 0).array(double[].class).ofSize(n))
                .as((dists, lw) -> {
                    Vector<PredictorTrader> ts = Vector.empty();
                    for (int i = 0; i < n; i++) {
                        ts = ts.append(new PredictorTrader("t" + i, 1.0, new Predictor.Iid(dists.get(i))));
                    }
                    return KellyMarket.of(ts, Prior.Explicit.of(lw), m);
                }));
    }

    /** The next-symbol distribution of trader i (i.i.d. traders only). */
    static double[] belief(KellyMarket k, int i) {
        return k.traders().get(i).predictor().probabilities(k.history());
    }
}
