package org.valuegrowth.growth;

import org.valuegrowth.growth.internal.TiltKernel;
import org.valuegrowth.numeric.Distributions;

/**
 * The KL-regularised optimum: the exponential tilt of a reference policy by a reward.
 *
 * <p>argmax_π E_π[r] − β·KL(π‖π_ref) = π_ref·exp(r/β)/Z with Z = E_{π_ref}[exp(r/β)], and the
 * optimal value is β·ln Z (Korbak, Perez, Buckley 2022, arXiv:2205.11275; the DPO paper,
 * arXiv:2305.18290). β must be finite and &gt; 0.
 */
public final class KlTilt {
    private KlTilt() {
    }

    /** π* ∝ π_ref·exp(r/β); a new array. */
    public static double[] tilt(double[] piRef, double[] r, double beta) {
        Distributions.requireDistribution("pi_ref", piRef, 1e-9);
        return TiltKernel.tilt(piRef, r, beta);
    }

    /** ln Z. */
    public static double logPartition(double[] piRef, double[] r, double beta) {
        Distributions.requireDistribution("pi_ref", piRef, 1e-9);
        return TiltKernel.logPartition(piRef, r, beta);
    }

    /** β·ln Z, the optimal value of the regularised objective. */
    public static double optimalValue(double[] piRef, double[] r, double beta) {
        return beta * logPartition(piRef, r, beta);
    }

    /** E_π[r] − β·KL(π‖π_ref) for any policy π. */
    public static double objective(double[] pi, double[] piRef, double[] r, double beta) {
        return TiltKernel.objective(pi, piRef, r, beta);
    }
}
