package org.valuegrowth.numeric;

/**
 * Divergences and summaries of finite probability vectors, as pure functions over {@code double[]}.
 *
 * <p>Conventions: natural logarithms (nats) throughout; 0·ln 0 = 0; KL(p‖q) = +∞ when some
 * p_i &gt; 0 has q_i = 0 (Cover &amp; Thomas, 2nd ed., §2.3).
 */
public final class Distributions {
    private Distributions() {
    }

    /**
     * KL(p‖q) = Σ p_i ln(p_i/q_i) in nats, clamped at 0.
     *
     * <p>Each term is p_i·(ln p_i − ln q_i), not ln of the ratio (p_i/q_i overflows for
     * q_i &lt; 1e-308·p_i), and p_i·log1p((p_i − q_i)/q_i) when the ratio is within [1/2, 2], where
     * p_i − q_i is exact. Valid for entries down to the smallest subnormal.
     */
    public static double kl(double[] p, double[] q) {
        sameLength(p, q);
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                if (q[i] <= 0) {
                    return Double.POSITIVE_INFINITY;
                }
                s += p[i] * logRatio(p[i], q[i]);
            }
        }
        return Math.max(0.0, s);
    }

    /** ln(a/b) for a, b &gt; 0, without forming a/b when it could overflow or underflow. */
    static double logRatio(double a, double b) {
        if (a >= 0.5 * b && a <= 2 * b) {
            return Math.log1p((a - b) / b);
        }
        return Math.log(a) - Math.log(b);
    }

    /** Total variation ½ Σ |p_i − q_i|, in [0,1]. */
    public static double totalVariation(double[] p, double[] q) {
        sameLength(p, q);
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            s += Math.abs(p[i] - q[i]);
        }
        return 0.5 * s;
    }

    /**
     * Hellinger distance sqrt(1 − Σ sqrt(p_i q_i)), in [0,1], for probability vectors.
     *
     * <p>Computed as sqrt(½Σ(√p_i − √q_i)²) with √p − √q = (p − q)/(√p + √q), equal to the
     * definition when both vectors sum to 1: relative precision a few ulps also for nearby
     * distributions, where 1 − Σ√(pq) cancels, and no p·q underflow for entries near 1e-300.
     */
    public static double hellinger(double[] p, double[] q) {
        sameLength(p, q);
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            // √p − √q = (p − q)/(√p + √q): no cancellation when p ≈ q
            double root = Math.sqrt(p[i]) + Math.sqrt(q[i]);
            double d = root > 0 ? (p[i] - q[i]) / root : 0.0;
            s += d * d;
        }
        return Math.sqrt(Math.min(1.0, 0.5 * s));
    }

    /** Shannon entropy −Σ p_i ln p_i in nats. */
    public static double entropy(double[] p) {
        double s = 0.0;
        for (double v : p) {
            if (v > 0) {
                s -= v * Math.log(v);
            }
        }
        return s;
    }

    /** Throws unless p is a probability vector within {@code tol} of summing to 1. */
    public static void requireDistribution(String what, double[] p, double tol) {
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            ModelException.requireProbability(what + "[" + i + "]", p[i]);
            s += p[i];
        }
        if (!(Math.abs(s - 1.0) <= tol)) {
            throw new ModelException(what + " sums to " + s + ", not 1 (tolerance " + tol + ")");
        }
    }

    private static void sameLength(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new ModelException("distributions of different lengths: " + p.length + " vs " + q.length);
        }
    }
}
