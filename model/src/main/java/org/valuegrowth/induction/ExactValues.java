package org.valuegrowth.induction;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact rational evaluation of features, used where double arithmetic would overflow. Prices and
 * constants are doubles, hence dyadic rationals, and +, ×, min, max and 1/max(1, x) map rationals
 * to rationals, so every value is exact.
 */
final class ExactValues {
    private ExactValues() {
    }

    /** A price source read exactly. */
    interface ExactPrices {
        BigFraction price(org.valuegrowth.logic.Sentence s, int day);
    }

    /** The prices of {@code prices}, read exactly. */
    static ExactPrices of(PriceSource prices) {
        return (s, day) -> day < 1 ? BigFraction.ZERO : new BigFraction(prices.price(s, day));
    }

    /** The exact value of {@code f} on {@code day}. */
    static BigFraction evaluate(Feature f, ExactPrices prices, int day) {
        if (f instanceof Feature.Constant c) {
            return new BigFraction(c.value());
        }
        if (f instanceof Feature.Price p) {
            return day - p.lag() < 1 ? BigFraction.ZERO : prices.price(p.sentence(), day - p.lag());
        }
        if (f instanceof Feature.PriceAt p) {
            return p.day() > day ? BigFraction.ZERO : prices.price(p.sentence(), p.day());
        }
        if (f instanceof Feature.Sum s) {
            return evaluate(s.a(), prices, day).add(evaluate(s.b(), prices, day));
        }
        if (f instanceof Feature.Product s) {
            return evaluate(s.a(), prices, day).multiply(evaluate(s.b(), prices, day));
        }
        if (f instanceof Feature.Min s) {
            BigFraction a = evaluate(s.a(), prices, day);
            BigFraction b = evaluate(s.b(), prices, day);
            return a.compareTo(b) <= 0 ? a : b;
        }
        if (f instanceof Feature.Max s) {
            BigFraction a = evaluate(s.a(), prices, day);
            BigFraction b = evaluate(s.b(), prices, day);
            return a.compareTo(b) >= 0 ? a : b;
        }
        Feature.SafeReciprocal r = (Feature.SafeReciprocal) f;
        BigFraction a = evaluate(r.a(), prices, day);
        return a.compareTo(BigFraction.ONE) <= 0 ? BigFraction.ONE : a.reciprocal();
    }

    /** The nearest double (±∞ beyond the double range). */
    static double toDouble(BigFraction x) {
        if (x.getNumerator().signum() == 0) {
            return 0.0;
        }
        return new BigDecimal(x.getNumerator()).divide(new BigDecimal(x.getDenominator()), new MathContext(40)).doubleValue();
    }
}
