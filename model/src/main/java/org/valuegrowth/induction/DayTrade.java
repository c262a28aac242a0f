package org.valuegrowth.induction;

/**
 * A trade for one day as a function of that day's prices: the object a {@link MarketMaker} clears.
 *
 * <p>Quantities are indexed like the tracked sentences of the market. Implementations must be
 * continuous in the prices (the existence of a clearing price rests on it, Garrabrant et al. 2016,
 * Lemma 5.1.1) and must not mutate their arguments; they return fresh arrays.
 */
public interface DayTrade {
    /** The number of tracked sentences. */
    int dimension();

    /** The shares bought of each sentence at the given prices (one per sentence, in [0,1]). */
    double[] quantities(double[] prices);

    /**
     * An enclosure of the quantities over a box of prices: for every price vector inside
     * {@code box}, quantity j lies in the returned interval j.
     */
    Interval[] enclose(Interval[] box);
}
