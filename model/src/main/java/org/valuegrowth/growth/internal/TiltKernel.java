package org.valuegrowth.growth.internal;

import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/**
 * The KL-regularised optimum as an exponential tilt, as pure functions over {@code double[]}.
 *
 * <p>max_π E_π[r] − β·KL(π‖π_ref) is attained at π*(y) = π_ref(y)·exp(r(y)/β)/Z with
 * Z = E_{π_ref}[exp(r/β)], and the optimal value is β·ln Z (Korbak et al. 2022,
 * arXiv:2205.11275; Rafailov et al. 2023, arXiv:2305.18290). Computed in log space.
 */
public final class TiltKernel {
    private TiltKernel() {
    }

    /** ln Z = ln Σ π_ref(y)·exp(r(y)/β), for β &gt; 0. */
    public static double logPartition(double[] piRef, double[] r, double beta) {
        return LogSpace.logSumExp(logTerms(piRef, r, beta));
    }

    /** π* ∝ π_ref·exp(r/β), for β &gt; 0. */
    public static double[] tilt(double[] piRef, double[] r, double beta) {
        return LogSpace.normalise(logTerms(piRef, r, beta));
    }

    /** The objective E_π[r] − β·KL(π‖π_ref) of any policy π. */
    public static double objective(double[] pi, double[] piRef, double[] r, double beta) {
        double er = 0.0;
        for (int i = 0; i < pi.length; i++) {
            er += pi[i] * r[i];
        }
        return er - beta * org.valuegrowth.numeric.Distributions.kl(pi, piRef);
    }

    private static double[] logTerms(double[] piRef, double[] r, double beta) {
        if (piRef.length != r.length) {
            throw new ModelException("pi_ref and reward lengths differ: " + piRef.length + " vs " + r.length);
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new ModelException("beta must be finite and > 0: " + beta);
        }
        double[] t = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            t[i] = Math.log(piRef[i]) + ModelException.requireFinite("reward", r[i]) / beta;
        }
        return t;
    }
}
