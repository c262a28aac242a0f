package org.valuegrowth.value;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * One update atom: the log-space tilt x ↦ strength·feature(x), with a description length.
 *
 * <p>A cluster reweighting is the case of a 0/1 feature (the cluster's indicator): it multiplies
 * the cluster's weight by e^strength. Applying a set S of atoms to W gives
 * tilt(W, S)(x) ∝ W(x)·exp(Σ_{i∈S} strength_i·feature_i(x)).
 *
 * @param name a unique, non-blank name (descriptors list atoms by name)
 * @param feature one finite value per world
 * @param strength the discretised strength λ, finite and non-zero
 * @param costMillibits the atom's description length in thousandths of a bit, ≥ 1
 */
public record UpdateAtom(String name, Vector<Double> feature, double strength, long costMillibits) {
    /** Validates the parts. */
    public UpdateAtom {
        if (name == null || name.isBlank()) {
            throw new ModelException("update atom needs a name: " + name);
        }
        if (feature == null || feature.isEmpty()) {
            throw new ModelException("update atom " + name + " needs a feature");
        }
        feature.forEach(v -> ModelException.requireFinite("feature of " + name, v));
        ModelException.requireFinite("strength of " + name, strength);
        if (strength == 0) {
            throw new ModelException("update atom " + name + " has strength 0 (the identity is the empty set)");
        }
        if (costMillibits < 1 || costMillibits > 1_000_000) {
            throw new ModelException("cost of " + name + " not in [1, 1e6] millibits: " + costMillibits);
        }
    }

    /** The cost in bits. */
    public double bits() {
        return costMillibits / 1000.0;
    }
}
