package org.valuegrowth.schedule;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.ModelException;

/**
 * One trader of the LLM-style agent: a member of a persona, a belief over the sensory worlds (the
 * outcomes its chains of thought produce), a description length, and its own extrapolation rule for
 * each new concept.
 *
 * @param name unique in the setting
 * @param persona the persona (cluster) it belongs to
 * @param bits description length in bits, ≥ 0 (used by the simplicity prior)
 * @param share its initial wealth share in (0,1] (used by the as-given prior); shares are renormalised
 * @param worldBelief a probability vector over the sensory worlds
 * @param rules the extrapolation rule for every new concept, by concept name
 */
public record SettingTrader(String name, String persona, double bits, double share, Vector<Double> worldBelief,
                            LinkedHashMap<String, ExtrapolationRule> rules) {
    /** Validates the parts. */
    public SettingTrader {
        if (name == null || name.isBlank() || persona == null || persona.isBlank() || worldBelief == null || rules == null) {
            throw new ModelException("a setting trader needs a name, a persona, a world belief and rules: " + name);
        }
        if (!(bits >= 0) || Double.isInfinite(bits)) {
            throw new ModelException("trader " + name + ": bits must be finite and >= 0: " + bits);
        }
        if (!(share > 0 && share <= 1)) {
            throw new ModelException("trader " + name + ": share not in (0,1]: " + share);
        }
        Distributions.requireDistribution("world belief of " + name, worldBelief.toJavaStream().mapToDouble(Double::doubleValue).toArray(), 1e-9);
    }

    /** The world belief as a new array. */
    public double[] belief() {
        return worldBelief.toJavaStream().mapToDouble(Double::doubleValue).toArray();
    }
}
