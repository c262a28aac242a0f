package org.valuegrowth.verdict;

import io.vavr.collection.LinkedHashMap;
import org.valuegrowth.numeric.ModelException;

/**
 * The exact scope of a bounded search, stated so that "none within bound" can be cited and the
 * search rebuilt: the class of instances (settings) quantified over, the space searched for each,
 * and every constant.
 *
 * <p>Example: instance class "markets of 2-4 traders with world beliefs on the 1/4 grid",
 * description "all expressible strategy traders of size ≤ 3 over the constants {0, 1/2, 1},
 * horizon 12 days", parameters {size: 3, horizon: 12, tolerance: 1e-9}.
 *
 * @param instanceClass the class of settings the statement quantifies over, in words
 *     ({@link #SINGLE_INSTANCE} when the search covers one fixed instance, stated in the parameters)
 * @param description one sentence naming the searched space, in words
 * @param parameters every number that fixes the class and the space, in a stable order
 */
public record Bound(String instanceClass, String description, LinkedHashMap<String, String> parameters) {
    /** The instance class of a search over one fixed instance (a worked example, not a class). */
    public static final String SINGLE_INSTANCE = "one fixed instance (its constants are in the parameters)";

    /** Rejects a blank description or class. */
    public Bound {
        if (instanceClass == null || instanceClass.isBlank()) {
            throw new ModelException("a bound needs an instance class");
        }
        if (description == null || description.isBlank()) {
            throw new ModelException("a bound needs a description");
        }
        if (parameters == null) {
            throw new ModelException("bound parameters must not be null");
        }
    }

    /** A bound over one fixed instance, with the given description and alternating key/value parameters. */
    public static Bound of(String description, Object... keyValues) {
        return ofClass(SINGLE_INSTANCE, description, keyValues);
    }

    /** A bound over an instance class, with the given description and alternating key/value parameters. */
    public static Bound ofClass(String instanceClass, String description, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new ModelException("bound parameters must come in key/value pairs");
        }
        LinkedHashMap<String, String> m = LinkedHashMap.empty();
        for (int i = 0; i < keyValues.length; i += 2) {
            m = m.put(String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
        }
        return new Bound(instanceClass, description, m);
    }

    /** This bound with another instance class. */
    public Bound withInstanceClass(String cls) {
        return new Bound(cls, description, parameters);
    }

    /** This bound with one more parameter (replacing one of the same name). */
    public Bound with(String key, Object value) {
        return new Bound(instanceClass, description, parameters.put(key, String.valueOf(value)));
    }

    /** Whether the search covered one fixed instance only. */
    public boolean isSingleInstance() {
        return SINGLE_INSTANCE.equals(instanceClass);
    }
}
