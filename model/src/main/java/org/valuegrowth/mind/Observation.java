package org.valuegrowth.mind;

import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * Sense data at layer 0: "the sentence was observed true" by a sensor of the given reliability.
 *
 * <p>Likelihood: L(x) = ρ if the sentence holds in world x, 1 − ρ otherwise. ρ is kept strictly
 * inside (0,1) so that no world is ever ruled out and the world-models keep full support.
 *
 * @param sentence a sentence over the layer-0 atoms
 * @param reliability ρ in (0,1); ρ &gt; 1/2 is evidence for the sentence
 */
public record Observation(Sentence sentence, double reliability) {
    /** Validates the reliability. */
    public Observation {
        if (sentence == null) {
            throw new ModelException("observation needs a sentence");
        }
        if (!(reliability > 0 && reliability < 1)) {
            throw new ModelException("observation reliability not in (0,1): " + reliability);
        }
    }
}
