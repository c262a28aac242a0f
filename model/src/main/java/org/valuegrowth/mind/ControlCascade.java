package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * Two perceptual-control layers in cascade: the upper unit's output is the lower unit's reference
 * (Powers' hierarchy rule; references §2.10), and both perceive the same controlled quantity.
 *
 * <p>Step, with top reference r and disturbance d, from (o₁, o₀, p):
 * o₁' = o₁ + (k₁(r − p) − o₁)/s₁; o₀' = o₀ + (k₀(o₁' − p) − o₀)/s₀; p' = o₀' + d.
 * The fixed point is p* = (k₀k₁·r + d)/(1 + k₀ + k₀k₁): the goal error shrinks by the loop gains.
 *
 * @param upper the upper unit (k₁, s₁)
 * @param lower the lower unit (k₀, s₀), whose output acts on the world
 */
public record ControlCascade(ControlLoop upper, ControlLoop lower) {
    /** Rejects nulls. */
    public ControlCascade {
        if (upper == null || lower == null) {
            throw new ModelException("cascade needs two units");
        }
    }

    /**
     * The cascade's state.
     *
     * @param upperOutput o₁, the lower unit's reference
     * @param lowerOutput o₀, the action
     * @param perception p
     */
    public record State(double upperOutput, double lowerOutput, double perception) {
    }

    /** One step. */
    public State step(State s, double reference, double disturbance) {
        double o1 = s.upperOutput() + (upper.gain() * (reference - s.perception()) - s.upperOutput()) / upper.slowing();
        double o0 = s.lowerOutput() + (lower.gain() * (o1 - s.perception()) - s.lowerOutput()) / lower.slowing();
        return new State(o1, o0, o0 + disturbance);
    }

    /** {@code n} steps. */
    public State run(State s, double reference, double disturbance, int n) {
        State x = s;
        for (int i = 0; i < n; i++) {
            x = step(x, reference, disturbance);
        }
        return x;
    }

    /** The fixed-point perception (k₀k₁·r + d)/(1 + k₀ + k₀k₁). */
    public double steadyPerception(double reference, double disturbance) {
        double k0 = lower.gain();
        double k1 = upper.gain();
        return (k0 * k1 * reference + disturbance) / (1 + k0 + k0 * k1);
    }
}
