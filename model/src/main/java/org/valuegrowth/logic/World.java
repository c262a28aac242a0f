package org.valuegrowth.logic;

import org.valuegrowth.numeric.ModelException;

/**
 * A world: a truth assignment to the atoms of a language, bit i being atom i.
 *
 * @param bits the assignment; bits at or above {@code size} are zero
 * @param size the number of atoms of the language
 */
public record World(long bits, int size) {
    /** Validates the size and that no bit beyond it is set. */
    public World {
        if (size < 0 || size > Language.MAX_ATOMS) {
            throw new ModelException("world size out of range: " + size);
        }
        if ((bits >>> size) != 0) {
            throw new ModelException("world has bits beyond its " + size + " atoms: " + Long.toBinaryString(bits));
        }
    }

    /** The truth value of atom {@code i}. */
    public boolean get(int i) {
        if (i < 0 || i >= size) {
            throw new ModelException("atom index out of range: " + i);
        }
        return ((bits >>> i) & 1L) == 1L;
    }

    /** The value 1 or 0 of {@code s} in this world, the world's assessment W(s). */
    public int value(Sentence s) {
        return s.eval(bits) ? 1 : 0;
    }

    /** This world with atom {@code i} set to {@code v}. */
    public World with(int i, boolean v) {
        get(i);
        return new World(v ? bits | (1L << i) : bits & ~(1L << i), size);
    }
}
