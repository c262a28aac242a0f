package org.valuegrowth.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The log-space kernels against BigDecimal references over the whole double range (issue 11: every
 * numeric function keeps its relative precision across the domain the spec allows).
 */
class LogSpaceProperties {
    private static final double U = 0x1p-52;

    @Provide
    Arbitrary<double[]> logWeights() {
        // log-weights anywhere in the double range, or clustered around a huge offset
        Arbitrary<double[]> wide = Extremes.anyFinite().array(double[].class).ofMinSize(1).ofMaxSize(8);
        Arbitrary<double[]> offset = Combinators.combine(Extremes.anyFinite(),
                Arbitraries.doubles().between(-800, 30).array(double[].class).ofMinSize(1).ofMaxSize(8))
                .as((c, d) -> {
                    double[] x = new double[d.length];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = c + d[i];
                    }
                    return x;
                }).filter(x -> java.util.Arrays.stream(x).allMatch(Double::isFinite));
        return Arbitraries.frequencyOf(Tuple.of(1, wide), Tuple.of(2, offset));
    }

    /** Σ exp(x_i − m) in BigDecimal with the exact differences; terms below e^-800 are dropped (beyond double precision). */
    private static BigDecimal shiftedSum(double[] x, double m) {
        BigDecimal s = BigDecimal.ZERO;
        for (double v : x) {
            BigDecimal d = BigMath.exact(v).subtract(BigMath.exact(m));
            if (d.compareTo(BigDecimal.valueOf(-800)) > 0) {
                s = s.add(BigMath.exp(d, BigMath.MC));
            }
        }
        return s;
    }

    private static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Property(tries = 1000, seed = "110101")
    @Label("logSumExp equals m + ln sum exp(x - m) computed in BigDecimal, to a few ulps of max(|result|, 1)")
    void logSumExpMatchesBigDecimal(@ForAll("logWeights") double[] x) {
        double m = max(x);
        BigDecimal ref = BigMath.exact(m).add(BigMath.ln(shiftedSum(x, m), BigMath.MC));
        double got = LogSpace.logSumExp(x);
        assertThat(BigMath.absoluteError(got, ref)).isLessThanOrEqualTo(4 * U * Math.max(1, Math.abs(got)));
    }

    @Property(tries = 1000, seed = "110102")
    @Label("normalise: shares sum to 1 and each matches BigDecimal to relative 4u(2 + n + |x_i - m|)")
    void normaliseMatchesBigDecimal(@ForAll("logWeights") double[] x) {
        double m = max(x);
        BigDecimal z = shiftedSum(x, m);
        double[] s = LogSpace.normalise(x);
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += s[i];
            BigDecimal d = BigMath.exact(x[i]).subtract(BigMath.exact(m));
            if (d.compareTo(BigDecimal.valueOf(-700)) > 0) {
                BigDecimal ref = BigMath.exp(d, BigMath.MC).divide(z, BigMath.MC);
                assertThat(BigMath.relativeError(s[i], ref)).isLessThanOrEqualTo(4 * U * (2 + x.length + Math.abs(x[i] - m)));
            } else {
                assertThat(s[i]).isLessThan(1e-300);
            }
        }
        assertThat(total).isCloseTo(1.0, within(4 * U * x.length));
    }

    @Example
    @Label("normalise at an offset of 1e16 (issue 11 row 2's kind): two equal weights give (1/2, 1/2), not (1, 1)")
    void normaliseAtHugeOffsets() {
        assertThat(LogSpace.normalise(new double[] {1e16, 1e16})).containsExactly(0.5, 0.5);
        assertThat(LogSpace.normalise(new double[] {-1e300, -1e300, Double.NEGATIVE_INFINITY})).containsExactly(0.5, 0.5, 0.0);
    }

    @Provide
    Arbitrary<Double> negatives() {
        return Extremes.logUniform(-323.3, 300).map(v -> -v);
    }

    @Property(tries = 1000, seed = "110103")
    @Label("log1mExp(x) = ln(1 - e^x) for x from -1e300 to -4.9e-324, relative 4u (absolute 1e-323 where it underflows)")
    void log1mExpMatchesBigDecimal(@ForAll("negatives") double x) {
        double got = LogSpace.log1mExp(x);
        if (x < -745) {
            assertThat(Math.abs(got)).isLessThanOrEqualTo(Double.MIN_VALUE);
            return;
        }
        BigDecimal ref = x > -0.5 ? BigMath.ln(BigMath.expm1(BigMath.exact(x), BigMath.MC).negate(), BigMath.MC)
                : BigMath.log1p(BigMath.exp(BigMath.exact(x), BigMath.MC).negate(), BigMath.MC);
        if (Math.abs(ref.doubleValue()) < Double.MIN_NORMAL) {
            assertThat(BigMath.absoluteError(got, ref)).isLessThanOrEqualTo(2 * Double.MIN_VALUE);
        } else {
            assertThat(BigMath.relativeError(got, ref)).isLessThanOrEqualTo(4 * U);
        }
    }

    @Provide
    Arbitrary<Double> logOdds() {
        return Combinators.combine(Arbitraries.of(-1.0, 1.0), Extremes.logUniform(-323.3, 300)).as((s, m) -> s * m);
    }

    @Property(tries = 1000, seed = "110104")
    @Label("logistic(t) = 1/(1 + e^-t) over t in +-[4.9e-324, 1e300], relative 4u where representable")
    void logisticMatchesBigDecimal(@ForAll("logOdds") double t) {
        double got = LogSpace.logistic(t);
        if (t < -745) {
            assertThat(got).isLessThanOrEqualTo(Double.MIN_VALUE);
            return;
        }
        if (t > 40) {
            assertThat(got).isEqualTo(1.0);
            return;
        }
        BigDecimal ref = BigDecimal.ONE.divide(BigDecimal.ONE.add(BigMath.exp(BigMath.exact(-t), BigMath.MC)), BigMath.MC);
        if (ref.compareTo(BigDecimal.valueOf(Double.MIN_NORMAL)) < 0) {
            assertThat(BigMath.absoluteError(got, ref)).isLessThanOrEqualTo(Double.MIN_VALUE);
        } else {
            assertThat(BigMath.relativeError(got, ref)).isLessThanOrEqualTo(4 * U);
        }
        assertThat(LogSpace.log1pExp(t)).satisfies(v -> {
            BigDecimal r = BigMath.log1p(BigMath.exp(BigMath.exact(t), BigMath.MC), BigMath.MC);
            if (r.compareTo(BigDecimal.valueOf(Double.MIN_NORMAL)) >= 0) {
                assertThat(BigMath.relativeError(v, r)).isLessThanOrEqualTo(4 * U);
            }
        });
    }

    @Provide
    Arbitrary<Double> probabilities() {
        return Extremes.openProbability();
    }

    @Property(tries = 500, seed = "110105")
    @Label("logit(p) = ln p - ln(1 - p) for p from 4.9e-324 to 1 - 2^-53, within 4u(|ln p| + |ln(1-p)|)")
    void logitMatchesBigDecimal(@ForAll("probabilities") double p) {
        BigDecimal lnP = BigMath.ln(p);
        BigDecimal ln1mP = BigMath.log1p(BigMath.exact(-p), BigMath.MC);
        BigDecimal ref = lnP.subtract(ln1mP);
        double got = LogSpace.logit(p);
        double scale = Math.abs(lnP.doubleValue()) + Math.abs(ln1mP.doubleValue());
        assertThat(BigMath.absoluteError(got, ref)).isLessThanOrEqualTo(4 * U * scale);
        // and back: logistic(logit p) = p to relative 4u(1 + |logit p|)
        assertThat(Math.abs(LogSpace.logistic(got) / p - 1)).isLessThanOrEqualTo(4 * U * (2 + Math.abs(got)));
    }

    @Provide
    Arbitrary<Double> logRatios() {
        return Combinators.combine(Arbitraries.of(-1.0, 1.0), Extremes.logUniform(-323.3, 2.84)).as((s, m) -> s * m);
    }

    @Property(tries = 500, seed = "110106")
    @Label("klTerm(l) = e^l l - e^l + 1 in BigDecimal for l in +-[4.9e-324, 690], relative 8u")
    void klTermMatchesBigDecimal(@ForAll("logRatios") double l) {
        BigDecimal x = BigMath.exact(l);
        // ρ ln ρ − ρ + 1 = l·ρ − (ρ − 1) ≈ l²/2 cancels to 2·|log10 l| digits: work with that many more
        MathContext mc = new MathContext(60 + 2 * Math.max(0, (int) -Math.floor(Math.log10(Math.abs(l)))));
        BigDecimal ref = x.multiply(BigMath.exp(x, mc)).subtract(BigMath.expm1(x, mc), BigMath.MC);
        double got = LogSpace.klTerm(l);
        if (ref.compareTo(BigDecimal.valueOf(Double.MIN_NORMAL)) < 0) {
            assertThat(BigMath.absoluteError(got, ref)).isLessThanOrEqualTo(2 * Double.MIN_VALUE);
        } else {
            assertThat(BigMath.relativeError(got, ref)).isLessThanOrEqualTo(8 * U);
        }
        assertThat(got).isGreaterThanOrEqualTo(0.0);
    }

    @Property(tries = 300, seed = "110107")
    @Label("KL(p||q) equals sum p ln(p/q) in BigDecimal for distributions with entries down to 1e-300 (no p/q overflow)")
    void klMatchesBigDecimal(@ForAll("pairs") double[][] pq) {
        double[] p = pq[0];
        double[] q = pq[1];
        BigDecimal ref = BigDecimal.ZERO;
        double scale = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                BigDecimal term = BigMath.exact(p[i]).multiply(BigMath.ln(BigMath.exact(p[i]).divide(BigMath.exact(q[i]), BigMath.MC), BigMath.MC));
                ref = ref.add(term);
                scale += Math.abs(term.doubleValue());
            }
        }
        double got = Distributions.kl(p, q);
        double expected = Math.max(0, ref.doubleValue());
        assertThat(got).isCloseTo(expected, within(8 * U * (scale + p.length) + Double.MIN_VALUE));
    }

    @Provide
    Arbitrary<double[][]> pairs() {
        return Arbitraries.integers().between(1, 6).flatMap(m -> Combinators.combine(
                Extremes.distributions(m, m, true), Extremes.distributions(m, m, false)).as((p, q) -> new double[][] {p, q}));
    }

    @Example
    @Label("KL of a point mass against an entry of 1e-320 is ln(1e320 ratio), finite (p/q used to overflow to infinity)")
    void klOfExtremeRatioIsFinite() {
        double got = Distributions.kl(new double[] {1.0, 0.0}, new double[] {1e-320, 1.0});
        assertThat(got).isCloseTo(-Math.log(1e-320), within(1e-9));
    }

    @Property(tries = 500, seed = "110108")
    @Label("ln(2^-bits) = -bits ln 2 for description lengths from 0 to 1e16 bits, relative 2u")
    void logOfTwoToMinusMatchesBigDecimal(@ForAll("bits") double bits) {
        double got = LogSpace.logOfTwoToMinus(bits);
        if (bits == 0) {
            assertThat(got).isEqualTo(0.0);
            return;
        }
        BigDecimal ref = BigMath.exact(bits).multiply(BigMath.ln(BigDecimal.valueOf(2), BigMath.MC)).negate();
        assertThat(BigMath.relativeError(got, ref)).isLessThanOrEqualTo(2 * U);
    }

    @Provide
    Arbitrary<Double> bits() {
        return Arbitraries.frequencyOf(Tuple.of(6, Extremes.logUniform(-3, 16)), Tuple.of(1, Arbitraries.of(0.0, 1.0, 1e16)));
    }

    @Property(tries = 300, seed = "110109")
    @Label("Hellinger and entropy match BigDecimal for distributions with entries down to 1e-300 (sqrt(p)sqrt(q), no 1 - sum cancellation)")
    void hellingerAndEntropyMatchBigDecimal(@ForAll("pairs") double[][] pq) {
        double[] p = pq[0];
        double[] q = pq[1];
        MathContext mc = BigMath.MC;
        // H² = ½Σ(√p − √q)², equal to 1 − Σ√(pq) for vectors that sum to 1
        BigDecimal h2 = BigDecimal.ZERO;
        BigDecimal ent = BigDecimal.ZERO;
        double entScale = 0;
        for (int i = 0; i < p.length; i++) {
            BigDecimal d = BigMath.exact(p[i]).sqrt(mc).subtract(BigMath.exact(q[i]).sqrt(mc));
            h2 = h2.add(d.multiply(d, mc), mc);
            if (p[i] > 0) {
                BigDecimal t = BigMath.exact(p[i]).multiply(BigMath.ln(p[i]), mc);
                ent = ent.subtract(t, mc);
                entScale += Math.abs(t.doubleValue());
            }
        }
        double ref = Math.sqrt(Math.min(1.0, h2.divide(BigDecimal.valueOf(2), mc).doubleValue()));
        assertThat(Distributions.hellinger(p, q)).isCloseTo(ref, within(8 * U * (ref + p.length * U)));
        assertThat(Distributions.entropy(p)).isCloseTo(ent.doubleValue(), within(8 * U * (entScale + p.length)));
    }
}
