package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * The outcome of reflecting until a fixed point (reflective equilibrium).
 *
 * @param mind the last mind reached
 * @param sweeps how many reflection sweeps ran
 * @param converged whether the last sweep moved no goal probability by more than the tolerance
 * @param lastMove the largest |ΔG(x)| in the last sweep
 */
public record Equilibrium(Mind mind, int sweeps, boolean converged, double lastMove) {
    /** Validates the parts. */
    public Equilibrium {
        if (mind == null || sweeps < 0) {
            throw new ModelException("equilibrium needs a mind and sweeps >= 0: " + sweeps);
        }
        ModelException.requireNonNegative("last move", lastMove);
    }
}
