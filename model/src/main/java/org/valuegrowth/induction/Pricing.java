package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * One day's prices, a belief state: a price in [0,1] for each tracked sentence, in the order of
 * the {@link PriceHistory}'s sentences (Garrabrant et al. 2016, §3.2: a pricing S → Q ∩ [0,1];
 * here doubles, which are exact dyadic rationals).
 *
 * @param prices one price per tracked sentence
 */
public record Pricing(Vector<Double> prices) {
    /** Validates every price. */
    public Pricing {
        if (prices == null) {
            throw new ModelException("prices must not be null");
        }
        for (Double p : prices) {
            if (p == null || !(p >= 0.0 && p <= 1.0)) {
                throw new ModelException("price not in [0,1]: " + p);
            }
        }
    }

    /** A pricing from the given prices. */
    public static Pricing of(double... prices) {
        Vector<Double> v = Vector.empty();
        for (double p : prices) {
            v = v.append(p);
        }
        return new Pricing(v);
    }

    /** The same price for {@code n} sentences. */
    public static Pricing constant(int n, double p) {
        return new Pricing(Vector.fill(n, () -> p));
    }

    /** The price of sentence number {@code i}. */
    public double get(int i) {
        return prices.get(i);
    }

    /** The number of prices. */
    public int size() {
        return prices.size();
    }

    /** A fresh array copy of the prices. */
    public double[] toArray() {
        double[] a = new double[prices.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = prices.get(i);
        }
        return a;
    }
}
