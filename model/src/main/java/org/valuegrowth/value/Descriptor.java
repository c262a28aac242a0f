package org.valuegrowth.value;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A value: the chosen update atoms, by name in sorted order, and the description length.
 *
 * @param atoms the names of the chosen atoms, sorted; empty for the identity update
 * @param costMillibits Σ of their costs in thousandths of a bit
 */
public record Descriptor(Vector<String> atoms, long costMillibits) {
    /** Validates sortedness and the cost. */
    public Descriptor {
        if (atoms == null || !atoms.equals(atoms.sorted())) {
            throw new ModelException("descriptor atoms must be sorted by name: " + atoms);
        }
        if (costMillibits < 0) {
            throw new ModelException("descriptor cost must be >= 0: " + costMillibits);
        }
    }

    /** The description length in bits. */
    public double bits() {
        return costMillibits / 1000.0;
    }

    @Override
    public String toString() {
        return atoms.mkString("{", ", ", "}") + " (" + bits() + " bits)";
    }
}
