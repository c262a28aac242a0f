package org.valuegrowth.search;

import io.vavr.control.Option;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.value.Descriptor;

/**
 * What a value solver returns.
 *
 * <p>complete and value present: the value (the canonical optimum); complete and value absent: no
 * subset of the dictionary reaches G within ε; incomplete: a limit was reached, the value (if any)
 * is the best found so far and not known to be optimal.
 *
 * @param value the best descriptor found
 * @param complete whether the search space was exhausted
 * @param statistics what the search did
 */
public record ValueResult(Option<Descriptor> value, boolean complete, SearchStatistics statistics) {
    /** Rejects nulls. */
    public ValueResult {
        if (value == null || statistics == null) {
            throw new ModelException("value result parts must not be null");
        }
    }
}
