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
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Tuple;
import org.valuegrowth.numeric.BigMath;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.Extremes;

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

    private static final double U = 0x1p-52;

    @Example
    @Label("issue 11 row: KlTilt with pi_ref = (.5,.3,.2), r = (0,1,1), beta = 1e-16 is (0, 0.6, 0.4), not (0, 1, 1)")
    void tinyBetaKeepsTheReferenceOnTheArgmax() {
        double[] t = KlTilt.tilt(new double[] {0.5, 0.3, 0.2}, new double[] {0, 1, 1}, 1e-16);
        assertThat(t).containsExactly(new double[] {0.0, 0.6, 0.4}, within(2 * U));
        assertThat(KlTilt.optimalValue(new double[] {0.5, 0.3, 0.2}, new double[] {0, 1, 1}, 1e-16)).isCloseTo(1.0, within(2 * U));
    }

    @Provide
    Arbitrary<double[][]> extremeCases() {
        Arbitrary<double[]> rewards = Arbitraries.frequencyOf(
                Tuple.of(2, Extremes.anyFinite().array(double[].class).ofMinSize(1).ofMaxSize(6)),
                Tuple.of(1, Arbitraries.integers().between(-2, 2).array(int[].class).ofMinSize(1).ofMaxSize(6)
                        .map(k -> java.util.Arrays.stream(k).asDoubleStream().toArray())));
        return rewards.flatMap(r -> Combinators.combine(Extremes.distributions(r.length, r.length, true), Extremes.scales())
                .as((pi, beta) -> new double[][] {pi, r, {beta}}));
    }

    /** (r_i − r_max)/β exactly (before the division's rounding), r_max over the support of π. */
    private static BigDecimal[] shifted(double[] pi, double[] r, double beta, MathContext mc) {
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.length; i++) {
            if (pi[i] > 0) {
                top = Math.max(top, r[i]);
            }
        }
        BigDecimal[] x = new BigDecimal[r.length];
        for (int i = 0; i < r.length; i++) {
            x[i] = BigMath.exact(r[i]).subtract(BigMath.exact(top)).divide(BigMath.exact(beta), mc);
        }
        return x;
    }

    /** max |ln π_j + x_j| over the entries within e^-750 of the largest: the size of the log-weights that set the normaliser. */
    private static double logWeightScale(double[] pi, BigDecimal[] x) {
        double best = Double.NEGATIVE_INFINITY;
        double[] t = new double[pi.length];
        for (int j = 0; j < pi.length; j++) {
            t[j] = pi[j] > 0 ? Math.log(pi[j]) + Math.max(-1e4, x[j].doubleValue()) : Double.NEGATIVE_INFINITY;
            best = Math.max(best, t[j]);
        }
        double scale = 0;
        for (double v : t) {
            if (v > best - 750) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        return scale;
    }

    @Property(tries = 600, seed = "110301")
    @Label("E9 law: the tilt matches BigDecimal for rewards over the double range and beta from 1e-300 to 1e300, relative 8u(2 + m + |x|)")
    void tiltMatchesBigDecimal(@ForAll("extremeCases") double[][] c) {
        double[] pi = c[0];
        double[] r = c[1];
        double beta = c[2][0];
        MathContext mc = new MathContext(60);
        BigDecimal[] x = shifted(pi, r, beta, mc);
        BigDecimal[] w = new BigDecimal[pi.length];
        BigDecimal z = BigDecimal.ZERO;
        for (int i = 0; i < pi.length; i++) {
            w[i] = pi[i] > 0 && x[i].compareTo(BigDecimal.valueOf(-800)) > 0
                    ? BigMath.exact(pi[i]).multiply(BigMath.exp(x[i], mc), mc) : BigDecimal.ZERO;
            z = z.add(w[i], mc);
        }
        double[] got = KlTilt.tilt(pi, r, beta);
        double tMax = logWeightScale(pi, x);
        for (int i = 0; i < pi.length; i++) {
            BigDecimal ref = w[i].divide(z, mc);
            if (ref.compareTo(BigDecimal.valueOf(Double.MIN_NORMAL)) >= 0) {
                // the tilt is formed in log space: ln π_i + x_i carries an absolute rounding of u·|ln π_i + x_i|
                double tol = 8 * U * (2 + pi.length + Math.abs(Math.log(pi[i])) + Math.abs(x[i].doubleValue()) + tMax);
                assertThat(BigMath.relativeError(got[i], ref)).as("pi=%s r=%s beta=%s i=%d", java.util.Arrays.toString(pi),
                        java.util.Arrays.toString(r), beta, i).isLessThanOrEqualTo(tol);
            } else {
                assertThat(got[i]).isLessThan(Double.MIN_NORMAL * 1.001);
            }
        }
    }

    @Property(tries = 600, seed = "110302")
    @Label("E9 law: beta*ln Z matches BigDecimal to 16u·max|r| for beta from 1e-300 to 1e300 (log1p/expm1 as beta grows)")
    void optimalValueMatchesBigDecimal(@ForAll("extremeCases") double[][] c) {
        double[] pi = c[0];
        double[] r = c[1];
        double beta = c[2][0];
        MathContext mc = new MathContext(60);
        BigDecimal[] x = shifted(pi, r, beta, mc);
        BigDecimal total = BigMath.sum(pi);
        BigDecimal near = BigDecimal.ZERO;
        double top = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (int i = 0; i < pi.length; i++) {
            if (pi[i] > 0) {
                top = Math.max(top, r[i]);
                scale = Math.max(scale, Math.abs(r[i]));
                BigDecimal em1 = x[i].compareTo(BigDecimal.valueOf(-800)) > 0 ? BigMath.expm1(x[i], mc) : BigDecimal.ONE.negate();
                near = near.add(BigMath.exact(pi[i]).multiply(em1, mc), mc);
            }
        }
        // β·ln E[e^{x}] = β·log1p(E[e^x − 1]), evaluated in 60 digits with e^x − 1 by its series
        BigDecimal mean = near.divide(total, mc);
        BigDecimal log;
        if (mean.compareTo(new BigDecimal("-0.5")) > 0) {
            log = BigMath.log1p(mean, mc);
        } else {
            // far from 1: the mean of e^x itself, summed directly (no cancellation)
            BigDecimal direct = BigDecimal.ZERO;
            for (int i = 0; i < pi.length; i++) {
                if (pi[i] > 0 && x[i].compareTo(BigDecimal.valueOf(-800)) > 0) {
                    direct = direct.add(BigMath.exact(pi[i]).multiply(BigMath.exp(x[i], mc), mc), mc);
                }
            }
            log = BigMath.ln(direct.divide(total, mc), mc);
        }
        BigDecimal ref = BigMath.exact(top).add(BigMath.exact(beta).multiply(log, mc), mc);
        double got = KlTilt.optimalValue(pi, r, beta);
        assertThat(BigMath.absoluteError(got, ref)).as("pi=%s r=%s beta=%s", java.util.Arrays.toString(pi), java.util.Arrays.toString(r), beta)
                .isLessThanOrEqualTo(16 * U * scale + Double.MIN_VALUE);
    }

    @Property(tries = 300, seed = "110303")
    @Label("E9 law: as beta -> 0 the tilt is pi_ref restricted to argmax r and renormalised; as beta -> infinity it is pi_ref")
    void limitsOfBeta(@ForAll("extremeCases") double[][] c) {
        double[] pi = c[0];
        double[] r = c[1];
        double top = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (int i = 0; i < pi.length; i++) {
            if (pi[i] > 0) {
                top = Math.max(top, r[i]);
                scale = Math.max(scale, Math.abs(r[i]));
            }
        }
        double mass = 0;
        for (int i = 0; i < pi.length; i++) {
            if (pi[i] > 0 && r[i] == top) {
                mass += pi[i];
            }
        }
        double lnScale = 0;
        for (double v : pi) {
            if (v > 0) {
                lnScale = Math.max(lnScale, Math.abs(Math.log(v)));
            }
        }
        double[] cold = KlTilt.tilt(pi, r, Double.MIN_VALUE);
        for (int i = 0; i < pi.length; i++) {
            double want = pi[i] > 0 && r[i] == top ? pi[i] / mass : 0.0;
            assertThat(cold[i]).isCloseTo(want, within(8 * U * want * (pi.length + 2 * lnScale) + Double.MIN_VALUE));
        }
        assertThat(KlTilt.optimalValue(pi, r, Double.MIN_VALUE)).isCloseTo(top, within(4 * U * Math.abs(top) + 1e-300));
        if (scale < 1e280) {
            double[] hot = KlTilt.tilt(pi, r, Double.MAX_VALUE);
            for (int i = 0; i < pi.length; i++) {
                double lnPi = pi[i] > 0 ? Math.abs(Math.log(pi[i])) : 0;
                assertThat(hot[i]).isCloseTo(pi[i], within(8 * U * pi[i] * (pi.length + lnPi + lnScale) + Double.MIN_VALUE));
            }
        }
    }
}
