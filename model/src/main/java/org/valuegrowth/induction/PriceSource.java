package org.valuegrowth.induction;

import org.valuegrowth.logic.Sentence;

/**
 * Read access to prices by sentence and day, the input of {@link Feature#evaluate}.
 *
 * <p>Days are numbered from 1. By convention the price of any sentence on a day before day 1 is
 * 0 (nothing has been traded yet); a day after the last known day is an error.
 */
public interface PriceSource {
    /** The price of {@code s} on {@code day}, in [0,1]; 0 for {@code day < 1}. */
    double price(Sentence s, int day);
}
