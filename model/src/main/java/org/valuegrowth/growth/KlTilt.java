package org.valuegrowth.growth;

import org.valuegrowth.growth.internal.TiltKernel;
import org.valuegrowth.numeric.Distributions;

/**
 * The KL-regularised optimum: the exponential tilt of a reference policy by a reward.
 *
 * <p>argmax_π E_π[r] − β·KL(π‖π_ref) = π_ref·exp(r/β)/Z with Z = E_{π_ref}[exp(r/β)], and the
 * optimal value is β·ln Z (Korbak, Perez, Buckley 2022, arXiv:2205.11275; the DPO paper,
 * arXiv:2305.18290).
 *
 * <p>Domain: π_ref a probability vector (entries down to the smallest subnormal; zeros are outside
 * the support), rewards anywhere in the double range, β finite and &gt; 0 (1e-300 … 1e300 and
 * beyond). Precision and boundaries ({@code spec/growth.md} §4): the tilt is computed with the
 * largest reward on the support shifted out, each entry to relative error ≤ ~1e-13; as β → 0 it
 * is π_ref restricted to argmax r, renormalised, and as β → ∞ it is π_ref; the optimal value has
 * absolute error a few ulps of max |r| and tends to E_{π_ref}[r] as β → ∞ and to max r as β → 0.
 */
public final class KlTilt {
    private KlTilt() {
    }

    /** π* ∝ π_ref·exp(r/β); a new array. */
    public static double[] tilt(double[] piRef, double[] r, double beta) {
        Distributions.requireDistribution("pi_ref", piRef, 1e-9);
        return TiltKernel.tilt(piRef, r, beta);
    }

    /** ln Z; ±∞ when r_max/β is beyond the double range. */
    public static double logPartition(double[] piRef, double[] r, double beta) {
        Distributions.requireDistribution("pi_ref", piRef, 1e-9);
        return TiltKernel.logPartition(piRef, r, beta);
    }

    /** β·ln Z, the optimal value of the regularised objective (computed as r_max + β·ln E[e^{(r−r_max)/β}]). */
    public static double optimalValue(double[] piRef, double[] r, double beta) {
        Distributions.requireDistribution("pi_ref", piRef, 1e-9);
        return TiltKernel.optimalValue(piRef, r, beta);
    }

    /** E_π[r] − β·KL(π‖π_ref) for any policy π. */
    public static double objective(double[] pi, double[] piRef, double[] r, double beta) {
        return TiltKernel.objective(pi, piRef, r, beta);
    }
}
