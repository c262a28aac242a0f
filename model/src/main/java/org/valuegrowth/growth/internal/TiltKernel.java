package org.valuegrowth.growth.internal;

import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/**
 * The KL-regularised optimum as an exponential tilt, as pure functions over {@code double[]}.
 *
 * <p>max_π E_π[r] − β·KL(π‖π_ref) is attained at π*(y) = π_ref(y)·exp(r(y)/β)/Z with
 * Z = E_{π_ref}[exp(r/β)], and the optimal value is β·ln Z (Korbak et al. 2022,
 * arXiv:2205.11275; Rafailov et al. 2023, arXiv:2305.18290). Computed in log space with the
 * largest reward on the support of π_ref shifted out: x_y = (r_y − r_max)/β ≤ 0, exactly 0 at the
 * argmax, so that r/β beyond 10^16 (β = 1e-16, r = 1) cannot round the reference weights away, and
 * no r/β can overflow. Hence as β → 0 the tilt is π_ref restricted to argmax r and renormalised
 * (reached for every β below the smallest reward gap/745). π_ref is used as given: entries 0 are
 * outside the support (their rewards play no part).
 */
public final class TiltKernel {
    private TiltKernel() {
    }

    /**
     * ln Z = r_max/β + ln Σ π_ref(y)·exp(x_y) (π_ref divided by its sum), for β &gt; 0; ±∞ when
     * r_max/β overflows (the true value is beyond the double range). Absolute error a few ulps of
     * max(|r_max/β|, 1).
     */
    public static double logPartition(double[] piRef, double[] r, double beta) {
        double[] x = shifted(piRef, r, beta);
        double top = maxOnSupport(piRef, r);
        return top / beta + logMeanExp(piRef, x);
    }

    /** π* ∝ π_ref·exp(x); each entry to relative error a few ulps times (1 + |x_y|), for β &gt; 0. */
    public static double[] tilt(double[] piRef, double[] r, double beta) {
        double[] x = shifted(piRef, r, beta);
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            t[i] = piRef[i] > 0 ? Math.log(piRef[i]) + x[i] : Double.NEGATIVE_INFINITY;
        }
        return LogSpace.normalise(t);
    }

    /**
     * β·ln Z = r_max + β·ln Σ π_ref·exp(x), the optimal value, for β &gt; 0. The last term is
     * β·log1p(Σ π_ref·expm1(x)) when the sum is near 1 (large β: the value tends to E_{π_ref}[r]
     * instead of staying at r_max as a plain ln Σ would after rounding 1 + 1e-300 to 1). Absolute
     * error a few ulps of max_y |r_y| on the support.
     */
    public static double optimalValue(double[] piRef, double[] r, double beta) {
        double[] x = shifted(piRef, r, beta);
        double top = maxOnSupport(piRef, r);
        return top + beta * logMeanExp(piRef, x);
    }

    /** The objective E_π[r] − β·KL(π‖π_ref) of any policy π. */
    public static double objective(double[] pi, double[] piRef, double[] r, double beta) {
        double er = 0.0;
        for (int i = 0; i < pi.length; i++) {
            if (pi[i] > 0) {
                er += pi[i] * r[i];
            }
        }
        return er - beta * Distributions.kl(pi, piRef);
    }

    /** ln(Σ π_i e^{x_i} / Σ π_i) with every x_i ≤ 0 and some x_i = 0 on the support. */
    private static double logMeanExp(double[] pi, double[] x) {
        double total = 0;
        double near = 0;
        double direct = 0;
        for (int i = 0; i < pi.length; i++) {
            if (pi[i] > 0) {
                total += pi[i];
                near += pi[i] * Math.expm1(x[i]);
                direct += pi[i] * Math.exp(x[i]);
            }
        }
        // log1p form when the mean of e^x is near 1 (no cancellation in Σ π·expm1 then), else direct
        return near > -0.5 * total ? Math.log1p(near / total) : Math.log(direct / total);
    }

    private static double maxOnSupport(double[] piRef, double[] r) {
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.length; i++) {
            if (piRef[i] > 0) {
                top = Math.max(top, r[i]);
            }
        }
        return top;
    }

    /** x_y = (r_y − r_max)/β, computed as 2·((r_y/2 − r_max/2)/β) so the difference cannot overflow. */
    private static double[] shifted(double[] piRef, double[] r, double beta) {
        if (piRef.length != r.length) {
            throw new ModelException("pi_ref and reward lengths differ: " + piRef.length + " vs " + r.length);
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new ModelException("beta must be finite and > 0: " + beta);
        }
        boolean mass = false;
        for (int i = 0; i < r.length; i++) {
            ModelException.requireFinite("reward", r[i]);
            if (!(piRef[i] >= 0) || Double.isInfinite(piRef[i])) {
                throw new ModelException("pi_ref[" + i + "] must be finite and >= 0: " + piRef[i]);
            }
            mass |= piRef[i] > 0;
        }
        if (!mass) {
            throw new ModelException("pi_ref has no mass");
        }
        double top = maxOnSupport(piRef, r);
        double[] x = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            if (r[i] == top) {
                x[i] = 0.0;
            } else {
                double d = r[i] - top;
                x[i] = Double.isInfinite(d) ? 2 * ((0.5 * r[i] - 0.5 * top) / beta) : d / beta;
            }
        }
        return x;
    }
}
