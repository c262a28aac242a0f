package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * A proportional perceptual-control unit with a leaky-integrator output (Powers; references §2.10).
 *
 * <p>One step, given reference r and disturbance d: e = r − p; o' = o + (k_g·e − o)/k_s; p' = o' + d.
 * The fixed point is p* = (k_g·r + d)/(1 + k_g), e* = (r − d)/(1 + k_g); the iteration is the affine
 * map o' = (1 − (1 + k_g)/k_s)·o + k_g(r − d)/k_s, so it converges iff |1 − (1 + k_g)/k_s| &lt; 1,
 * i.e. k_s &gt; (k_g + 1)/2 (for k_g &gt; −1).
 *
 * @param gain the loop gain k_g, finite
 * @param slowing the slowing factor k_s &gt; 0
 */
public record ControlLoop(double gain, double slowing) {
    /** Validates the parameters. */
    public ControlLoop {
        ModelException.requireFinite("gain", gain);
        if (!(slowing > 0) || Double.isInfinite(slowing)) {
            throw new ModelException("slowing must be finite and > 0: " + slowing);
        }
    }

    /**
     * The state of a unit: its output and its perception.
     *
     * @param output o
     * @param perception p
     */
    public record State(double output, double perception) {
    }

    /** One step from {@code s}: the next output and perception. */
    public State step(State s, double reference, double disturbance) {
        double e = reference - s.perception();
        double o = s.output() + (gain * e - s.output()) / slowing;
        return new State(o, o + disturbance);
    }

    /** {@code n} steps from {@code s} under constant reference and disturbance. */
    public State run(State s, double reference, double disturbance, int n) {
        State x = s;
        for (int i = 0; i < n; i++) {
            x = step(x, reference, disturbance);
        }
        return x;
    }

    /** The textbook steady-state perception (k_g·r + d)/(1 + k_g). */
    public double steadyPerception(double reference, double disturbance) {
        return (gain * reference + disturbance) / (1 + gain);
    }

    /** Whether the discrete iteration converges: |1 − (1 + k_g)/k_s| &lt; 1. */
    public boolean isStable() {
        return Math.abs(1 - (1 + gain) / slowing) < 1;
    }
}
