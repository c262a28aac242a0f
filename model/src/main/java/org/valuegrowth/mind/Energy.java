package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * The inconsistency energy of a mind's goal-models, by layer.
 *
 * <p>within(ℓ) = Σ_c w_c (P_{G_ℓ}(s_c) − α_c)² over the layer's wants;
 * across(ℓ) = Σ_k (m_ℓ(k) − t_ℓ(k))², where m_ℓ is the marginal of G_ℓ on the grounded atoms of
 * layer ℓ and t_ℓ the push-forward of G_{ℓ−1} through the abstraction map (across(0) = 0).
 *
 * @param within per layer
 * @param across per layer
 */
public record Energy(Vector<Double> within, Vector<Double> across) {
    /** Validates equal lengths and non-negative finite parts. */
    public Energy {
        if (within == null || across == null || within.size() != across.size()) {
            throw new ModelException("energy parts must have one entry per layer: " + within + " / " + across);
        }
        within.forEach(v -> ModelException.requireNonNegative("within-layer energy", v));
        across.forEach(v -> ModelException.requireNonNegative("cross-layer energy", v));
    }

    /** The total Σ_ℓ within(ℓ) + across(ℓ). */
    public double total() {
        return within.sum().doubleValue() + across.sum().doubleValue();
    }
}
