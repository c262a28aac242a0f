package org.valuegrowth.logic;

import org.valuegrowth.numeric.ModelException;

/**
 * A propositional atom with a layer of abstraction: 0 is sensory, higher layers are more abstract.
 *
 * @param name an identifier: a letter or underscore, then letters, digits, '_' or '.'
 * @param layer the abstraction layer, {@code >= 0}
 */
public record Atom(String name, int layer) {
    /** Validates the name and the layer. */
    public Atom {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new ModelException("atom name must be an identifier: " + name);
        }
        if (layer < 0) {
            throw new ModelException("atom layer must be >= 0: " + layer + " for " + name);
        }
        if (name.equals("true") || name.equals("false")) {
            throw new ModelException("atom name is reserved: " + name);
        }
    }
}
