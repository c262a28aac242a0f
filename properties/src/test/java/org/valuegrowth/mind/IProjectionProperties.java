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
import io.vavr.collection.HashSet;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.assertj.core.api.Assertions;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.numeric.BigMath;
import org.valuegrowth.numeric.Extremes;
import org.valuegrowth.numeric.ModelException;

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

    private static final double U = 0x1p-52;

    private static Mind uniformOneAtom() {
        return Mind.of(Language.ofNames("a"), new double[] {0.5, 0.5}, Vector.empty(), HashSet.empty());
    }

    @Example
    @Label("issue 11 row: reward {sentence: a, target: 1e-200} on a uniform one-atom mind gives P_G(a) = 1e-200 (was 1.515e-198)")
    void rewardOfOneIn1e200IsMet() {
        Mind m = uniformOneAtom();
        Language l = m.language(0);
        Mind after = m.reward(Want.of(l.var("a"), 1e-200));
        assertThat(after.goalProbability(0, l.var("a")) / 1e-200 - 1).isCloseTo(0.0, within(1e-12));
    }

    @Example
    @Label("E12 law: rewards down to the smallest subnormal and up to 1 - 2^-53 are met to relative precision (the complement near 1)")
    void rewardsAtTheEndsOfTheDoubleRange() {
        double[] tiny = {Double.MIN_VALUE, 1e-320, Double.MIN_NORMAL, 1e-300, 1e-100};
        for (double t : tiny) {
            Mind m = uniformOneAtom().reward(Want.of(uniformOneAtom().language(0).var("a"), t));
            double got = m.goalProbability(0, m.language(0).var("a"));
            assertThat(Math.abs(got - t)).as("target %s got %s", t, got).isLessThanOrEqualTo(1e-12 * t + Double.MIN_VALUE);
        }
        double[] near = {0x1p-53, 1e-15, 1e-10};
        for (double d : near) {
            Mind m = uniformOneAtom().reward(Want.of(uniformOneAtom().language(0).var("a"), 1 - d));
            double got = m.goalProbability(0, SentenceParser.parseOrThrow(m.language(0), "!a"));
            // 1 − d as a double is 1 − d' with d' the exact distance; the complement must meet d'
            double exact = BigDecimal.ONE.subtract(BigMath.exact(1 - d)).doubleValue();
            assertThat(got / exact - 1).as("target 1 - %s got complement %s", d, got).isCloseTo(0.0, within(1e-12));
        }
    }

    @Provide
    Arbitrary<Object[]> indicatorCases() {
        return Arbitraries.integers().between(2, 8).flatMap(n -> Combinators.combine(
                Extremes.distributions(n, n, true),
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n),
                Extremes.openProbability()).as((p, mask, alpha) -> new Object[] {p, mask, alpha}))
                .filter(c -> {
                    double[] p = (double[]) c[0];
                    int[] mask = (int[]) c[1];
                    double in = 0;
                    double out = 0;
                    for (int i = 0; i < p.length; i++) {
                        in += mask[i] == 1 ? p[i] : 0;
                        out += mask[i] == 0 ? p[i] : 0;
                    }
                    return in > 0 && out > 0;
                });
    }

    @Property(tries = 1000, seed = "110501")
    @Label("E12 law: onto an indicator, lambda = logit(alpha) - logit(P(s)) in BigDecimal for P entries down to 1e-300 and alpha from 4.9e-324 to 1 - 2^-53; Q meets alpha to relative precision; KL in closed form")
    void indicatorProjectionMatchesClosedForm(@ForAll("indicatorCases") Object[] c) {
        double[] p = (double[]) c[0];
        int[] mask = (int[]) c[1];
        double alpha = (Double) c[2];
        double[] f = new double[p.length];
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        double lnScale = 0;
        for (int i = 0; i < p.length; i++) {
            f[i] = mask[i];
            if (mask[i] == 1) {
                in = in.add(BigMath.exact(p[i]));
            } else {
                out = out.add(BigMath.exact(p[i]));
            }
            if (p[i] > 0) {
                lnScale = Math.max(lnScale, Math.abs(Math.log(p[i])));
            }
        }
        MathContext mc = BigMath.MC;
        BigDecimal a = BigMath.exact(alpha);
        BigDecimal b = BigDecimal.ONE.subtract(a);
        BigDecimal lambda = BigMath.ln(a, mc).subtract(BigMath.ln(b, mc)).subtract(BigMath.ln(in, mc)).add(BigMath.ln(out, mc));
        Tilt t = IProjection.onto(p, f, alpha).get();
        double scale = 2 + Math.abs(lambda.doubleValue()) + lnScale;
        String what = String.format("p=%s mask=%s alpha=%s lambda=%s", java.util.Arrays.toString(p), java.util.Arrays.toString(mask), alpha,
                t.lambda());
        assertThat(BigMath.absoluteError(t.lambda(), lambda)).as(what).isLessThanOrEqualTo(16 * U * scale);
        // the projected mass of s (or of its complement when alpha > 1/2) meets its target to relative precision
        double[] q = t.qArray();
        double mass = 0;
        for (int i = 0; i < q.length; i++) {
            if ((alpha <= 0.5) == (mask[i] == 1)) {
                mass += q[i];
            }
        }
        BigDecimal aim = alpha <= 0.5 ? a : b;
        // relative precision, plus a few subnormal spacings for masses near or below 2.2e-308
        assertThat(BigMath.absoluteError(mass, aim)).as(what)
                .isLessThanOrEqualTo(16 * U * (scale + p.length) * aim.doubleValue() + 2 * p.length * Double.MIN_VALUE);
        // KL(Q*||P) = alpha ln(alpha/P(s)) + (1 - alpha) ln((1 - alpha)/P(not s)), P normalised by its sum
        BigDecimal total = in.add(out);
        BigDecimal kl = a.multiply(BigMath.ln(a.multiply(total).divide(in, mc), mc))
                .add(b.multiply(BigMath.ln(b.multiply(total).divide(out, mc), mc)), mc);
        double klTol = 16 * U * scale * (kl.doubleValue() + Math.abs(lambda.doubleValue()) + 1e-300);
        assertThat(BigMath.absoluteError(t.kl(), kl)).as(what).isLessThanOrEqualTo(klTol);
    }

    @Provide
    Arbitrary<Object[]> featureCases() {
        return Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(
                Extremes.distributions(n, n, false),
                Arbitraries.integers().between(-4, 4).array(int[].class).ofSize(n),
                Arbitraries.frequencyOf(Tuple.of(3, Extremes.logUniform(-300, 300)), Tuple.of(1, Arbitraries.just(1.0))),
                Extremes.openProbability()).as((p, k, scale, where) -> new Object[] {p, k, scale, where}))
                .filter(c -> {
                    int[] k = (int[]) c[1];
                    return java.util.Arrays.stream(k).min().getAsInt() < java.util.Arrays.stream(k).max().getAsInt();
                });
    }

    @Property(tries = 600, seed = "110502")
    @Label("E12 law: for features scaled from 1e-300 to 1e300 and targets within 1e-300 of either end, E_Q[f] - lo matches alpha - lo to relative precision (BigDecimal)")
    void generalProjectionMeetsItsTarget(@ForAll("featureCases") Object[] c) {
        double[] p = (double[]) c[0];
        int[] k = (int[]) c[1];
        double scale = (Double) c[2];
        double where = (Double) c[3];
        double[] f = new double[p.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            f[i] = k[i] * scale;
            lo = Math.min(lo, f[i]);
            hi = Math.max(hi, f[i]);
        }
        double alpha = lo + where * (hi - lo);
        if (!(alpha > lo && alpha < hi)) {
            return; // the target rounded onto an end: outside the law
        }
        Tilt t = IProjection.onto(p, f, alpha).get();
        double lambda = t.lambda();
        double c0 = lambda > 0 ? hi : lo;
        MathContext mc = BigMath.MC;
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        boolean low = alpha - lo <= hi - alpha;
        double end = low ? lo : hi;
        double lnScale = 0;
        for (int i = 0; i < p.length; i++) {
            lnScale = Math.max(lnScale, Math.abs(Math.log(p[i])));
            BigDecimal x = BigMath.exact(lambda).multiply(BigMath.exact(f[i]).subtract(BigMath.exact(c0)), mc);
            if (x.compareTo(BigDecimal.valueOf(-800)) > 0) {
                BigDecimal w = BigMath.exact(p[i]).multiply(BigMath.exp(x, mc), mc);
                den = den.add(w, mc);
                num = num.add(w.multiply(BigMath.exact(f[i]).subtract(BigMath.exact(end)).abs(), mc), mc);
            }
        }
        BigDecimal got = num.divide(den, mc);
        BigDecimal aim = BigMath.exact(alpha).subtract(BigMath.exact(end)).abs();
        double tol = 64 * U * (4 + Math.abs(lambda) * (hi - lo) + lnScale);
        double rel = got.subtract(aim).abs().divide(aim, mc).doubleValue();
        assertThat(rel).as("p=%s f=%s alpha=%s lambda=%s", java.util.Arrays.toString(p), java.util.Arrays.toString(f), alpha, lambda)
                .isLessThanOrEqualTo(tol);
    }

    @Example
    @Label("E12 law: a target whose tilt lies beyond the double range fails loudly with the values (it used to be capped silently)")
    void lambdaBeyondTheDoubleRangeThrows() {
        Assertions.assertThatThrownBy(() -> IProjection.onto(new double[] {0.4, 0.3, 0.3}, new double[] {0, 1e-310, 1}, 1e-322))
                .isInstanceOf(ModelException.class).hasMessageContaining("no finite lambda").hasMessageContaining("1.0E-322");
    }

    @Example
    @Label("E12 law: cyclic projections meet a target of 1e-200 to relative precision alongside a second constraint")
    void cyclicProjectionsMeetTinyTargets() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        double[] fa = {0, 1, 0, 1};
        double[] fb = {0, 0, 1, 1};
        double[] tilt = IProjection.cyclicLogTilt(p, Vector.of(fa, fb), new double[] {1e-200, 0.3}, 1e-12, 500);
        assertThat(IProjection.cyclicConverges(p, Vector.of(fa, fb), new double[] {1e-200, 0.3}, 1e-12, 500)).isTrue();
        double[] logQ = new double[4];
        for (int i = 0; i < 4; i++) {
            logQ[i] = Math.log(p[i]) + tilt[i];
        }
        double[] q = org.valuegrowth.numeric.LogSpace.normalise(logQ);
        assertThat((q[1] + q[3]) / 1e-200 - 1).isCloseTo(0.0, within(1e-11));
        assertThat(q[2] + q[3]).isCloseTo(0.3, within(1e-12));
    }
}
