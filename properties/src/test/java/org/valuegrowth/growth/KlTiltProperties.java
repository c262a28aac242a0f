package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import org.valuegrowth.numeric.Distributions;

/** The KL-regularised optimum is the exponential tilt (references.md §2.2). */
@Tag("E9")
class KlTiltProperties {

    record Case(double[] ref, double[] r, double[] other) {
    }

    private static double[] normalised(double[] raw) {
        double s = 0;
        double[] w = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            w[i] = raw[i] + 0.01;
            s += w[i];
        }
        for (int i = 0; i < raw.length; i++) {
            w[i] /= s;
        }
        return w;
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(2, 6).flatMap(m -> Combinators.combine(
                Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(m),
                Arbitraries.doubles().between(-3, 3).array(double[].class).ofSize(m),
                Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(m))
                .as((a, r, b) -> new Case(normalised(a), r, normalised(b))));
    }

    @Property(tries = 200, seed = "4411")
    @Label("E9 law: the tilt pi_ref*exp(r/beta)/Z attains beta*ln Z and no policy beats it")
    void tiltIsTheRegularisedOptimum(@ForAll("cases") Case c, @ForAll @DoubleRange(min = 0.05, max = 5) double beta) {
        double[] star = KlTilt.tilt(c.ref(), c.r(), beta);
        double value = KlTilt.objective(star, c.ref(), c.r(), beta);
        // ln Z recomputed here directly from its definition
        double z = 0;
        for (int i = 0; i < c.r().length; i++) {
            z += c.ref()[i] * Math.exp(c.r()[i] / beta);
        }
        assertThat(value).isCloseTo(beta * Math.log(z), within(1e-9));
        assertThat(KlTilt.optimalValue(c.ref(), c.r(), beta)).isCloseTo(beta * Math.log(z), within(1e-9));
        assertThat(KlTilt.objective(c.other(), c.ref(), c.r(), beta)).isLessThanOrEqualTo(value + 1e-9);
        double er = 0;
        for (int i = 0; i < star.length; i++) {
            er += star[i] * c.r()[i];
        }
        assertThat(Distributions.kl(star, c.ref())).isCloseTo(er / beta - Math.log(z), within(1e-9));
    }

    @Example
    @Label("E9 law: worked numbers of references.md 2.2")
    void workedTiltNumbers() {
        double[] ref = {0.5, 0.3, 0.2};
        double[] r = {0, 1, 2};
        assertThat(KlTilt.tilt(ref, r, 1.0)).containsExactly(new double[]{0.179000, 0.291944, 0.529056}, within(1e-6));
        assertThat(Math.exp(KlTilt.logPartition(ref, r, 1.0))).isCloseTo(2.793296, within(1e-6));
        assertThat(KlTilt.optimalValue(ref, r, 1.0)).isCloseTo(1.027222, within(1e-6));
        assertThat(KlTilt.tilt(ref, r, 0.5)).containsExactly(new double[]{0.036667, 0.162559, 0.800774}, within(1e-6));
        assertThat(KlTilt.optimalValue(ref, r, 0.5)).isCloseTo(1.306369, within(1e-6));
    }
}
