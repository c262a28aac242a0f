package org.valuegrowth.growth;

import io.vavr.collection.Vector;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.ModelException;

/**
 * The state an LLM-style growth step acts on: the Kelly market and the new concepts added so far.
 *
 * @param market the inductor market
 * @param concepts the concepts added by {@link Extend}, distinct names
 */
public record GrowthState(KellyMarket market, Vector<MarketConcept> concepts) {
    /** Validates the parts. */
    public GrowthState {
        if (market == null || concepts == null) {
            throw new ModelException("growth state needs a market and a concept list");
        }
        if (concepts.map(MarketConcept::name).distinct().size() != concepts.size()) {
            throw new ModelException("duplicate concept names: " + concepts.map(MarketConcept::name).mkString(","));
        }
    }

    /** A state with no concepts. */
    public static GrowthState of(KellyMarket market) {
        return new GrowthState(market, Vector.empty());
    }

    /** The same concepts with another market. */
    public GrowthState withMarket(KellyMarket next) {
        return new GrowthState(next, concepts);
    }

    /** The named concept. */
    public MarketConcept concept(String name) {
        return concepts.find(c -> c.name().equals(name))
                .getOrElseThrow(() -> new ModelException("no concept named " + name));
    }
}
