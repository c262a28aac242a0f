package org.valuegrowth.growth.internal;

import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/**
 * GRPO's group-normalised advantage and its multiplicative wealth transfer, as pure functions.
 *
 * <p>Advantage (Shao et al. 2024, arXiv:2402.03300, outcome supervision):
 * Â_j = (r_j − mean(r)) / s, where s = std(r) + ε (epsilon added to the std, as TRL does) or
 * s = sqrt(var(r) + ε) (epsilon inside the root, as in Mroueh 2025, arXiv:2503.06639); std is the
 * population (divide by G) or unbiased (divide by G−1) one. When s = 0 (an all-equal group with
 * ε = 0) or G = 1 under the unbiased convention, every advantage is 0: there is no signal.
 *
 * <p>Transfer: ln w_i' = ln w_i + η·c_i + ln W − ln Σ_j w_j·exp(η·c_j), with c_i the advantage
 * credited to trader i and W = Σ_j w_j the total wealth, which the transfer conserves; with a reference, ln w_i' ∝ (1−ηβ)·ln w_i + ηβ·ln w_ref,i + η·c_i (one mirror-descent
 * step on E[c] − β·KL(w‖w_ref) over the trader simplex). Wealth is in natural-log space; inputs
 * are never mutated.
 */
public final class GrpoKernel {
    private GrpoKernel() {
    }

    /**
     * The group-normalised advantages of {@code rewards}.
     *
     * @param unbiased divide the variance by G−1 (torch.std) instead of G (numpy's default)
     * @param eps ε ≥ 0
     * @param epsInsideRoot s = sqrt(var + ε) instead of std + ε
     */
    public static double[] advantages(double[] rewards, boolean unbiased, double eps, boolean epsInsideRoot) {
        ModelException.requireNonNegative("epsilon", eps);
        int g = rewards.length;
        double[] a = new double[g];
        if (g == 0 || (unbiased && g == 1)) {
            return a;
        }
        double mean = 0.0;
        for (double r : rewards) {
            mean += ModelException.requireFinite("reward", r);
        }
        mean /= g;
        double ss = 0.0;
        for (double r : rewards) {
            ss += (r - mean) * (r - mean);
        }
        double var = ss / (unbiased ? g - 1 : g);
        double s = epsInsideRoot ? Math.sqrt(var + eps) : Math.sqrt(var) + eps;
        if (!(s > 0)) {
            return a;
        }
        for (int j = 0; j < g; j++) {
            a[j] = (rewards[j] - mean) / s;
        }
        return a;
    }

    /** ln w' = ln w + η·c, renormalised in log space to the same total wealth. */
    public static double[] transfer(double[] logWealth, double[] credit, double eta) {
        return transferWithReference(logWealth, logWealth, credit, eta, 0.0);
    }

    /**
     * ln w' ∝ (1−ηβ)·ln w + ηβ·ln w_ref + η·c, renormalised; requires 0 ≤ ηβ ≤ 1.
     * Traders with ln w = −∞ keep it unless the reference gives them mass and ηβ &gt; 0.
     */
    public static double[] transferWithReference(double[] logWealth, double[] logRef, double[] credit,
                                                 double eta, double beta) {
        return transferWithReference(logWealth, logRef, credit, eta, beta, LogSpace.logSumExp(logWealth));
    }

    /** As above, with the known total ln Σ w supplied (saves one pass over the traders). */
    public static double[] transferWithReference(double[] logWealth, double[] logRef, double[] credit,
                                                 double eta, double beta, double logTotal) {
        int n = logWealth.length;
        if (credit.length != n || logRef.length != n) {
            throw new ModelException("wealth, reference and credit lengths differ: " + n + ", "
                    + logRef.length + ", " + credit.length);
        }
        ModelException.requireNonNegative("step size eta", eta);
        ModelException.requireNonNegative("beta", beta);
        double mix = eta * beta;
        if (!(mix <= 1.0)) {
            throw new ModelException("eta*beta must be <= 1: " + mix);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double base = mix == 0.0 ? logWealth[i] : combine(logWealth[i], logRef[i], mix);
            out[i] = base + eta * credit[i];
        }
        return WealthKernel.renormalise(out, logTotal);
    }

    /** (1−m)·a + m·b with 0·(−∞) read as 0, so m = 1 gives b and a = −∞ stays −∞ for m &lt; 1. */
    private static double combine(double a, double b, double m) {
        if (m >= 1.0) {
            return b;
        }
        if (a == Double.NEGATIVE_INFINITY || b == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return (1 - m) * a + m * b;
    }

    /**
     * Mroueh's success-probability map for binary rewards:
     * h(p) = 1 / (1 + ((1−p_ref)/p_ref)·exp(−1/(β·sqrt(p(1−p)+ε)))).
     */
    public static double mroueh(double p, double pRef, double beta, double eps) {
        ModelException.requireProbability("p", p);
        if (!(pRef > 0 && pRef < 1)) {
            throw new ModelException("p_ref must be in (0,1): " + pRef);
        }
        double s = Math.sqrt(p * (1 - p) + eps);
        if (!(s > 0) || !(beta > 0)) {
            throw new ModelException("need beta > 0 and p(1-p)+eps > 0: beta=" + beta + " p=" + p + " eps=" + eps);
        }
        return 1.0 / (1.0 + (1 - pRef) / pRef * Math.exp(-1.0 / (beta * s)));
    }
}
