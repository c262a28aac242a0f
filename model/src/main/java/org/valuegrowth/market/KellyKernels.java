package org.valuegrowth.market;

import org.valuegrowth.market.internal.KellyKernel;

/**
 * The public face of the Kelly hot kernels, for callers that manage their own arrays (benchmarks,
 * searches over many markets). Pure functions: inputs are never mutated.
 */
public final class KellyKernels {
    private KellyKernels() {
    }

    /**
     * One Kelly step in log space: out_i = lw_i + ln lik_i − ln q, with
     * q = Σ_i e^{lw_i} lik_i / Σ_i e^{lw_i}; returns ln q (see {@code spec/market.md}).
     *
     * @param logWealth ln w_i, not all −∞
     * @param likelihood p_i(x) in [0,1], same length
     * @param out receives the new log-wealths; must not alias {@code logWealth}
     * @return ln q; −∞ (and {@code out} untouched) when the outcome had probability 0
     */
    public static double updateInto(double[] logWealth, double[] likelihood, double[] out) {
        return KellyKernel.updateInto(logWealth, likelihood, out);
    }

    /**
     * One Kelly step from log-likelihoods and the conserved total ln Σ w (one exp per trader, no
     * log): u_i = lw_i + ll_i, ln q = ln Σ e^{u_i} − logTotal, out_i = u_i − ln q. This is the step
     * {@link KellyMarket#step} uses.
     *
     * @return ln q; −∞ when the outcome had probability 0
     */
    public static double updateLogInto(double[] logWealth, double[] logLikelihood, double logTotal, double[] out) {
        return KellyKernel.updateLogInto(logWealth, logLikelihood, logTotal, out);
    }
}
