package org.valuegrowth.mind;

import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * A goal constraint of one layer: "I want P_G(sentence) = target", with a weight in the energy.
 *
 * <p>The wants of a layer are a price vector over sentences in the sense of logical induction: they
 * are coherent iff some distribution over the layer's worlds gives every sentence its target.
 *
 * @param sentence a sentence over the layer's own atoms
 * @param target the wanted probability, in [0,1]
 * @param weight its weight w &gt; 0 in the within-layer energy
 */
public record Want(Sentence sentence, double target, double weight) {
    /** Validates the target and the weight. */
    public Want {
        if (sentence == null) {
            throw new ModelException("want needs a sentence");
        }
        ModelException.requireProbability("want target", target);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new ModelException("want weight must be finite and > 0: " + weight);
        }
    }

    /** A want of weight 1. */
    public static Want of(Sentence sentence, double target) {
        return new Want(sentence, target, 1.0);
    }
}
