package org.valuegrowth.induction;

import io.vavr.collection.LinkedHashSet;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * An expressible feature: a continuous real function of the price history, built from prices,
 * constants, sums, products, minima, maxima and the safe reciprocal 1/max(1, x).
 *
 * <p>Garrabrant et al. 2016 (arXiv:1609.03543), §3.4: the expressible features are the closure of
 * the price features φ^{*i} and rational constants under +, ×, max and 1/max(1, ·). Minimum is
 * included here as min(x, y) = −max(−x, −y). There is deliberately no indicator or comparison:
 * continuity is what makes a market-clearing price exist (Brouwer, paper §5.1).
 *
 * <p>Arithmetic: IEEE doubles, where an overflow gives ±∞ and ±∞ stands for "beyond the double
 * range": 0 times anything is 0, the safe reciprocal of +∞ is 0, min and max compare as usual. The
 * one undetermined case, +∞ + −∞, is recomputed exactly in rational arithmetic (prices and
 * constants are dyadic rationals) and rounded. So {@link #evaluate} never returns NaN, and if
 * {@link #bound()} is finite the value is finite and at most the bound.
 *
 * <p>A feature is data: it prints in a readable syntax ({@code p(a)}, {@code p(a,-1)},
 * {@code p(a@3)}, {@code 0.5}, {@code (x + y)}, {@code (x * y)}, {@code min(x, y)},
 * {@code max(x, y)}, {@code rcp(x)}) and has a node count {@link #size()} that bounds searches.
 */
public sealed interface Feature permits Feature.Price, Feature.PriceAt, Feature.Constant, Feature.Sum,
        Feature.Product, Feature.Min, Feature.Max, Feature.SafeReciprocal {

    /** The value on day {@code day}, reading prices from {@code prices}. */
    double evaluate(PriceSource prices, int day);

    /** An interval that contains the value for every price inside {@code box}. */
    Interval enclose(PriceBox box, int day);

    /** An absolute bound: |value| ≤ bound() on every day for every price history in [0,1]. */
    double bound();

    /** The number of nodes. */
    int size();

    /** The sentences whose prices the feature reads, in order of first occurrence. */
    LinkedHashSet<Sentence> sentences();

    /**
     * The price of a sentence {@code lag} days before the evaluation day (lag 0 = today).
     *
     * @param sentence the sentence
     * @param lag days back, {@code >= 0}
     */
    record Price(Sentence sentence, int lag) implements Feature {
        /** Validates. */
        public Price {
            if (sentence == null) {
                throw new ModelException("price feature needs a sentence");
            }
            if (lag < 0) {
                throw new ModelException("price lag must be >= 0: " + lag);
            }
        }

        @Override
        public double evaluate(PriceSource prices, int day) {
            return prices.price(sentence, day - lag);
        }

        @Override
        public Interval enclose(PriceBox box, int day) {
            return box.price(sentence, day - lag);
        }

        @Override
        public double bound() {
            return 1.0;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return LinkedHashSet.of(sentence);
        }

        @Override
        public String toString() {
            return lag == 0 ? "p(" + sentence + ")" : "p(" + sentence + ",-" + lag + ")";
        }
    }

    /**
     * The price of a sentence on a fixed day; 0 while that day has not come (so the feature is
     * defined, and continuous in the prices, on every day).
     *
     * @param sentence the sentence
     * @param day the absolute day, {@code >= 1}
     */
    record PriceAt(Sentence sentence, int day) implements Feature {
        /** Validates. */
        public PriceAt {
            if (sentence == null) {
                throw new ModelException("price feature needs a sentence");
            }
            if (day < 1) {
                throw new ModelException("absolute price day must be >= 1: " + day);
            }
        }

        @Override
        public double evaluate(PriceSource prices, int today) {
            return day > today ? 0.0 : prices.price(sentence, day);
        }

        @Override
        public Interval enclose(PriceBox box, int today) {
            return day > today ? Interval.point(0.0) : box.price(sentence, day);
        }

        @Override
        public double bound() {
            return 1.0;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return LinkedHashSet.of(sentence);
        }

        @Override
        public String toString() {
            return "p(" + sentence + "@" + day + ")";
        }
    }

    /**
     * A constant.
     *
     * @param value a finite real
     */
    record Constant(double value) implements Feature {
        /** Rejects non-finite values; −0 becomes 0 (so that printing and parsing round-trip). */
        public Constant {
            ModelException.requireFinite("feature constant", value);
            value = value + 0.0;
        }

        @Override
        public double evaluate(PriceSource prices, int day) {
            return value;
        }

        @Override
        public Interval enclose(PriceBox box, int day) {
            return Interval.point(value);
        }

        @Override
        public double bound() {
            return Math.abs(value);
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return LinkedHashSet.empty();
        }

        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** The sum a + b. */
    record Sum(Feature a, Feature b) implements Feature {
        /** Rejects nulls. */
        public Sum {
            requireChildren(a, b);
        }

        @Override
        public double evaluate(PriceSource prices, int day) {
            double r = a.evaluate(prices, day) + b.evaluate(prices, day);
            // +∞ + −∞: both terms overflowed, so doubles cannot tell the sum; compute it exactly.
            return Double.isNaN(r) ? ExactValues.toDouble(ExactValues.evaluate(this, ExactValues.of(prices), day)) : r;
        }

        @Override
        public Interval enclose(PriceBox box, int day) {
            return a.enclose(box, day).plus(b.enclose(box, day));
        }

        @Override
        public double bound() {
            return a.bound() + b.bound();
        }

        @Override
        public int size() {
            return 1 + a.size() + b.size();
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return a.sentences().addAll(b.sentences());
        }

        @Override
        public String toString() {
            return "(" + a + " + " + b + ")";
        }
    }

    /** The product a · b. */
    record Product(Feature a, Feature b) implements Feature {
        /** Rejects nulls. */
        public Product {
            requireChildren(a, b);
        }

        @Override
        public double evaluate(PriceSource prices, int day) {
            double x = a.evaluate(prices, day);
            // 0 times anything is 0, also times an overflowed (infinite) factor.
            if (x == 0) {
                return 0.0;
            }
            double y = b.evaluate(prices, day);
            return y == 0 ? 0.0 : x * y;
        }

        @Override
        public Interval enclose(PriceBox box, int day) {
            return a.enclose(box, day).times(b.enclose(box, day));
        }

        @Override
        public double bound() {
            return a.bound() * b.bound();
        }

        @Override
        public int size() {
            return 1 + a.size() + b.size();
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return a.sentences().addAll(b.sentences());
        }

        @Override
        public String toString() {
            return "(" + a + " * " + b + ")";
        }
    }

    /** The minimum min(a, b). */
    record Min(Feature a, Feature b) implements Feature {
        /** Rejects nulls. */
        public Min {
            requireChildren(a, b);
        }

        @Override
        public double evaluate(PriceSource prices, int day) {
            return Math.min(a.evaluate(prices, day), b.evaluate(prices, day));
        }

        @Override
        public Interval enclose(PriceBox box, int day) {
            return a.enclose(box, day).min(b.enclose(box, day));
        }

        @Override
        public double bound() {
            return Math.max(a.bound(), b.bound());
        }

        @Override
        public int size() {
            return 1 + a.size() + b.size();
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return a.sentences().addAll(b.sentences());
        }

        @Override
        public String toString() {
            return "min(" + a + ", " + b + ")";
        }
    }

    /** The maximum max(a, b). */
    record Max(Feature a, Feature b) implements Feature {
        /** Rejects nulls. */
        public Max {
            requireChildren(a, b);
        }

        @Override
        public double evaluate(PriceSource prices, int day) {
            return Math.max(a.evaluate(prices, day), b.evaluate(prices, day));
        }

        @Override
        public Interval enclose(PriceBox box, int day) {
            return a.enclose(box, day).max(b.enclose(box, day));
        }

        @Override
        public double bound() {
            return Math.max(a.bound(), b.bound());
        }

        @Override
        public int size() {
            return 1 + a.size() + b.size();
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return a.sentences().addAll(b.sentences());
        }

        @Override
        public String toString() {
            return "max(" + a + ", " + b + ")";
        }
    }

    /** The safe reciprocal 1/max(1, a), continuous and in (0, 1]. */
    record SafeReciprocal(Feature a) implements Feature {
        /** Rejects null. */
        public SafeReciprocal {
            requireChildren(a, a);
        }

        @Override
        public double evaluate(PriceSource prices, int day) {
            return 1.0 / Math.max(1.0, a.evaluate(prices, day));
        }

        @Override
        public Interval enclose(PriceBox box, int day) {
            return a.enclose(box, day).safeReciprocal();
        }

        @Override
        public double bound() {
            return 1.0;
        }

        @Override
        public int size() {
            return 1 + a.size();
        }

        @Override
        public LinkedHashSet<Sentence> sentences() {
            return a.sentences();
        }

        @Override
        public String toString() {
            return "rcp(" + a + ")";
        }
    }

    /** The price of {@code s} today. */
    static Feature price(Sentence s) {
        return new Price(s, 0);
    }

    /** A constant. */
    static Feature constant(double c) {
        return new Constant(c);
    }

    /** a + b. */
    static Feature sum(Feature a, Feature b) {
        return new Sum(a, b);
    }

    /** a · b. */
    static Feature product(Feature a, Feature b) {
        return new Product(a, b);
    }

    private static void requireChildren(Feature a, Feature b) {
        if (a == null || b == null) {
            throw new ModelException("feature children must not be null");
        }
    }
}
