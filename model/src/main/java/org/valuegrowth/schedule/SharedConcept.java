package org.valuegrowth.schedule;

import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * A concept both agents share by name, with the grounding a reflecting human gives it: a sentence over
 * the sensory atoms of the setting.
 *
 * @param name non-blank, unique in the setting
 * @param definition the grounding, a sentence over the sensory atoms
 */
public record SharedConcept(String name, Sentence definition) {
    /** Validates the parts. */
    public SharedConcept {
        if (name == null || name.isBlank() || definition == null) {
            throw new ModelException("a shared concept needs a name and a definition: " + name);
        }
    }
}
