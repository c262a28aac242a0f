package org.valuegrowth.growth;

import org.valuegrowth.growth.internal.GrpoKernel;
import org.valuegrowth.numeric.ModelException;

/**
 * Mroueh's closed-form success-probability dynamics of GRPO with a binary verifiable reward.
 *
 * <p>p_n = h(p_{n−1}), h(p) = 1/(1 + ((1−p_ref)/p_ref)·exp(−1/(β·sqrt(p(1−p)+ε))))
 * (Mroueh 2025, arXiv:2503.06639; the sign of the exponent re-derived from the stated optimal
 * iterate π_n ∝ π_ref·exp((ω⁺·1[r=1] − ω⁻·1[r=0])/β), with ω⁺ + ω⁻ = 1/sqrt(p(1−p)+ε)).
 * {@link Grpo#expected} reproduces it on traders whose success probability is 0 or 1.
 */
public final class GrpoDynamics {
    private GrpoDynamics() {
    }

    /** h(p). */
    public static double next(double p, double pRef, double beta, double eps) {
        return GrpoKernel.mroueh(p, pRef, beta, eps);
    }

    /** p_0 = p_ref, p_1, …, p_steps. */
    public static double[] trajectory(double pRef, double beta, double eps, int steps) {
        if (steps < 0) {
            throw new ModelException("steps must be >= 0: " + steps);
        }
        double[] out = new double[steps + 1];
        out[0] = pRef;
        for (int i = 1; i <= steps; i++) {
            out[i] = next(out[i - 1], pRef, beta, eps);
        }
        return out;
    }

    /**
     * A fixed point p* = h(p*) in [p_ref, 1) (h(p_ref) ≥ p_ref), to full relative precision:
     * bisection on the doubles ({@link GrpoKernel#mrouehFixedPoint}).
     */
    public static double fixedPoint(double pRef, double beta, double eps) {
        return GrpoKernel.mrouehFixedPoint(pRef, beta, eps);
    }
}
