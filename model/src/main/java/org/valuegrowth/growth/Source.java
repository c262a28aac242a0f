package org.valuegrowth.growth;

import org.valuegrowth.market.Predictor;
import org.valuegrowth.numeric.ModelException;

/**
 * One author of a corpus: a named text process with a mixture weight.
 *
 * @param name non-blank
 * @param weight &gt; 0 (weights are normalised over the corpus)
 * @param process the process its documents follow
 */
public record Source(String name, double weight, Predictor process) {
    /** Validates the name, weight and process. */
    public Source {
        if (name == null || name.isBlank()) {
            throw new ModelException("source name must be non-blank: '" + name + "'");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new ModelException("source " + name + " weight must be finite and > 0: " + weight);
        }
        if (process == null) {
            throw new ModelException("source " + name + " needs a process");
        }
    }
}
