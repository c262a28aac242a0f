package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * A one-variable predictive-coding unit (Bogacz 2017, "A tutorial on the free-energy framework",
 * §2): prior v ~ N(v_p, σ_p), observation u ~ N(g(v), σ_u) with g(v) = v^k.
 *
 * <p>Prediction errors ε_p = (φ − v_p)/σ_p (from the prior above) and ε_u = (u − g(φ))/σ_u (from
 * the data below); the estimate follows dφ/dt = −ε_p + ε_u·g'(φ), an ascent on
 * ln p(φ) + ln p(u|φ), so its fixed points are the MAP estimates. Euler steps of size {@code rate}.
 *
 * @param priorMean v_p
 * @param priorVariance σ_p &gt; 0
 * @param observationVariance σ_u &gt; 0
 * @param power k ≥ 1 in g(v) = v^k
 */
public record PredictiveCodingUnit(double priorMean, double priorVariance, double observationVariance, int power) {
    /** Validates the parameters. */
    public PredictiveCodingUnit {
        ModelException.requireFinite("prior mean", priorMean);
        if (!(priorVariance > 0) || !(observationVariance > 0) || Double.isInfinite(priorVariance)
                || Double.isInfinite(observationVariance)) {
            throw new ModelException("variances must be finite and > 0: " + priorVariance + ", " + observationVariance);
        }
        if (power < 1 || power > 5) {
            throw new ModelException("power not in [1,5]: " + power);
        }
    }

    /** ε_p at φ. */
    public double priorError(double phi) {
        return (phi - priorMean) / priorVariance;
    }

    /** ε_u at φ for observation u. */
    public double sensoryError(double phi, double u) {
        return (u - Math.pow(phi, power)) / observationVariance;
    }

    /** One Euler step φ + rate·(−ε_p + ε_u·g'(φ)). */
    public double step(double phi, double u, double rate) {
        return phi + rate * (-priorError(phi) + sensoryError(phi, u) * power * Math.pow(phi, power - 1));
    }

    /** {@code steps} Euler steps from φ₀. */
    public double relax(double phi0, double u, double rate, int steps) {
        double phi = phi0;
        for (int i = 0; i < steps; i++) {
            phi = step(phi, u, rate);
        }
        return phi;
    }
}
