package org.valuegrowth.search;

import org.valuegrowth.numeric.ModelException;

/**
 * The budget of a search; running out gives INCONCLUSIVE, never a silent pass.
 *
 * @param maxNodes the Choco node limit (0 = none)
 * @param maxCandidates the number of complete candidates brute force may evaluate (0 = none)
 * @param timeMillis a wall-clock limit (0 = none; a time limit makes the verdict depend on the machine)
 */
public record Limits(long maxNodes, long maxCandidates, long timeMillis) {
    /** Validates. */
    public Limits {
        if (maxNodes < 0 || maxCandidates < 0 || timeMillis < 0) {
            throw new ModelException("limits must be >= 0: nodes=" + maxNodes + " candidates=" + maxCandidates
                    + " ms=" + timeMillis);
        }
    }

    /** No limits at all. */
    public static Limits none() {
        return new Limits(0, 0, 0);
    }

    /** A node and candidate limit, no time limit (deterministic). */
    public static Limits of(long nodesAndCandidates) {
        return new Limits(nodesAndCandidates, nodesAndCandidates, 0);
    }
}
