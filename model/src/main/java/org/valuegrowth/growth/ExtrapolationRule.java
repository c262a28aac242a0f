package org.valuegrowth.growth;

import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * How one trader extrapolates to a new concept: P_i(concept true | world x).
 *
 * <p>{@link Constant}: a fixed belief p, whatever the world (the concept is not tied to anything
 * the trader knows). {@link Grounded}: the concept is read as a sentence over the trained atoms,
 * P(c | x) = 1 − noise if the sentence holds in x, else noise (the concept is grounded). A trader's
 * belief in the concept is Σ_x p_i(x|h)·P_i(c|x); the market's belief is the wealth-weighted
 * average of these (model.md §3, Extend).
 */
public sealed interface ExtrapolationRule permits ExtrapolationRule.Constant, ExtrapolationRule.Grounded {

    /** P(concept true | world symbol). */
    double probability(int world);

    /** Whether the rule reads worlds (needs a market over the worlds of a language). */
    boolean needsWorlds();

    /** A fixed belief. @param p in [0,1] */
    record Constant(double p) implements ExtrapolationRule {
        /** Validates p. */
        public Constant {
            ModelException.requireProbability("constant extrapolation", p);
        }

        @Override
        public double probability(int world) {
            return p;
        }

        @Override
        public boolean needsWorlds() {
            return false;
        }
    }

    /**
     * The concept as a sentence over trained atoms, with symmetric noise.
     *
     * @param definition the grounding sentence
     * @param noise in [0, 1/2]
     */
    record Grounded(Sentence definition, double noise) implements ExtrapolationRule {
        /** Validates the parts. */
        public Grounded {
            if (definition == null) {
                throw new ModelException("grounded extrapolation needs a definition");
            }
            if (!(noise >= 0 && noise <= 0.5)) {
                throw new ModelException("grounding noise not in [0,1/2]: " + noise);
            }
        }

        @Override
        public double probability(int world) {
            return definition.eval(world) ? 1 - noise : noise;
        }

        @Override
        public boolean needsWorlds() {
            return true;
        }
    }
}
