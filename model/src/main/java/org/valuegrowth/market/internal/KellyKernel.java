package org.valuegrowth.market.internal;

import org.valuegrowth.numeric.ModelException;

/**
 * The Kelly-market hot kernels: pure static functions over {@code double[]} that never mutate
 * their inputs and allocate nothing beyond a returned array.
 *
 * <p>Wealth is in natural-log space. One step on outcome x, with w_i = exp(lw_i) and
 * lik_i = p_i(x): q = Σ_i w_i lik_i / Σ_i w_i, and w_i' = w_i · lik_i / q (Beygelzimer, Langford,
 * Pennock 2012, arXiv:1201.6655). Then Σ w' = Σ w (wealth is conserved) and w'/Σw' is the
 * Bayesian posterior with prior w/Σw and likelihoods lik.
 */
public final class KellyKernel {
    private KellyKernel() {
    }

    /**
     * One Kelly step into {@code out} (which may not alias {@code logWealth}).
     *
     * @param logWealth ln w_i, finite or −∞, not all −∞
     * @param likelihood p_i(x) in [0,1]
     * @param out receives ln w_i' (−∞ where lik_i = 0 or w_i = 0)
     * @return ln q, the log of the market's probability of the outcome; −∞ (and {@code out}
     *     untouched) when q = 0, NaN on NaN input
     */
    public static double updateInto(double[] logWealth, double[] likelihood, double[] out) {
        int n = logWealth.length;
        // One pass for both sums, rescaling when the running maximum grows ("online" log-sum-exp).
        double m = Double.NEGATIVE_INFINITY;
        double s0 = 0.0;
        double s1 = 0.0;
        for (int i = 0; i < n; i++) {
            double v = logWealth[i];
            if (v > m) {
                double c = Math.exp(m - v);
                s0 *= c;
                s1 *= c;
                m = v;
            } else if (v == Double.NEGATIVE_INFINITY) {
                continue; // no wealth, no contribution (and avoids −∞ − (−∞))
            }
            double e = Math.exp(v - m);
            s0 += e;
            s1 += e * likelihood[i];
        }
        double logQ = Math.log(s1) - Math.log(s0);
        if (!(logQ > Double.NEGATIVE_INFINITY)) {
            return logQ;
        }
        for (int i = 0; i < n; i++) {
            out[i] = logWealth[i] + Math.log(likelihood[i]) - logQ;
        }
        return logQ;
    }

    /**
     * One Kelly step from log-likelihoods and the known total, into {@code out}: one exp per
     * trader and no log (the market keeps ln Σ w, which every step conserves).
     *
     * <p>u_i = lw_i + ll_i; ln q = ln Σ_i e^{u_i} − logTotal; out_i = u_i − ln q. Equal to
     * {@link #updateInto} when {@code logTotal} = ln Σ_i e^{lw_i}; then ln Σ e^{out} = logTotal up to
     * rounding that does not accumulate over steps.
     *
     * @param logWealth ln w_i, finite or −∞
     * @param logLikelihood ln p_i(x), in [−∞, 0]
     * @param logTotal ln Σ_i w_i (the caller's invariant; not checked here)
     * @param out receives ln w_i' (overwritten even when q = 0); may not alias the inputs
     * @return ln q; −∞ when q = 0; NaN on NaN input
     */
    public static double updateLogInto(double[] logWealth, double[] logLikelihood, double logTotal, double[] out) {
        int n = logWealth.length;
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double u = logWealth[i] + logLikelihood[i];
            out[i] = u;
            m = Math.max(m, u);
        }
        if (!(m > Double.NEGATIVE_INFINITY)) {
            return m;
        }
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            s += Math.exp(out[i] - m);
        }
        double logQ = m + Math.log(s) - logTotal;
        for (int i = 0; i < n; i++) {
            out[i] -= logQ;
        }
        return logQ;
    }

    /** One Kelly step, returning the new log-wealths (see {@link #updateInto}). */
    public static double[] update(double[] logWealth, double[] likelihood) {
        requireSameLength(logWealth.length, likelihood.length);
        double[] out = new double[logWealth.length];
        double logQ = updateInto(logWealth, likelihood, out);
        if (!(logQ > Double.NEGATIVE_INFINITY)) {
            throw new ModelException("market probability of the outcome is " + Math.exp(logQ));
        }
        return out;
    }

    /**
     * The wealth-weighted mixture q[x] = Σ_i s_i · beliefs[i·m + x] into {@code out[0..m)}, with
     * shares s_i = w_i / Σ_j w_j.
     *
     * @param logWealth ln w_i, not all −∞
     * @param beliefs row-major N×m, row i trader i's distribution
     * @param m the alphabet size
     * @param out receives the mixture
     */
    public static void mixtureInto(double[] logWealth, double[] beliefs, int m, double[] out) {
        int n = logWealth.length;
        double mx = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            mx = Math.max(mx, logWealth[i]);
        }
        java.util.Arrays.fill(out, 0, m, 0.0);
        double z = 0.0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(logWealth[i] - mx);
            z += e;
            int base = i * m;
            for (int x = 0; x < m; x++) {
                out[x] += e * beliefs[base + x];
            }
        }
        for (int x = 0; x < m; x++) {
            out[x] /= z;
        }
    }

    /** The mixture as a fresh array (see {@link #mixtureInto}). */
    public static double[] mixture(double[] logWealth, double[] beliefs, int m) {
        requireSameLength(logWealth.length * m, beliefs.length);
        double[] out = new double[m];
        mixtureInto(logWealth, beliefs, m, out);
        return out;
    }

    /** The shares w_i / Σ_j w_j as a fresh array. */
    public static double[] shares(double[] logWealth) {
        double mx = Double.NEGATIVE_INFINITY;
        for (double v : logWealth) {
            mx = Math.max(mx, v);
        }
        double[] out = new double[logWealth.length];
        double z = 0.0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(logWealth[i] - mx);
            z += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= z;
        }
        return out;
    }

    private static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new ModelException("array lengths differ: " + a + " vs " + b);
        }
    }
}
