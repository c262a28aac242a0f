package org.valuegrowth.search;

import io.vavr.control.Option;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.value.Descriptor;

/**
 * The value of one layer of a mind: value(W_ℓ, G_ℓ) over the layer's literal dictionary.
 *
 * @param layer the layer
 * @param descriptor the value, when one was found
 * @param status "value", "no descriptor within the dictionary", "unreachable: …", "limit reached" or
 *     "not computed: …" (dictionary larger than 62 atoms)
 * @param statistics the exact solver's statistics (absent when the problem was unreachable)
 */
public record LayerValue(int layer, Option<Descriptor> descriptor, String status, Option<SearchStatistics> statistics) {
    /** Validates the parts. */
    public LayerValue {
        if (layer < 0 || descriptor == null || status == null || statistics == null) {
            throw new ModelException("layer value parts must not be null; layer " + layer);
        }
    }
}
