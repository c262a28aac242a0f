package org.valuegrowth.market;

import org.valuegrowth.market.internal.IidRunKernel;
import org.valuegrowth.market.internal.KellyKernel;
import org.valuegrowth.numeric.ModelException;

/**
 * The public face of the Kelly hot kernels, for callers that manage their own arrays (benchmarks,
 * pretraining a market of many traders, searches over many markets). Pure functions: inputs are
 * never mutated.
 */
public final class KellyKernels {
    private KellyKernels() {
    }

    /**
     * The result of {@link #runIid}: the final wealth and the market's cumulative log-loss.
     *
     * @param wealth w_i after the last outcome, in scaled form
     * @param cumulativeLogLoss Σ_t −ln q_t(x_t) in nats, q_t the market price of the outcome x_t
     */
    public record IidRun(ScaledWealth wealth, double cumulativeLogLoss) {
        /** Validates the parts. */
        public IidRun {
            if (wealth == null || !(cumulativeLogLoss > -1e-9 && cumulativeLogLoss < Double.POSITIVE_INFINITY)) {
                throw new ModelException("run result needs a wealth and a finite log-loss: " + wealth + ", "
                        + cumulativeLogLoss);
            }
        }
    }

    /**
     * A Kelly market of N i.i.d. traders over an alphabet of m symbols, fed {@code symbols}: the
     * same result as stepping a {@link KellyMarket} of {@code Predictor.Iid} traders (spec/market.md
     * §4), w_i ← w_i · p_i(x) / q(x) with q(x) = Σ_j w_j p_j(x) / Σ_j w_j, but without building a
     * market per step. One fused pass over plain arrays per outcome (update and next prices), the
     * wealth kept in scaled form (mantissa, 64-bit binary exponent) and renormalised only when the
     * mantissas drift 2^500 from [1, 2); prices below 2^-400 and zero prices take the exact scaled
     * step. Allocates O(N) once, nothing per outcome.
     *
     * <p>Precision: every share agrees with the exact Bayes posterior to a relative error of about
     * (4T + N) · 2^-53 for T outcomes (tested at 1e-9, spec/market.md §4).
     *
     * @param likelihood m &gt;= 2 columns: likelihood[x][i] = p_i(x) in [0, 1], each of length N
     * @param prior the initial wealth of the N traders
     * @param symbols the outcomes, each in [0, m)
     * @return the final wealth and cumulative log-loss
     * @throws ModelException on malformed input, or when an outcome has market probability 0 (no
     *     trader with wealth gives it positive probability)
     */
    public static IidRun runIid(double[][] likelihood, ScaledWealth prior, int[] symbols) {
        if (likelihood == null || prior == null || symbols == null) {
            throw new ModelException("runIid needs likelihood columns, a prior and symbols (none null)");
        }
        int n = prior.size();
        double[] mant = new double[n];
        long[] exp = new long[n];
        double loss = IidRunKernel.run(likelihood, prior.mantissas(), prior.exponents(), symbols, mant, exp);
        return new IidRun(ScaledWealth.adoptPositive(mant, exp), loss); // the run throws if no wealth is left
    }

    /**
     * One Kelly step in log space (the previous kernel, kept as a baseline for {@code bench kelly}):
     * out_i = lw_i + ln lik_i − ln q, with q = Σ_i e^{lw_i} lik_i / Σ_i e^{lw_i}; returns ln q. Its
     * absolute rounding grows with |lw_i| (about 1 nat at 10^16 bits); {@link KellyMarket} and
     * {@link #runIid} use the scaled form instead.
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
     * log): u_i = lw_i + ll_i, ln q = ln Σ e^{u_i} − logTotal, out_i = u_i − ln q. The log-space
     * baseline of {@code bench kelly}.
     *
     * @return ln q; −∞ when the outcome had probability 0
     */
    public static double updateLogInto(double[] logWealth, double[] logLikelihood, double logTotal, double[] out) {
        return KellyKernel.updateLogInto(logWealth, logLikelihood, logTotal, out);
    }
}
