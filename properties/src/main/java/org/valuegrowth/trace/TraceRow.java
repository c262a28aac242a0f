package org.valuegrowth.trace;

import org.valuegrowth.search.LayerValue;
import io.vavr.collection.Vector;
import org.valuegrowth.mind.Energy;
import org.valuegrowth.numeric.ModelException;

/**
 * The state of a mind after one growth step of a trace (row 0 is the starting mind).
 *
 * @param index 0 for the start, then 1, 2, … per step
 * @param step the step's label ("start" for row 0)
 * @param atoms per layer, the atom names (the marginals' column names)
 * @param worldMarginals per layer, P_W(atom)
 * @param goalMarginals per layer, P_G(atom)
 * @param energy the inconsistency energy
 * @param values per layer, the value's descriptor and bits
 */
public record TraceRow(int index, String step, Vector<Vector<String>> atoms, Vector<Vector<Double>> worldMarginals,
                       Vector<Vector<Double>> goalMarginals, Energy energy, Vector<LayerValue> values) {
    /** Rejects nulls. */
    public TraceRow {
        if (step == null || atoms == null || worldMarginals == null || goalMarginals == null || energy == null
                || values == null) {
            throw new ModelException("trace row parts must not be null at index " + index);
        }
    }

    /** The total value complexity: Σ over layers of the descriptors' bits (layers without a value count 0). */
    public double totalBits() {
        return values.map(v -> v.descriptor().map(d -> d.bits()).getOrElse(0.0)).sum().doubleValue();
    }
}
