package org.valuegrowth.numeric;

/**
 * Pure kernels for weights kept in natural-log space.
 *
 * <p>Wealth, priors and likelihoods are stored as natural logarithms so that a prior of
 * 2^-c with c in the thousands of bits does not underflow: ln(2^-c) = -c·ln 2.
 * Every function here reads its input and never mutates it.
 *
 * <p>Precision: each function is accurate to a few ulps of its result over the whole double range
 * of its arguments, except where stated (the stable forms of Mächler 2012, "Accurately computing
 * log(1 − exp(−|a|))", CRAN Rmpfr vignette: the largest term is shifted out of every sum of
 * exponentials, and ln(1 ± e^x) switches between {@code log1p} and {@code expm1} at x = −ln 2).
 */
public final class LogSpace {
    /** ln 2. */
    public static final double LN2 = Math.log(2.0);

    private LogSpace() {
    }

    /**
     * ln Σ exp(x_i), computed as m + ln Σ exp(x_i − m) with m = max x_i.
     *
     * <p>Relative error a few ulps of max(|m|, 1) (the result cannot be more precise than m itself).
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
     * <p>Computed as exp(x_i − m)/Σ_j exp(x_j − m) with m = max x, never through the log-sum itself:
     * when |m| is large, m + ln Σ rounds away ln Σ (at m = 10^16 a whole ln 2), and shares computed
     * from it would not sum to 1. Each share has relative error a few ulps (times |x_i − m| for the
     * exponential); shares below 4.9e-324 underflow to 0.
     *
     * @throws ModelException when every entry is −∞ (no mass) or any is NaN/+∞
     */
    public static double[] normalise(double[] logWeights) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : logWeights) {
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                throw new ModelException("cannot normalise log-weights containing " + v);
            }
            m = Math.max(m, v);
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw new ModelException("cannot normalise log-weights with no mass (every entry is -Infinity)");
        }
        double[] out = new double[logWeights.length];
        double s = 0.0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(logWeights[i] - m);
            s += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= s;
        }
        return out;
    }

    /** ln(2^-bits) = −bits·ln 2. */
    public static double logOfTwoToMinus(double bits) {
        return -bits * LN2;
    }

    /**
     * ln(1 − e^x) for x ≤ 0, accurate to a few ulps for every x: {@code log(-expm1(x))} for
     * x &gt; −ln 2, {@code log1p(-exp(x))} below (Mächler 2012).
     *
     * @return −∞ at x = 0, 0 at x = −∞
     * @throws ModelException for x &gt; 0 or NaN
     */
    public static double log1mExp(double x) {
        if (!(x <= 0)) {
            throw new ModelException("log1mExp needs x <= 0: " + x);
        }
        return x > -LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }

    /** ln(1 + e^x), accurate to a few ulps for every x (x for x &gt; 37, e^x for x &lt; −745). */
    public static double log1pExp(double x) {
        if (x > 37) {
            return x + Math.exp(-x);
        }
        return Math.log1p(Math.exp(x));
    }

    /**
     * The logistic function 1/(1 + e^{−t}), accurate to a few ulps (relative) for every t,
     * including 1 − σ(t) tiny: for t &lt; 0 it is computed as e^t/(1 + e^t).
     */
    public static double logistic(double t) {
        if (Double.isNaN(t)) {
            throw new ModelException("logistic of NaN");
        }
        if (t >= 0) {
            return 1.0 / (1.0 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1.0 + e);
    }

    /**
     * ln(p/(1 − p)) for p in [0,1], computed as ln p − log1p(−p) (accurate for p down to the
     * smallest subnormal and up to 1 − 2^−53).
     *
     * @return −∞ at 0, +∞ at 1
     */
    public static double logit(double p) {
        ModelException.requireProbability("p", p);
        return Math.log(p) - Math.log1p(-p);
    }

    /**
     * ρ ln ρ − ρ + 1 for ρ = e^ℓ (ℓ = {@code logRatio}), the non-negative summand of
     * KL(P‖Q) = Σ_x Q(x)·klTerm(ln(P(x)/Q(x))) for probability vectors P, Q (the −ρ + 1 parts sum to
     * 0). Accurate to a few ulps for every ℓ: by its Taylor series Σ_{k≥2} (k−1)ℓ^k/k! for |ℓ| &lt; 1/2,
     * where ℓe^ℓ − expm1(ℓ) cancels; 1 at ℓ = −∞.
     */
    public static double klTerm(double logRatio) {
        double l = logRatio;
        if (l == Double.NEGATIVE_INFINITY) {
            return 1.0;
        }
        if (Math.abs(l) < 0.5) {
            double term = l;
            double sum = 0;
            for (int k = 2; k < 60; k++) {
                term *= l / k;
                double add = (k - 1) * term;
                sum += add;
                if (Math.abs(add) <= 0x1p-60 * Math.abs(sum)) {
                    break;
                }
            }
            return sum;
        }
        return l * Math.exp(l) - Math.expm1(l);
    }
}
