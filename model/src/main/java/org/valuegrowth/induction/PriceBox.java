package org.valuegrowth.induction;

import org.valuegrowth.logic.Sentence;

/**
 * Interval read access to prices: every price lies in the returned interval. Used to enclose a
 * feature over a box of candidate prices for today ({@link Feature#enclose}).
 */
public interface PriceBox {
    /** An interval containing the price of {@code s} on {@code day}; [0,0] for {@code day < 1}. */
    Interval price(Sentence s, int day);
}
