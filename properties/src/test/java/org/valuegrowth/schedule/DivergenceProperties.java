package org.valuegrowth.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The divergence measures of spec/schedule.md §6 against references computed here. */
class DivergenceProperties {
    static double[] distribution(SplittableRandom r, int n, boolean zeros) {
        double[] p = new double[n];
        double z = 0;
        for (int i = 0; i < n; i++) {
            p[i] = zeros && r.nextInt(4) == 0 ? 0 : Math.pow(10, -6 * r.nextDouble()) * r.nextDouble();
            z += p[i];
        }
        if (z == 0) {
            p[0] = 1;
            z = 1;
        }
        for (int i = 0; i < n; i++) {
            p[i] /= z;
        }
        return p;
    }

    @Property(tries = 300)
    @Label("TV, KL and Hellinger agree with BigDecimal references; all are 0 for equal arguments")
    void measuresMatchReferences(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = distribution(r, n, true);
        double[] q = distribution(r, n, r.nextBoolean());
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal tv = BigDecimal.ZERO;
        BigDecimal bc = BigDecimal.ZERO;
        boolean infinite = false;
        double kl = 0;
        for (int i = 0; i < n; i++) {
            tv = tv.add(new BigDecimal(p[i]).subtract(new BigDecimal(q[i])).abs());
            bc = bc.add(new BigDecimal(p[i]).multiply(new BigDecimal(q[i])).sqrt(mc));
            if (p[i] > 0) {
                if (q[i] == 0) {
                    infinite = true;
                } else {
                    kl += p[i] * (Math.log(p[i]) - Math.log(q[i]));
                }
            }
        }
        assertThat(Divergence.totalVariation(p, q)).isCloseTo(tv.doubleValue() / 2, within(1e-12));
        assertThat(Divergence.hellinger(p, q)).isCloseTo(Math.sqrt(Math.max(0, 1 - Math.min(1, bc.doubleValue()))), within(1e-7));
        if (infinite) {
            assertThat(Divergence.kl(p, q)).isEqualTo(Double.POSITIVE_INFINITY);
        } else {
            assertThat(Divergence.kl(p, q)).isCloseTo(Math.max(0, kl), within(1e-9 * (1 + Math.abs(kl))));
        }
        assertThat(Divergence.totalVariation(p, p)).isZero();
        assertThat(Divergence.kl(p, p)).isZero();
        assertThat(Divergence.hellinger(p, p)).isLessThan(1e-7);
        assertThat(Divergence.kendallTau(p, p)).isEqualTo(1.0);
    }

    @Property(tries = 300)
    @Label("Kendall's tau-b equals its definition counted pair by pair, with ties")
    void kendallTauMatchesThePairCount(@ForAll long seed, @ForAll @IntRange(min = 2, max = 10) int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : r.nextInt(5);
            b[i] = r.nextInt(5);
        }
        long num = 0;
        long pairs = 0;
        long ta = 0;
        long tb = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs++;
                int sa = Double.compare(a[i], a[j]);
                int sb = Double.compare(b[i], b[j]);
                ta += sa == 0 ? 1 : 0;
                tb += sb == 0 ? 1 : 0;
                num += (long) Integer.signum(sa) * Integer.signum(sb);
            }
        }
        double den = Math.sqrt((double) (pairs - ta) * (pairs - tb));
        double expected = den == 0 ? 1.0 : num / den;
        assertThat(Divergence.kendallTau(a, b)).isCloseTo(expected, within(1e-12));
        assertThat(Divergence.kendallTau(a, b)).isBetween(-1.0, 1.0);
    }

    @Example
    @Label("worked numbers: TV((.5,.5),(.9,.1)) = .4, KL = .5 ln(.5/.9) + .5 ln(.5/.1) = 0.510826, Hellinger = 0.324920")
    void workedNumbers() {
        double[] p = {0.5, 0.5};
        double[] q = {0.9, 0.1};
        assertThat(Divergence.totalVariation(p, q)).isCloseTo(0.4, within(1e-15));
        assertThat(Divergence.kl(p, q)).isCloseTo(0.5 * Math.log(0.5 / 0.9) + 0.5 * Math.log(5), within(1e-15));
        assertThat(Divergence.kl(p, q)).isCloseTo(0.510826, within(1e-6));
        assertThat(Divergence.hellinger(p, q)).isCloseTo(Math.sqrt(1 - Math.sqrt(0.45) - Math.sqrt(0.05)), within(1e-15));
        assertThat(Divergence.hellinger(p, q)).isCloseTo(0.324920, within(1e-6));
    }
}
