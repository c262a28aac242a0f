package org.valuegrowth.numeric;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators over the whole valid domain of the numeric functions: log-uniform magnitudes across
 * the double range, the boundary values as explicit edge cases, and the structured inputs where
 * cancellation bites (values equal to the last ulp, one rare class among common ones).
 */
public final class Extremes {
    /** Boundary magnitudes every suite should meet. */
    public static final double[] EDGE_MAGNITUDES = {Double.MIN_VALUE, 1e-320, Double.MIN_NORMAL, 1e-300, 1e-200, 1e-16,
        1.0, 1e16, 1e200, 1e300, Double.MAX_VALUE / 8, Double.MAX_VALUE};

    private Extremes() {
    }

    /** Log-uniform in [10^lo, 10^hi] (lo, hi decimal exponents), with the edge magnitudes inside the range. */
    public static Arbitrary<Double> logUniform(double lo, double hi) {
        Arbitrary<Double> body = Arbitraries.doubles().between(lo, hi).map(e -> Math.min(Double.MAX_VALUE, Math.pow(10, e)))
                .filter(v -> v > 0);
        java.util.List<Double> edges = new java.util.ArrayList<>();
        for (double e : EDGE_MAGNITUDES) {
            if (e >= Math.pow(10, lo) * 0.999 && e <= Math.pow(10, hi) * 1.001) {
                edges.add(e);
            }
        }
        if (edges.isEmpty()) {
            return body;
        }
        return Arbitraries.frequencyOf(Tuple.of(5, body), Tuple.of(1, Arbitraries.of(edges)));
    }

    /** A finite double anywhere in the range: sign × log-uniform magnitude from 4.9e-324 to 1.8e308, or 0. */
    public static Arbitrary<Double> anyFinite() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(Arbitraries.of(-1.0, 1.0), logUniform(-323.3, 308.25)).as((s, m) -> s * m)),
                Tuple.of(2, Arbitraries.doubles().between(-5, 5)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, 1.0, -1.0, 0.1)));
    }

    /** A probability in (0, 1): log-uniform towards 0 or towards 1 (as 1 − tiny), plus 1/2. */
    public static Arbitrary<Double> openProbability() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, logUniform(-323.3, -0.31)),
                Tuple.of(2, logUniform(-15.9, -0.31).map(t -> 1.0 - t).filter(p -> p < 1)),
                Tuple.of(2, Arbitraries.doubles().between(0.001, 0.999).ofScale(8)),
                Tuple.of(1, Arbitraries.of(0.5, Math.nextDown(1.0), Double.MIN_VALUE, Double.MIN_NORMAL)));
    }

    /**
     * A group of G finite rewards with structure: independent draws over the whole range, values
     * equal to a few ulps (k·ulp offsets of one base), all equal, or two far-apart clusters.
     */
    public static Arbitrary<double[]> rewardGroups(int minSize, int maxSize) {
        Arbitrary<double[]> independent = anyFinite().array(double[].class).ofMinSize(minSize).ofMaxSize(maxSize);
        Arbitrary<double[]> ulps = Combinators.combine(anyFinite(),
                Arbitraries.integers().between(-3, 3).array(int[].class).ofMinSize(minSize).ofMaxSize(maxSize))
                .as((base, k) -> {
                    double b = Math.abs(base) > Double.MAX_VALUE / 2 ? base / 4 : base;
                    double[] r = new double[k.length];
                    for (int i = 0; i < k.length; i++) {
                        r[i] = b + k[i] * Math.ulp(b);
                    }
                    return r;
                });
        Arbitrary<double[]> equal = Combinators.combine(anyFinite(), Arbitraries.integers().between(minSize, maxSize))
                .as((v, n) -> {
                    double[] r = new double[n];
                    java.util.Arrays.fill(r, v);
                    return r;
                });
        Arbitrary<double[]> clusters = Combinators.combine(anyFinite(), anyFinite(),
                Arbitraries.integers().between(0, 1).array(int[].class).ofMinSize(minSize).ofMaxSize(maxSize))
                .as((a, b, pick) -> {
                    double[] r = new double[pick.length];
                    for (int i = 0; i < r.length; i++) {
                        r[i] = pick[i] == 0 ? a : b;
                    }
                    return r;
                });
        return Arbitraries.frequencyOf(Tuple.of(3, independent), Tuple.of(3, ulps), Tuple.of(1, equal), Tuple.of(2, clusters));
    }

    /**
     * A probability vector of m ≥ 1 entries whose raw weights are log-uniform in [1e-300, 1] (so
     * ratios up to 1e300 between entries), optionally with exact zeros, divided by their sum.
     */
    public static Arbitrary<double[]> distributions(int minSize, int maxSize, boolean zeros) {
        Arbitrary<Double> weight = zeros
                ? Arbitraries.frequencyOf(Tuple.of(6, logUniform(-300, 0)), Tuple.of(1, Arbitraries.just(0.0)))
                : logUniform(-300, 0);
        return weight.array(double[].class).ofMinSize(minSize).ofMaxSize(maxSize).map(Extremes::normalised)
                .filter(p -> p != null);
    }

    /** Raw weights divided by their sum; null when they have no mass. */
    public static double[] normalised(double[] raw) {
        double s = 0;
        for (double v : raw) {
            s += v;
        }
        if (!(s > 0)) {
            return null;
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] / s;
        }
        return out;
    }

    /** β (or any positive scale) log-uniform from 1e-300 to 1e300, with both ends as edge cases. */
    public static Arbitrary<Double> scales() {
        return logUniform(-300, 300);
    }
}
