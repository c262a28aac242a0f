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
     * <p>Domain: any finite rewards (the whole double range), ε ≥ 0 finite. Precision: each Â_j
     * is within a few·G·2^−52·max_k |Â_k| of the exact advantage of the given doubles (a
     * normwise bound; the population Â has Σ Â² = G when ε = 0). Rewards are first scaled by a
     * power of two (exact), so neither r − mean nor the squares overflow or underflow, and the
     * mean is accumulated in double-double, so r_j − mean keeps its bits when the rewards agree to
     * the last ulp. Boundaries: if every reward is the same double, or G = 1 under the unbiased
     * convention, every Â is exactly 0 (equal rewards carry no signal). With ε = 0 the advantages
     * are exactly invariant to scaling the rewards by a power of two.
     *
     * @param unbiased divide the variance by G−1 (torch.std) instead of G (numpy's default)
     * @param eps ε ≥ 0
     * @param epsInsideRoot s = sqrt(var + ε) instead of std + ε
     */
    public static double[] advantages(double[] rewards, boolean unbiased, double eps, boolean epsInsideRoot) {
        ModelException.requireNonNegative("epsilon", eps);
        int g = rewards.length;
        for (double r : rewards) {
            ModelException.requireFinite("reward", r);
        }
        double[] a = new double[g];
        if (g == 0 || (unbiased && g == 1)) {
            return a;
        }
        double[] ones = new double[g];
        java.util.Arrays.fill(ones, 1.0);
        return normalised(rewards, ones, unbiased ? g - 1 : g, eps, epsInsideRoot);
    }

    /**
     * The advantage of each symbol x under an infinite group drawn from q:
     * a(x) = (r(x) − μ)/s with μ = Σ_x q(x) r(x), var = Σ_x q(x)(r(x) − μ)² (population), s from
     * var with ε and its placement. The expected credit of a trader is Σ_x p_i(x)·a(x).
     *
     * <p>Same domain, precision and boundary as {@link #advantages}: if r is one value on the
     * support of q, every a(x) is exactly 0. q need not sum to 1 exactly (it is divided by its sum).
     *
     * @throws ModelException for lengths that differ, a non-finite reward, or q without mass
     */
    public static double[] expectedAdvantages(double[] q, double[] rewards, double eps, boolean epsInsideRoot) {
        ModelException.requireNonNegative("epsilon", eps);
        if (q.length != rewards.length) {
            throw new ModelException("q and reward lengths differ: " + q.length + " vs " + rewards.length);
        }
        double total = 0;
        for (int x = 0; x < q.length; x++) {
            ModelException.requireFinite("reward", rewards[x]);
            if (!(q[x] >= 0) || Double.isInfinite(q[x])) {
                throw new ModelException("q[" + x + "] must be finite and >= 0: " + q[x]);
            }
            total += q[x];
        }
        if (!(total > 0)) {
            throw new ModelException("q has no mass");
        }
        return normalised(rewards, q, total, eps, epsInsideRoot);
    }

    /**
     * (y − μ_w)/s with μ_w the w-weighted mean, var = Σ w (y − μ)²/divisor. Zero on the support of w
     * when y is one value there. The scale 2^k is taken from the support (whose values set μ and s);
     * a symbol outside the support whose value overflows after scaling gets (y/s)·2^−k directly
     * (μ is negligible beside it).
     */
    private static double[] normalised(double[] y, double[] w, double divisor, double eps, boolean epsInsideRoot) {
        int g = y.length;
        double[] out = new double[g];
        double first = Double.NaN;
        boolean equal = true;
        double max = 0;
        for (int j = 0; j < g; j++) {
            if (w[j] > 0) {
                max = Math.max(max, Math.abs(y[j]));
                if (Double.isNaN(first)) {
                    first = y[j];
                } else if (y[j] != first) {
                    equal = false;
                }
            }
        }
        // scale by 2^-k so that max |y| on the support is in [1, 2): exact, and no square overflows
        int k = max > 0 ? Math.getExponent(max) : 0;
        double[] ys = new double[g];
        for (int j = 0; j < g; j++) {
            ys[j] = Math.scalb(y[j], -k);
        }
        double[] dev;
        double sd;
        if (equal) {
            // one value on the support: deviations there are exactly 0 and so is the variance; only
            // symbols outside the support keep r − μ, which ε > 0 turns into an advantage
            double mu = Math.scalb(first, -k);
            dev = new double[g];
            for (int j = 0; j < g; j++) {
                dev[j] = w[j] > 0 ? 0.0 : ys[j] - mu;
            }
            sd = 0;
        } else {
            dev = centre(ys, w);
            // sd = ‖(sqrt(w_j)·dev_j)‖₂/sqrt(divisor), the norm scaled by its largest entry: w·dev² of a
            // weight of 1e-300 and a deviation of one ulp would underflow to 0
            double top = 0;
            for (int j = 0; j < g; j++) {
                if (w[j] > 0) {
                    top = Math.max(top, Math.sqrt(w[j]) * Math.abs(dev[j]));
                }
            }
            double ss = 0;
            for (int j = 0; j < g; j++) {
                if (w[j] > 0 && top > 0) {
                    double v = Math.sqrt(w[j]) * Math.abs(dev[j]) / top;
                    ss += v * v;
                }
            }
            sd = top * Math.sqrt(ss / divisor);
        }
        // s in units of 2^(k+m): m = 0 unless ε alone sets s (sd = 0, then ε may underflow in units of 2^k)
        // or ε does not fit in units of 2^k
        int m = 0;
        double s;
        double e = epsInsideRoot ? Math.sqrt(eps) : eps;
        if (e > 0 && (sd == 0 || Double.isInfinite(Math.scalb(e, -k)))) {
            m = Math.getExponent(e) - k;
        }
        s = epsInsideRoot ? Math.hypot(Math.scalb(sd, -m), Math.scalb(e, -k - m)) : Math.scalb(sd, -m) + Math.scalb(e, -k - m);
        if (!(s > 0)) {
            return out;
        }
        for (int j = 0; j < g; j++) {
            if (Double.isFinite(ys[j])) {
                out[j] = Math.scalb(dev[j] / s, -m);
            } else {
                // outside the support and beyond 2^1024 in units of 2^k: μ is negligible beside it
                int ey = Math.getExponent(y[j]);
                out[j] = Math.scalb(Math.scalb(y[j], -ey) / s, ey - k - m);
            }
        }
        return out;
    }

    /**
     * y − μ for every finite y, with μ = Σ w y / Σ w over the support of w accumulated in
     * double-double (Dekker's two-sum and an fma for each product), so that every deviation is
     * correct to about 2^−100 of max |y| before its final rounding.
     */
    private static double[] centre(double[] y, double[] w) {
        double sHi = 0;
        double sLo = 0;
        double wHi = 0;
        double wLo = 0;
        for (int j = 0; j < y.length; j++) {
            if (w[j] > 0) {
                double p = w[j] * y[j];
                double pErr = Math.fma(w[j], y[j], -p);
                double t = sHi + p;
                double bp = t - sHi;
                sLo += (sHi - (t - bp)) + (p - bp) + pErr;
                sHi = t;
                double u = wHi + w[j];
                double bw = u - wHi;
                wLo += (wHi - (u - bw)) + (w[j] - bw);
                wHi = u;
            }
        }
        double muHi = sHi / wHi;
        // remainder S − μ_hi·W, with μ_hi·W_hi's rounding recovered by an fma
        double rem = Math.fma(-muHi, wHi, sHi) + sLo - muHi * wLo;
        double muLo = rem / wHi;
        double[] dev = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            if (Double.isFinite(y[j])) {
                double t = y[j] - muHi;
                double bt = t - y[j];
                double err = (y[j] - (t - bt)) + (-muHi - bt);
                dev[j] = t + (err - muLo);
            }
        }
        return dev;
    }

    /** ln w' = ln w + η·c, renormalised in log space to the same total wealth. */
    public static double[] transfer(double[] logWealth, double[] credit, double eta) {
        return transferWithReference(logWealth, logWealth, credit, eta, 0.0);
    }

    /**
     * ln w' ∝ (1−ηβ)·ln w + ηβ·ln w_ref + η·c, renormalised; requires 0 ≤ ηβ ≤ 1.
     * Traders with ln w = −∞ keep it unless the reference gives them mass and ηβ &gt; 0.
     * Domain: η, β finite ≥ 0, finite credits; the credit enters as η·(c_i − max_j c_j), so η up to
     * the double range keeps the ratios of equally credited traders (η·Δc below −745 nats gives the
     * trader a share of 0, its exact limit).
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
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ModelException.requireFinite("credit", credit[i]);
            out[i] = mix == 0.0 ? logWealth[i] : combine(logWealth[i], logRef[i], mix);
            if (out[i] > Double.NEGATIVE_INFINITY) {
                top = Math.max(top, credit[i]);
            }
        }
        // η·(c − max c) ≤ 0 instead of η·c: the renormalisation removes the constant, and a large η·c
        // can neither overflow nor round the log-wealth of equally credited traders away
        for (int i = 0; i < n; i++) {
            if (out[i] > Double.NEGATIVE_INFINITY && credit[i] != top) {
                out[i] += eta * (credit[i] - top);
            }
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
     * h(p) = 1 / (1 + ((1−p_ref)/p_ref)·exp(−1/(β·sqrt(p(1−p)+ε)))), computed as the logistic
     * σ(logit(p_ref) + 1/(β·sqrt(p(1−p)+ε))) so that p_ref down to the smallest subnormal and β
     * from 1e-300 to 1e300 neither overflow ((1−p_ref)/p_ref = ∞ times e^{−∞} = 0 was NaN) nor lose
     * the relative precision of a small h. Relative error a few ulps times (1 + |logit h|).
     *
     * @throws ModelException for p outside [0,1], p_ref outside (0,1), β not finite and &gt; 0,
     *     ε not finite and ≥ 0, or p(1−p)+ε = 0 (p ∈ {0,1} with ε = 0: the map is 0/0 there)
     */
    public static double mroueh(double p, double pRef, double beta, double eps) {
        ModelException.requireProbability("p", p);
        if (!(pRef > 0 && pRef < 1)) {
            throw new ModelException("p_ref must be in (0,1): " + pRef);
        }
        ModelException.requireNonNegative("eps", eps);
        double s = Math.sqrt(p * (1 - p) + eps);
        if (!(s > 0) || !(beta > 0) || Double.isInfinite(beta)) {
            throw new ModelException("need beta finite and > 0 and p(1-p)+eps > 0: beta=" + beta + " p=" + p + " eps=" + eps);
        }
        return LogSpace.logistic(LogSpace.logit(pRef) + 1.0 / beta / s);
    }

    /**
     * The smallest fixed point p* = h(p*) above p_ref (h(p_ref) &gt; p_ref): the first sign change of
     * h(p) − p on a grid of step 1/8 in log-odds from logit(p_ref) up, refined by bisection on the
     * doubles themselves (the midpoint of the bit patterns), which ends at two adjacent doubles: full
     * relative precision for any p* from 1e-300 to 1 − 2^−53 (a midpoint in value stops at an
     * absolute width and misses a p* near 1e-300). The scan matters for ε = 0, where h(p) → 1 as
     * p → 1 and p = 1 is a second, spurious fixed point. When h(p) &gt; p up to the largest double
     * below 1, that double is returned (the fixed point is 1 in the limit).
     */
    public static double mrouehFixedPoint(double pRef, double beta, double eps) {
        double top = Math.nextDown(1.0);
        double tTop = LogSpace.logit(top);
        double lo = pRef;
        // at most (37 + 745)·8 grid points: logit runs from −745 (p_ref = 4.9e-324) to 36.7
        for (double t = LogSpace.logit(pRef) + 0.125; ; t += 0.125) {
            double p = t >= tTop ? top : LogSpace.logistic(t);
            if (p <= lo) {
                if (p == top) {
                    return top;
                }
                continue;
            }
            if (mroueh(p, pRef, beta, eps) - p <= 0) {
                return bisect(lo, p, pRef, beta, eps);
            }
            if (p == top) {
                return top;
            }
            lo = p;
        }
    }

    /** Bisection on the bit patterns of [lo, hi] with h(lo) &gt; lo and h(hi) ≤ hi; ≤ 64 halvings. */
    private static double bisect(double lo, double hi, double pRef, double beta, double eps) {
        for (int it = 0; it < 128; it++) {
            double mid = Double.longBitsToDouble((Double.doubleToRawLongBits(lo) + Double.doubleToRawLongBits(hi)) >>> 1);
            if (mid <= lo || mid >= hi) {
                double gLo = mroueh(lo, pRef, beta, eps) - lo;
                double gHi = hi - mroueh(hi, pRef, beta, eps);
                return gLo <= gHi ? lo : hi;
            }
            if (mroueh(mid, pRef, beta, eps) - mid > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        throw new ModelException("fixed-point bisection did not close in 128 halvings: [" + lo + ", " + hi
                + "] for p_ref=" + pRef + " beta=" + beta + " eps=" + eps);
    }
}
