package org.valuegrowth.search;

import org.valuegrowth.numeric.ModelException;

/**
 * How a mind's values are computed in a trace: the per-layer dictionary of literal cluster
 * reweightings with binary strengths ±base·2^k (k &lt; levels), the tolerance ε in Hilbert's
 * projective metric, the resolution q, and the exact solver's time limit per layer.
 *
 * @param strengthBase the smallest strength, &gt; 0
 * @param levels the number of binary strength levels, 1..8
 * @param epsilon ε in nats, ≥ 0
 * @param resolution q in nats, in (0, 1]
 * @param timeLimitMillis the Choco time limit per value, ≥ 1
 */
public record ValueSettings(double strengthBase, int levels, double epsilon, double resolution, long timeLimitMillis) {
    /** Validates the ranges. */
    public ValueSettings {
        if (!(strengthBase > 0) || Double.isInfinite(strengthBase)) {
            throw new ModelException("strength base must be finite and > 0: " + strengthBase);
        }
        if (levels < 1 || levels > 8) {
            throw new ModelException("levels not in [1,8]: " + levels);
        }
        ModelException.requireNonNegative("epsilon", epsilon);
        if (!(resolution > 0 && resolution <= 1)) {
            throw new ModelException("resolution not in (0,1]: " + resolution);
        }
        if (timeLimitMillis < 1) {
            throw new ModelException("time limit must be >= 1 ms: " + timeLimitMillis);
        }
    }

    /** Strengths ±0.5, ±1, ±2, ε = 0.25 nats, q = 1e-4, 10 s per value. */
    public static ValueSettings defaults() {
        return new ValueSettings(0.5, 3, 0.25, 1e-4, 10_000);
    }
}
