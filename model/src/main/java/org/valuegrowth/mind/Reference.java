package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * A pseudo-prediction a layer sends down for one of its self atoms: the goal-model's probability
 * of the atom (the reference of the perceptual control loop) next to the world-model's (the
 * perception). At layer 0 the reference is the action written out to the actuators.
 *
 * @param layer the layer
 * @param atom the self atom's name
 * @param reference P_G(atom)
 * @param perception P_W(atom)
 */
public record Reference(int layer, String atom, double reference, double perception) {
    /** Validates the probabilities. */
    public Reference {
        if (layer < 0 || atom == null) {
            throw new ModelException("reference needs a layer >= 0 and an atom: " + layer + " " + atom);
        }
        ModelException.requireProbability("reference", reference);
        ModelException.requireProbability("perception", perception);
    }

    /** The goal error r − p. */
    public double error() {
        return reference - perception;
    }
}
