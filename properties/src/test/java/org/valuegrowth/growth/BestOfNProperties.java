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
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.valuegrowth.numeric.BigMath;
import org.valuegrowth.numeric.Extremes;

/** Laws of best-of-n on a finite outcome set (claim C7's exact formulas, E8's selection). */
@Tag("C7")
class BestOfNProperties {

    /** A base distribution with rewards drawn from a small set so that ties occur. */
    record Case(double[] pi, double[] reward) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(1, 5).flatMap(m -> Combinators.combine(
                Arbitraries.doubles().between(0.0, 1.0).array(double[].class).ofSize(m),
                Arbitraries.integers().between(0, 2).array(int[].class).ofSize(m))
                .as((raw, r) -> {
                    double[] w = new double[m];
                    double s = 0;
                    for (int i = 0; i < m; i++) {
                        w[i] = raw[i] + 0.01;
                        s += w[i];
                    }
                    double[] rr = new double[m];
                    for (int i = 0; i < m; i++) {
                        w[i] /= s;
                        rr[i] = r[i];
                    }
                    return new Case(w, rr);
                }));
    }

    @Property(tries = 150, seed = "4401")
    @Label("C7 law: best-of-n probability of any outcome is at most n times its base probability")
    void bestOfNIsPointwiseBoundedByNTimesBase(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 12) int n) {
        double[] pn = BestOfN.distribution(c.pi(), c.reward(), n);
        for (int y = 0; y < pn.length; y++) {
            assertThat(pn[y]).isLessThanOrEqualTo(n * c.pi()[y] + 1e-12);
        }
    }

    @Property(tries = 150, seed = "4402")
    @Label("C7 law: KL(best-of-n || base) <= ln n - (n-1)/n")
    void bestOfNKlIsBelowBeiramiBound(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 12) int n) {
        assertThat(BestOfN.kl(c.pi(), c.reward(), n)).isLessThanOrEqualTo(BestOfN.klBound(n) + 1e-12);
    }

    @Property(tries = 80, seed = "4403")
    @Label("C7 law: exact best-of-n distribution equals enumeration of all n-tuples with uniform tie-breaking")
    void exactDistributionMatchesEnumeration(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 4) int n) {
        int m = c.pi().length;
        double[] brute = new double[m];
        int[] tuple = new int[n];
        int total = (int) Math.pow(m, n);
        for (int code = 0; code < total; code++) {
            int x = code;
            double p = 1.0;
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                tuple[k] = x % m;
                x /= m;
                p *= c.pi()[tuple[k]];
                best = Math.max(best, c.reward()[tuple[k]]);
            }
            int winners = 0;
            for (int k = 0; k < n; k++) {
                if (c.reward()[tuple[k]] == best) {
                    winners++;
                }
            }
            for (int k = 0; k < n; k++) {
                if (c.reward()[tuple[k]] == best) {
                    brute[tuple[k]] += p / winners;
                }
            }
        }
        double[] exact = BestOfN.distribution(c.pi(), c.reward(), n);
        for (int y = 0; y < m; y++) {
            assertThat(exact[y]).isCloseTo(brute[y], within(1e-9));
        }
    }

    @Example
    @Label("C7 law: worked numbers of references.md 2.4")
    void workedNumbersFromBeirami() {
        double[] p = {1.0 / 2, 1.0 / 3, 1.0 / 6};
        double[] r = {0, 1, 2};
        assertThat(BestOfN.distribution(p, r, 2)).containsExactly(new double[]{0.25, 0.444444, 0.305556}, within(1e-6));
        assertThat(BestOfN.kl(p, r, 2)).isCloseTo(0.139780, within(1e-6));
        assertThat(BestOfN.klBound(2)).isCloseTo(0.193147, within(1e-6));
        assertThat(BestOfN.distribution(p, r, 4)).containsExactly(new double[]{0.0625, 0.419753, 0.517747}, within(1e-6));
        assertThat(BestOfN.kl(p, r, 4)).isCloseTo(0.553659, within(1e-6));
        assertThat(BestOfN.klBound(4)).isCloseTo(0.636294, within(1e-6));
        double[] u4 = {0.25, 0.25, 0.25, 0.25};
        assertThat(BestOfN.kl(u4, new double[]{0, 1, 2, 3}, 4)).isCloseTo(0.590310, within(1e-6));
        double[] u1000 = new double[1000];
        double[] r1000 = new double[1000];
        for (int i = 0; i < 1000; i++) {
            u1000[i] = 1.0 / 1000;
            r1000[i] = i;
        }
        assertThat(BestOfN.kl(u1000, r1000, 4)).isCloseTo(0.636294, within(1e-3));
        assertThat(BestOfN.kl(new double[]{0.9, 0.1}, new double[]{0, 1}, 8)).isCloseTo(0.673306, within(1e-6));
    }

    @Example
    @Label("E8 law: coffee and baby - a plan ranked worst by the evaluator survives best-of-n only if all n candidates propose it")
    void worstPlanSurvivesOnlyWhenEveryCandidateProposesIt() {
        // plans: kick the baby, walk around, wait; the friendly evaluator ranks kicking last
        double[] pi = {0.05, 0.7, 0.25};
        double[] friendly = {-10, 1, 0};
        for (int n = 1; n <= 6; n++) {
            assertThat(BestOfN.distribution(pi, friendly, n)[0]).isCloseTo(Math.pow(0.05, n), within(1e-15));
        }
    }

    private static final MathContext WIDE = new MathContext(420, RoundingMode.HALF_EVEN);

    /** x^n in BigDecimal, or 0 when it is below 10^-400 (far below the smallest double). */
    private static BigDecimal power(BigDecimal x, int n) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        double log10 = n * Math.log10(x.doubleValue());
        if (log10 < -400) {
            return BigDecimal.ZERO;
        }
        // square-and-multiply in 440 digits (BigDecimal.pow(int, MathContext) refuses n > 999999999)
        MathContext work = new MathContext(WIDE.getPrecision() + 20, RoundingMode.HALF_EVEN);
        BigDecimal result = BigDecimal.ONE;
        BigDecimal base = x;
        for (int k = n; k > 0; k >>= 1) {
            if ((k & 1) == 1) {
                result = result.multiply(base, work);
            }
            if (k > 1) {
                base = base.multiply(base, work);
            }
        }
        return result.round(WIDE);
    }

    /**
     * π_n by the definition F(c)^n − F⁻(c)^n, with F, F⁻ exact fractions of the exact sum of π and
     * the powers in 420 digits (a top class of 1e-300 cancels 300 of them); π_n(y) = π(y)/π(c)·π_n(c).
     */
    static BigDecimal[] reference(double[] pi, double[] r, int n) {
        BigDecimal total = BigMath.sum(pi);
        BigDecimal[] out = new BigDecimal[pi.length];
        for (int y = 0; y < pi.length; y++) {
            if (pi[y] == 0) {
                out[y] = BigDecimal.ZERO;
                continue;
            }
            BigDecimal below = BigDecimal.ZERO;
            BigDecimal cls = BigDecimal.ZERO;
            for (int z = 0; z < pi.length; z++) {
                if (r[z] < r[y]) {
                    below = below.add(BigMath.exact(pi[z]));
                } else if (r[z] == r[y]) {
                    cls = cls.add(BigMath.exact(pi[z]));
                }
            }
            BigDecimal f = below.add(cls).divide(total, WIDE);
            BigDecimal fMinus = below.divide(total, WIDE);
            BigDecimal win = power(f, n).subtract(power(fMinus, n), WIDE);
            out[y] = BigMath.exact(pi[y]).divide(cls, WIDE).multiply(win, WIDE);
        }
        return out;
    }

    @Provide
    Arbitrary<double[][]> rareCases() {
        Arbitrary<double[]> rewards = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(0, 3).array(int[].class).ofMinSize(1).ofMaxSize(6)
                        .map(k -> java.util.Arrays.stream(k).asDoubleStream().toArray())),
                Tuple.of(1, Extremes.anyFinite().array(double[].class).ofMinSize(1).ofMaxSize(6)));
        return rewards.flatMap(r -> Extremes.distributions(r.length, r.length, true).map(pi -> new double[][] {pi, r}));
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.frequencyOf(Tuple.of(4, Extremes.logUniform(0, 9).map(v -> (int) Math.min(1e9, Math.max(1, Math.round(v))))),
                Tuple.of(1, Arbitraries.of(1, 2, 3, 1_000_000_000, Integer.MAX_VALUE)));
    }

    @Property(tries = 400, seed = "110401")
    @Label("C7 law: best-of-n matches F^n - F-^n in 420-digit BigDecimal for n up to 2^31 - 1 and classes down to 1e-300, relative 1e-12")
    void distributionMatchesBigDecimal(@ForAll("rareCases") double[][] c, @ForAll("counts") int n) {
        double[] pi = c[0];
        double[] r = c[1];
        double[] got = BestOfN.distribution(pi, r, n);
        BigDecimal[] ref = reference(pi, r, n);
        double sum = 0;
        for (int y = 0; y < pi.length; y++) {
            sum += got[y];
            String what = String.format("pi=%s r=%s n=%d y=%d got=%s ref=%s", java.util.Arrays.toString(pi), java.util.Arrays.toString(r), n, y,
                    got[y], ref[y].doubleValue());
            if (ref[y].compareTo(BigDecimal.valueOf(1e-300)) >= 0) {
                assertThat(BigMath.relativeError(got[y], ref[y])).as(what).isLessThanOrEqualTo(1e-12);
            } else {
                assertThat(BigMath.absoluteError(got[y], ref[y])).as(what).isLessThanOrEqualTo(1e-12 * 1e-300);
            }
            // C7: π_n(y) ≤ n·π(y)
            assertThat(got[y]).as(what).isLessThanOrEqualTo(n * pi[y] * (1 + 1e-12));
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }

    @Property(tries = 300, seed = "110402")
    @Label("C7 law: KL(pi_n || pi) matches BigDecimal to relative 1e-10 and stays below ln n - (n-1)/n, for n up to 2^31 - 1")
    void klMatchesBigDecimalAndBound(@ForAll("rareCases") double[][] c, @ForAll("counts") int n) {
        double[] pi = c[0];
        double[] r = c[1];
        BigDecimal[] ref = reference(pi, r, n);
        BigDecimal total = BigMath.sum(pi);
        BigDecimal kl = BigDecimal.ZERO;
        for (int y = 0; y < pi.length; y++) {
            if (ref[y].signum() > 0) {
                BigDecimal base = BigMath.exact(pi[y]).divide(total, WIDE);
                // ln of a ratio near 1 by log1p of (ratio − 1), which keeps its digits
                BigDecimal ratio = ref[y].divide(base, WIDE);
                BigDecimal log = BigMath.log1p(ratio.subtract(BigDecimal.ONE), new MathContext(80));
                kl = kl.add(ref[y].multiply(log, WIDE));
            }
        }
        double got = BestOfN.kl(pi, r, n);
        double want = kl.doubleValue();
        assertThat(got).as("pi=%s r=%s n=%d", java.util.Arrays.toString(pi), java.util.Arrays.toString(r), n)
                .isCloseTo(want, within(1e-10 * want + 1e-300));
        assertThat(got).isLessThanOrEqualTo(BestOfN.klBound(n) * (1 + 1e-12) + 1e-300);
    }

    @Example
    @Label("C7 law: a top candidate of mass 1e-20 wins best-of-1e9 with probability 1 - (1 - 1e-20)^1e9 = 9.99999999995e-12 (was 0)")
    void rareTopCandidateAtHugeN() {
        double[] got = BestOfN.distribution(new double[] {1.0, 1e-20}, new double[] {0, 1}, 1_000_000_000);
        BigDecimal[] ref = reference(new double[] {1.0, 1e-20}, new double[] {0, 1}, 1_000_000_000);
        assertThat(BigMath.relativeError(got[1], ref[1])).isLessThan(1e-12);
        assertThat(got[1]).isCloseTo(9.99999999995e-12, within(1e-24));
        assertThat(BestOfN.kl(new double[] {1.0, 1e-20}, new double[] {0, 1}, 1_000_000_000)).isGreaterThan(0.0);
    }
}
