package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * Parameters of one reflection sweep: block gradient descent on the goal tilts with Armijo
 * backtracking (Nocedal &amp; Wright, 2nd ed., §3.1).
 *
 * @param initialStep the first trial step η₀ &gt; 0 for each layer's block
 * @param armijo the sufficient-decrease constant c in (0,1): accept when E(θ−ηg) ≤ E(θ) − cη|g|²
 * @param maxHalvings how many times η may be halved before the block is left unchanged
 * @param innerIterations gradient steps per layer per sweep, ≥ 1
 * @param backtracking true (the default) for Armijo backtracking; false takes the fixed step η₀
 *     whatever it does to the energy (plain gradient descent, which can overshoot: the planted
 *     fault of the monotonicity law)
 */
public record ReflectionSettings(double initialStep, double armijo, int maxHalvings, int innerIterations,
                                 boolean backtracking) {
    /** Validates the ranges. */
    public ReflectionSettings {
        if (!(initialStep > 0) || Double.isInfinite(initialStep)) {
            throw new ModelException("initial step must be finite and > 0: " + initialStep);
        }
        if (!(armijo > 0 && armijo < 1)) {
            throw new ModelException("Armijo constant not in (0,1): " + armijo);
        }
        if (maxHalvings < 0 || maxHalvings > 200) {
            throw new ModelException("max halvings not in [0,200]: " + maxHalvings);
        }
        if (innerIterations < 1 || innerIterations > 10_000) {
            throw new ModelException("inner iterations not in [1,10000]: " + innerIterations);
        }
    }

    /** These settings with plain fixed-step descent of step {@code eta} (no backtracking). */
    public static ReflectionSettings fixedStep(double eta) {
        return new ReflectionSettings(eta, 1e-4, 0, 1, false);
    }

    /** The defaults used in {@code spec/mind.md}: η₀ = 32, c = 1e-4, 40 halvings, 1 inner step. */
    public static ReflectionSettings defaults() {
        return new ReflectionSettings(32.0, 1e-4, 40, 1, true);
    }
}
