package org.valuegrowth.market;

import org.valuegrowth.numeric.ModelException;

/**
 * A predictor trader: a hypothesis that bets its Kelly fraction on its own predictions, with a
 * description length.
 *
 * @param name a non-blank identifier, unique within a market
 * @param complexityBits the description length c in bits, in [0, {@value #MAX_BITS}] (given, not
 *     computed; {@link GrueTax#grue} computes it for a redefinition)
 * @param predictor its next-symbol rule
 */
public record PredictorTrader(String name, double complexityBits, Predictor predictor) {
    /** The largest description length, 2^61 bits: wealth 2^-c keeps an exact 64-bit binary exponent. */
    public static final double MAX_BITS = 0x1p61;

    /** Validates the name, c and the predictor. */
    public PredictorTrader {
        if (name == null || name.isBlank()) {
            throw new ModelException("trader name must be non-blank: '" + name + "'");
        }
        ModelException.requireNonNegative("complexity of " + name + " (bits)", complexityBits);
        if (complexityBits > MAX_BITS) {
            throw new ModelException("complexity of " + name + " must be at most 2^61 bits: " + complexityBits);
        }
        if (predictor == null) {
            throw new ModelException("predictor of " + name + " must not be null");
        }
    }
}
