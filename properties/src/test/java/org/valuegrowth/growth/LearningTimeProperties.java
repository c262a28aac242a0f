package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.numeric.Distributions;

/** The learning time tau_eps is the first observation count at which the market is within eps (E2). */
@Tag("E2")
class LearningTimeProperties {

    @Provide
    Arbitrary<KellyMarket> markets() {
        return GrowthArbitraries.markets(2, 6);
    }

    @Provide
    Arbitrary<double[]> processes() {
        return GrowthArbitraries.distribution(2);
    }

    @Property(tries = 150, seed = "4451")
    @Label("E2 measurement: tau is the first n with TV <= eps along the replayed path, or none within the horizon")
    void learningTimeIsTheFirstHittingTime(@ForAll("markets") KellyMarket k, @ForAll("processes") double[] proc,
                                           @ForAll @DoubleRange(min = 0.01, max = 0.3) double eps,
                                           @ForAll boolean sampled, @ForAll long seed) {
        Predictor p = new Predictor.Iid(proc);
        int horizon = 40;
        Mode mode = sampled ? Mode.SAMPLED : Mode.EXPECTED;
        Option<Integer> tau = LearningTime.of(k, p, eps, horizon, mode, seed);
        // replay the path: same draws for SAMPLED (same seed), the expected update for EXPECTED
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        KellyMarket m = k;
        double[] lw0 = k.logWealth();
        int upTo = tau.getOrElse(horizon);
        for (int n = 0; n <= upTo; n++) {
            double[] q = m.predictive();
            double tv = Distributions.totalVariation(q, proc);
            if (tau.isDefined() && n == tau.get()) {
                assertThat(tv).isLessThanOrEqualTo(eps);
            } else {
                assertThat(tv).isGreaterThan(eps);
            }
            if (sampled) {
                double u = rng.nextDouble();
                m = m.step(u < proc[0] ? 0 : 1);
            } else {
                double[] lw = new double[lw0.length];
                for (int i = 0; i < lw.length; i++) {
                    double[] b = GrowthArbitraries.belief(k, i);
                    lw[i] = lw0[i] + (n + 1) * (proc[0] * Math.log(b[0]) + proc[1] * Math.log(b[1]));
                }
                m = k.withLogWealth(lw);
            }
        }
    }

    @Property(tries = 100, seed = "4452")
    @Label("E2 measurement: under STAYS, tau is the first n from which TV stays <= eps up to the horizon")
    void staysCriterionIsTheLastEntryTime(@ForAll("markets") KellyMarket k, @ForAll("processes") double[] proc,
                                         @ForAll @DoubleRange(min = 0.01, max = 0.3) double eps) {
        int horizon = 30;
        Option<Integer> tau = LearningTime.of(k, new Predictor.Iid(proc), eps, horizon, Mode.EXPECTED, 0,
                LearningTime.Criterion.STAYS);
        double[] lw0 = k.logWealth();
        boolean[] within = new boolean[horizon + 1];
        for (int n = 0; n <= horizon; n++) {
            double[] lw = new double[lw0.length];
            for (int i = 0; i < lw.length; i++) {
                double[] b = GrowthArbitraries.belief(k, i);
                lw[i] = lw0[i] + n * (proc[0] * Math.log(b[0]) + proc[1] * Math.log(b[1]));
            }
            within[n] = Distributions.totalVariation(k.withLogWealth(lw).predictive(), proc) <= eps;
        }
        if (tau.isEmpty()) {
            assertThat(within[horizon]).isFalse();
        } else {
            for (int n = tau.get(); n <= horizon; n++) {
                assertThat(within[n]).isTrue();
            }
            if (tau.get() > 0) {
                assertThat(within[tau.get() - 1]).isFalse();
            }
        }
    }

    @Example
    @Label("E2 measurement: expected learning time of a 0.9-coin against a fair coin is ceil(ln 7 / KL(0.9||0.5)) = 6")
    void workedLearningTime() {
        KellyMarket k = KellyMarket.of(Vector.of(new PredictorTrader("biased", 1, new Predictor.Iid(0.1, 0.9)),
                new PredictorTrader("fair", 1, new Predictor.Iid(0.5, 0.5))), new Prior.Uniform(), 2);
        // TV = 0.4(1-w) <= 0.05 iff odds >= 7; each expected step adds KL(0.9||0.5) to the log-odds
        double kl = 0.9 * Math.log(0.9 / 0.5) + 0.1 * Math.log(0.1 / 0.5);
        int expected = (int) Math.ceil(Math.log(7) / kl);
        assertThat(expected).isEqualTo(6);
        assertThat(LearningTime.of(k, new Predictor.Iid(0.1, 0.9), 0.05, 100, Mode.EXPECTED, 0)).contains(expected);
        assertThat(LearningTime.of(k, new Predictor.Iid(0.1, 0.9), 0.05, 5, Mode.EXPECTED, 0)).isEmpty();
    }
}
