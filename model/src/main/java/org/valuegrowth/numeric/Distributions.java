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

    /** KL(p‖q) = Σ p_i ln(p_i/q_i) in nats. */
    public static double kl(double[] p, double[] q) {
        sameLength(p, q);
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                if (q[i] <= 0) {
                    return Double.POSITIVE_INFINITY;
                }
                s += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return Math.max(0.0, s);
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

    /** Hellinger distance sqrt(1 − Σ sqrt(p_i q_i)), in [0,1]. */
    public static double hellinger(double[] p, double[] q) {
        sameLength(p, q);
        double bc = 0.0;
        for (int i = 0; i < p.length; i++) {
            bc += Math.sqrt(p[i] * q[i]);
        }
        return Math.sqrt(Math.max(0.0, 1.0 - bc));
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
