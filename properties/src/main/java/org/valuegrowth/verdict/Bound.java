package org.valuegrowth.verdict;

import io.vavr.collection.LinkedHashMap;
import org.valuegrowth.numeric.ModelException;

/**
 * The exact scope of a bounded search, stated so that "none within bound" can be cited.
 *
 * <p>Example: description "all expressible strategy traders of size ≤ 3 over the constants
 * {0, 1/2, 1}, horizon 12 days", parameters {size: 3, horizon: 12, tolerance: 1e-9}.
 *
 * @param description one sentence naming the searched space, in words
 * @param parameters every number that fixes the space, in a stable order
 */
public record Bound(String description, LinkedHashMap<String, String> parameters) {
    /** Rejects a blank description. */
    public Bound {
        if (description == null || description.isBlank()) {
            throw new ModelException("a bound needs a description");
        }
        if (parameters == null) {
            throw new ModelException("bound parameters must not be null");
        }
    }

    /** A bound with the given description and alternating key/value parameters. */
    public static Bound of(String description, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new ModelException("bound parameters must come in key/value pairs");
        }
        LinkedHashMap<String, String> m = LinkedHashMap.empty();
        for (int i = 0; i < keyValues.length; i += 2) {
            m = m.put(String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
        }
        return new Bound(description, m);
    }
}
