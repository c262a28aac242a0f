package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * The result of an I-projection onto one mean constraint: Q* = P·exp(λf)/Z(λ).
 *
 * @param lambda the tilt parameter λ
 * @param q the projected distribution Q*
 * @param logZ ln Z(λ) = ln Σ_x P(x)·exp(λ f(x))
 * @param kl KL(Q*‖P) = λ·α − ln Z(λ) in nats (Cover &amp; Thomas, 2nd ed., §11.1)
 */
public record Tilt(double lambda, Vector<Double> q, double logZ, double kl) {
    /** Validates finiteness. */
    public Tilt {
        ModelException.requireFinite("lambda", lambda);
        ModelException.requireFinite("logZ", logZ);
        ModelException.requireNonNegative("kl", kl);
        if (q == null || q.isEmpty()) {
            throw new ModelException("tilted distribution must not be empty: " + q);
        }
    }

    /** Q* as an array (a fresh copy). */
    public double[] qArray() {
        double[] out = new double[q.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = q.get(i);
        }
        return out;
    }
}
