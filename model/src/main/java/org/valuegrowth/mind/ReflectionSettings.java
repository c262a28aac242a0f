package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * Parameters of one reflection sweep: a descent step on each layer's goal tilt θ_ℓ in turn
 * (block coordinate descent on the energy), accepted only when it lowers the energy.
 *
 * <p>Three rules. {@link Method#MINIMUM_CHANGE} (the default) makes the reflective equilibrium the
 * I-projection of the goal-model at the start of reflection onto the minimisers of the energy
 * (cyclic I-projections; spec/mind.md §6); the other fields do not apply to it.
 * {@link Method#DAMPED_GAUSS_NEWTON} treats the energy as a sum of
 * squared residuals r(θ_ℓ) and solves (JᵀJ + μ·diag(JᵀJ) + νI)δ = −Jᵀr with ν = 1e-12·mean diag (Levenberg–Marquardt with Marquardt scaling; Nocedal &amp; Wright,
 * 2nd ed., §10.3), multiplying μ by 4 after each rejected trial. {@link Method#GRADIENT} takes
 * δ = −η∇E with Armijo backtracking (ibid. §3.1), halving η after each rejected trial.
 *
 * @param method the step rule
 * @param initialStep η₀ for GRADIENT; the damping μ₀ for DAMPED_GAUSS_NEWTON
 * @param armijo GRADIENT's sufficient-decrease constant c in (0,1): accept when E(θ−ηg) ≤ E(θ) − cη|g|²
 * @param maxTrials how many rejected trials (halvings or damping increases) before the block is left unchanged
 * @param innerIterations steps per layer per sweep, ≥ 1
 * @param backtracking true (the default) to accept only steps that lower the energy; false takes the
 *     first trial whatever it does (plain fixed-step descent, which can overshoot: the planted fault
 *     of the monotonicity law)
 */
public record ReflectionSettings(Method method, double initialStep, double armijo, int maxTrials, int innerIterations,
                                 boolean backtracking) {

    /** The step rule. */
    public enum Method {
        /**
         * The default: the minimum-change update, an I-projection of the goal-model onto the
         * minimisers of the energy by cyclic projections (spec/mind.md §6).
         */
        MINIMUM_CHANGE,
        /** The former default, kept as a named alternative: damped Gauss–Newton on every tilt coordinate (it drifts). */
        DAMPED_GAUSS_NEWTON,
        /** Gradient descent on every tilt coordinate with Armijo backtracking. */
        GRADIENT
    }

    /** Validates the ranges. */
    public ReflectionSettings {
        if (method == null) {
            throw new ModelException("reflection needs a method");
        }
        if (!(initialStep > 0) || Double.isInfinite(initialStep)) {
            throw new ModelException("initial step must be finite and > 0: " + initialStep);
        }
        if (!(armijo > 0 && armijo < 1)) {
            throw new ModelException("Armijo constant not in (0,1): " + armijo);
        }
        if (maxTrials < 0 || maxTrials > 200) {
            throw new ModelException("max trials not in [0,200]: " + maxTrials);
        }
        if (innerIterations < 1 || innerIterations > 10_000) {
            throw new ModelException("inner iterations not in [1,10000]: " + innerIterations);
        }
    }

    /** Plain fixed-step gradient descent of step {@code eta}, no backtracking. */
    public static ReflectionSettings fixedStep(double eta) {
        return new ReflectionSettings(Method.GRADIENT, eta, 1e-4, 0, 1, false);
    }

    /** Gradient descent with Armijo backtracking from η₀ = 32. */
    public static ReflectionSettings gradient() {
        return new ReflectionSettings(Method.GRADIENT, 32.0, 1e-4, 40, 1, true);
    }

    /** The defaults of {@code spec/mind.md}: minimum-change reflection (the descent fields keep their former values, unused). */
    public static ReflectionSettings defaults() {
        return new ReflectionSettings(Method.MINIMUM_CHANGE, 1e-3, 1e-4, 40, 1, true);
    }

    /** Minimum-change steps taken whatever they do to the energy (no acceptance test): the unguarded step. */
    public static ReflectionSettings unguarded() {
        return new ReflectionSettings(Method.MINIMUM_CHANGE, 1e-3, 1e-4, 40, 1, false);
    }

    /** The former default, damped Gauss–Newton on every tilt coordinate; it drifts (spec/mind.md §6). */
    public static ReflectionSettings tiltSpace() {
        return new ReflectionSettings(Method.DAMPED_GAUSS_NEWTON, 1e-3, 1e-4, 40, 1, true);
    }
}
