package org.valuegrowth.search;

import io.vavr.collection.Vector;
import org.valuegrowth.induction.PriceHistory;
import org.valuegrowth.induction.Pricing;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.ModelException;

/**
 * Price sequences of deliberately weak markets: the planted-fault twins of the exploitation search
 * (a search that cannot find a trader exploiting these is vacuous).
 */
public final class PlantedMarkets {
    private PlantedMarkets() {
    }

    /** The same price {@code p} for every sentence on every one of {@code days} days. */
    public static PriceHistory constant(Vector<Sentence> sentences, double p, int days) {
        return PriceHistory.constant(sentences, Pricing.constant(sentences.size(), p), days);
    }

    /**
     * A Kelly market's prices: on day n the price of each sentence is {@link KellyMarket#price} after
     * the first n−1 observations, then the market observes {@code observations[n−1]} (a world, as a
     * symbol of a market over the worlds of a language).
     */
    public static PriceHistory kelly(KellyMarket market, Vector<Sentence> sentences, Vector<Integer> observations) {
        if (observations.isEmpty()) {
            throw new ModelException("a Kelly price history needs at least one observation");
        }
        Vector<Pricing> days = Vector.empty();
        KellyMarket m = market;
        for (int x : observations) {
            KellyMarket now = m;
            days = days.append(new Pricing(sentences.map(now::price)));
            m = m.step(x);
        }
        return PriceHistory.of(sentences, days);
    }
}
