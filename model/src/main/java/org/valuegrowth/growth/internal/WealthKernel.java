package org.valuegrowth.growth.internal;

import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/**
 * Multiplicative wealth reweighting in log space that conserves total wealth; pure functions.
 *
 * <p>reweight: ln w_i' = ln w_i + f_i − ln Σ_j w_j e^{f_j} + ln Σ_j w_j. For f_i = ln p_i(x) this is
 * the Kelly update on x (Beygelzimer, Langford, Pennock 2012); for f_i = Σ_x P(x)·ln p_i(x) it is the
 * expected (deterministic) update used by the growth steps' EXPECTED mode.
 */
public final class WealthKernel {
    private WealthKernel() {
    }

    /**
     * ln w + f, renormalised to the total of ln w; a new array.
     *
     * <p>The factor enters as f_i − max_j f_j (over living traders), so factors of any size (k·Σ P ln p
     * for k up to 10^9 demonstrations) neither overflow nor round away the log-wealth of traders
     * with equal factors.
     *
     * @throws ModelException if a factor is NaN or +∞, or every living trader gets −∞
     */
    public static double[] reweight(double[] logWealth, double[] logFactor) {
        if (logWealth.length != logFactor.length) {
            throw new ModelException("wealth and factor lengths differ: " + logWealth.length + " vs " + logFactor.length);
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logFactor.length; i++) {
            if (Double.isNaN(logFactor[i]) || logFactor[i] == Double.POSITIVE_INFINITY) {
                throw new ModelException("log-factor[" + i + "] must be finite or -Infinity: " + logFactor[i]);
            }
            if (logWealth[i] > Double.NEGATIVE_INFINITY) {
                top = Math.max(top, logFactor[i]);
            }
        }
        double[] out = new double[logWealth.length];
        for (int i = 0; i < out.length; i++) {
            if (logWealth[i] == Double.NEGATIVE_INFINITY || logFactor[i] == Double.NEGATIVE_INFINITY) {
                out[i] = Double.NEGATIVE_INFINITY;
            } else {
                out[i] = logFactor[i] == top ? logWealth[i] : logWealth[i] + (logFactor[i] - top);
            }
        }
        return renormalise(out, LogSpace.logSumExp(logWealth));
    }

    /** Shifts {@code logWeights} in place so that their log-sum is {@code logTotal}; returns it. */
    static double[] renormalise(double[] logWeights, double logTotal) {
        double z = LogSpace.logSumExp(logWeights);
        if (!Double.isFinite(z) || !Double.isFinite(logTotal)) {
            throw new ModelException("wealth lost all mass in a reweighting (log-sum " + z + ")");
        }
        double shift = logTotal - z;
        for (int i = 0; i < logWeights.length; i++) {
            logWeights[i] += shift;
        }
        return logWeights;
    }

    /** Σ_x P(x)·ln p(x), with 0·ln 0 = 0 and −∞ when P(x) &gt; 0 = p(x). */
    public static double expectedLog(double[] process, double[] p) {
        double s = 0.0;
        for (int x = 0; x < p.length; x++) {
            if (process[x] > 0) {
                if (p[x] <= 0) {
                    return Double.NEGATIVE_INFINITY;
                }
                s += process[x] * Math.log(p[x]);
            }
        }
        return s;
    }

    /** A draw from a finite distribution by inverse CDF with uniform u in [0,1). */
    public static int draw(double[] p, double u) {
        double c = 0.0;
        int last = -1;
        for (int x = 0; x < p.length; x++) {
            if (p[x] > 0) {
                c += p[x];
                last = x;
                if (u < c) {
                    return x;
                }
            }
        }
        if (last < 0) {
            throw new ModelException("cannot draw from a distribution with no mass");
        }
        return last;
    }

    /** The cumulative sums of {@code p}, for repeated draws by {@link #drawCumulative}. */
    public static double[] cumulative(double[] p) {
        double[] c = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            c[i] = s;
        }
        return c;
    }

    /** The first index whose cumulative sum exceeds u·total, skipping zero-mass entries (binary search). */
    public static int drawCumulative(double[] cum, double u) {
        double target = u * cum[cum.length - 1];
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
