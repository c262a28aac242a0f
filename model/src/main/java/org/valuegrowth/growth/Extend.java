package org.valuegrowth.growth;

import org.valuegrowth.numeric.ModelException;

/**
 * Extension to a new concept (claim E10): the concept, with every trader's extrapolation rule, is
 * added to the state; wealth is unchanged, so the market's belief about it is the wealth-weighted
 * extrapolation of the wealth that training produced.
 *
 * @param concept the new concept (its name must be new)
 */
public record Extend(MarketConcept concept) implements MarketStep {
    /** Validates the concept. */
    public Extend {
        if (concept == null) {
            throw new ModelException("extend needs a concept");
        }
    }

    @Override
    public GrowthState apply(GrowthState state) {
        concept.traderBeliefs(state.market());
        return new GrowthState(state.market(), state.concepts().append(concept));
    }

    @Override
    public String label() {
        return "extend(" + concept.name() + ")";
    }
}
