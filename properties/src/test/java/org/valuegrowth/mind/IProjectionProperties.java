package org.valuegrowth.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The goal-model's I-projection against independently computed numbers (references §2.6, §2.2). */
@Tag("E12")
class IProjectionProperties {

    /** E_Q[f] for Q ∝ p·exp(λf), written out here independently of the code under test. */
    private static double tiltedMean(double[] p, double[] f, double lambda) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < p.length; i++) {
            double w = p[i] * Math.exp(lambda * f[i]);
            num += w * f[i];
            den += w;
        }
        return num / den;
    }

    private static double bisectLambda(double[] p, double[] f, double alpha) {
        double lo = -50;
        double hi = 50;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (tiltedMean(p, f, mid) < alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Example
    @Label("E12 law: I-projection of (0.5,0.3,0.2) onto E[x]=1.2 gives lambda 0.757552, Q* and KL 0.191275")
    void workedExampleMatchesReferenceNumbers() {
        double[] p = {0.5, 0.3, 0.2};
        double[] x = {0, 1, 2};
        Tilt t = IProjection.onto(p, x, 1.2).get();
        // the published numbers (references §2.6)
        assertThat(t.lambda()).isCloseTo(0.757552, within(1e-6));
        assertThat(t.qArray()).containsExactly(new double[] {0.243915, 0.312170, 0.443915}, within(1e-6));
        assertThat(t.kl()).isCloseTo(0.191275, within(1e-6));
        // and the same numbers recomputed here by bisection from the formula
        double lambda = bisectLambda(p, x, 1.2);
        double z = 0.5 + 0.3 * Math.exp(lambda) + 0.2 * Math.exp(2 * lambda);
        assertThat(t.lambda()).isCloseTo(lambda, within(1e-10));
        assertThat(t.q().get(2)).isCloseTo(0.2 * Math.exp(2 * lambda) / z, within(1e-12));
        assertThat(t.kl()).isCloseTo(lambda * 1.2 - Math.log(z), within(1e-12));
    }

    @Example
    @Label("E12 law: the KL-regularised optimum (0.5,0.3,0.2)·exp(r), r=(0,1,2), is the I-projection with lambda 1")
    void klRegularisedOptimumIsTheTilt() {
        double[] p = {0.5, 0.3, 0.2};
        double[] r = {0, 1, 2};
        Tilt t = IProjection.onto(p, r, 1.350056).get();
        assertThat(t.lambda()).isCloseTo(1.0, within(1e-5));
        assertThat(t.qArray()).containsExactly(new double[] {0.179000, 0.291944, 0.529056}, within(1e-6));
        assertThat(t.kl()).isCloseTo(0.322834, within(1e-5));
        assertThat(t.logZ()).isCloseTo(Math.log(2.793296), within(1e-5));
    }

    @Property(tries = 200)
    @Label("E12 law: the I-projection meets its constraint, KL = lambda*alpha - ln Z, and Pythagoras holds with equality")
    void projectionMeetsConstraintAndPythagoras(@ForAll long seed, @ForAll @IntRange(min = 2, max = 7) int n,
                                                @ForAll @DoubleRange(min = 0.05, max = 0.95) double where) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] p = new double[n];
        double[] f = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            p[i] = 0.05 + rnd.nextDouble();
            s += p[i];
            f[i] = Math.round(rnd.nextDouble() * 8 - 4);
        }
        for (int i = 0; i < n; i++) {
            p[i] /= s;
        }
        double lo = java.util.Arrays.stream(f).min().getAsDouble();
        double hi = java.util.Arrays.stream(f).max().getAsDouble();
        Either<String, Tilt> result = IProjection.onto(p, f, lo + where * (hi - lo));
        if (lo == hi) {
            assertThat(result.get().lambda()).isEqualTo(0.0);
            return;
        }
        double alpha = lo + where * (hi - lo);
        Tilt t = result.get();
        double[] q = t.qArray();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += q[i] * f[i];
        }
        assertThat(mean).isCloseTo(alpha, within(1e-9));
        assertThat(t.kl()).isCloseTo(kl(q, p), within(1e-9));
        assertThat(t.lambda()).isCloseTo(bisectLambda(p, f, alpha), within(1e-6));
        // R in the linear family: mix a random distribution with a vertex on the other side of alpha
        double[] r0 = new double[n];
        double s0 = 0;
        for (int i = 0; i < n; i++) {
            r0[i] = 0.05 + rnd.nextDouble();
            s0 += r0[i];
        }
        double m0 = 0;
        for (int i = 0; i < n; i++) {
            r0[i] /= s0;
            m0 += r0[i] * f[i];
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if ((m0 < alpha && f[i] > f[k]) || (m0 >= alpha && f[i] < f[k])) {
                k = i;
            }
        }
        double mix = (alpha - m0) / (f[k] - m0);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = (1 - mix) * r0[i] + (i == k ? mix : 0);
        }
        assertThat(kl(r, p)).isCloseTo(kl(r, q) + kl(q, p), within(1e-8));
    }

    @Example
    @Label("E12 law: a target on the edge of the feature range needs an infinite tilt and is refused")
    void boundaryTargetsAreRefused() {
        assertThat(IProjection.onto(new double[] {0.5, 0.5}, new double[] {0, 1}, 1.0).isLeft()).isTrue();
        assertThat(IProjection.onto(new double[] {0.5, 0.5}, new double[] {0, 1}, -0.1).isLeft()).isTrue();
        assertThat(IProjection.onto(new double[] {0.5, 0.5}, new double[] {0, 1}, 0.5).get().lambda())
                .isCloseTo(0.0, within(1e-12));
    }

    @Example
    @Label("E12 law: cyclic projections meet two compatible constraints at once")
    void cyclicProjectionsMeetCompatibleConstraints() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        double[] fa = {0, 1, 0, 1};
        double[] fb = {0, 0, 1, 1};
        double[] tilt = IProjection.cyclicLogTilt(p, Vector.of(fa, fb), new double[] {0.7, 0.2}, 1e-12, 500);
        double[] q = new double[4];
        double z = 0;
        for (int i = 0; i < 4; i++) {
            q[i] = p[i] * Math.exp(tilt[i]);
            z += q[i];
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < 4; i++) {
            ma += q[i] / z * fa[i];
            mb += q[i] / z * fb[i];
        }
        assertThat(ma).isCloseTo(0.7, within(1e-9));
        assertThat(mb).isCloseTo(0.2, within(1e-9));
    }

    private static double kl(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                s += a[i] * Math.log(a[i] / b[i]);
            }
        }
        return s;
    }
}
