package org.valuegrowth.numeric;

/**
 * Pure kernels for weights kept in natural-log space.
 *
 * <p>Wealth, priors and likelihoods are stored as natural logarithms so that a prior of
 * 2^-c with c in the thousands of bits does not underflow: ln(2^-c) = -c·ln 2.
 * Every function here reads its input and never mutates it.
 */
public final class LogSpace {
    /** ln 2. */
    public static final double LN2 = Math.log(2.0);

    private LogSpace() {
    }

    /**
     * ln Σ exp(x_i), computed as m + ln Σ exp(x_i − m) with m = max x_i.
     *
     * @return −∞ for an empty array or when every entry is −∞; NaN if any entry is NaN;
     *     +∞ if any entry is +∞
     */
    public static double logSumExp(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            if (v > m) {
                m = v;
            }
        }
        if (m == Double.NEGATIVE_INFINITY || m == Double.POSITIVE_INFINITY) {
            return m;
        }
        double s = 0.0;
        for (double v : x) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s);
    }

    /**
     * The normalised shares exp(x_i − logSumExp(x)), a probability vector.
     *
     * @throws ModelException when every entry is −∞ (no mass) or any is NaN/+∞
     */
    public static double[] normalise(double[] logWeights) {
        double z = logSumExp(logWeights);
        if (!Double.isFinite(z)) {
            throw new ModelException("cannot normalise log-weights with log-sum " + z);
        }
        double[] out = new double[logWeights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(logWeights[i] - z);
        }
        return out;
    }

    /** ln(2^-bits) = −bits·ln 2. */
    public static double logOfTwoToMinus(double bits) {
        return -bits * LN2;
    }
}
