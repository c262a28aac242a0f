package org.valuegrowth.market;

import org.valuegrowth.numeric.ModelException;

/**
 * A predictor trader: a hypothesis that bets its Kelly fraction on its own predictions, with a
 * description length.
 *
 * @param name a non-blank identifier, unique within a market
 * @param complexityBits the description length c in bits, finite and &gt;= 0 (given, not computed;
 *     {@link GrueTax#grue} computes it for a redefinition)
 * @param predictor its next-symbol rule
 */
public record PredictorTrader(String name, double complexityBits, Predictor predictor) {
    /** Validates the name, c and the predictor. */
    public PredictorTrader {
        if (name == null || name.isBlank()) {
            throw new ModelException("trader name must be non-blank: '" + name + "'");
        }
        ModelException.requireNonNegative("complexity of " + name + " (bits)", complexityBits);
        if (predictor == null) {
            throw new ModelException("predictor of " + name + " must not be null");
        }
    }
}
