package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import java.util.HashMap;
import java.util.Map;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * A market's price sequence P_1, …, P_N over a fixed, ordered list of tracked sentences
 * (Garrabrant et al. 2016, §3.2: a market is a sequence of pricings).
 *
 * <p>Immutable: {@link #append} returns a new history. Implements {@link PriceSource} with the
 * convention that days before 1 have price 0; asking for a later day than {@link #days()} or an
 * untracked sentence throws.
 */
public final class PriceHistory implements PriceSource {
    private final Vector<Sentence> sentences;
    private final Vector<Pricing> pricings;
    private final Map<Sentence, Integer> index;

    private PriceHistory(Vector<Sentence> sentences, Vector<Pricing> pricings) {
        this.sentences = sentences;
        this.pricings = pricings;
        this.index = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            index.put(sentences.get(i), i);
        }
        if (index.size() != sentences.size()) {
            throw new ModelException("tracked sentences must be distinct: " + sentences.mkString(", "));
        }
        for (Pricing p : pricings) {
            if (p.size() != sentences.size()) {
                throw new ModelException("pricing has " + p.size() + " prices for " + sentences.size() + " sentences");
            }
        }
    }

    /** A history over {@code sentences} with the given days, day 1 first. */
    public static PriceHistory of(Vector<Sentence> sentences, Vector<Pricing> pricings) {
        if (sentences == null || pricings == null) {
            throw new ModelException("sentences and pricings must not be null");
        }
        return new PriceHistory(sentences, pricings);
    }

    /** The empty history over {@code sentences}. */
    public static PriceHistory empty(Vector<Sentence> sentences) {
        return of(sentences, Vector.empty());
    }

    /** The same pricing on each of {@code days} days. */
    public static PriceHistory constant(Vector<Sentence> sentences, Pricing p, int days) {
        return of(sentences, Vector.fill(days, () -> p));
    }

    /** The tracked sentences. */
    public Vector<Sentence> sentences() {
        return sentences;
    }

    /** The pricings, day 1 first. */
    public Vector<Pricing> pricings() {
        return pricings;
    }

    /** The number of days priced. */
    public int days() {
        return pricings.size();
    }

    /** This history with {@code p} as the next day. */
    public PriceHistory append(Pricing p) {
        return new PriceHistory(sentences, pricings.append(p));
    }

    /** The first {@code n} days. */
    public PriceHistory take(int n) {
        return new PriceHistory(sentences, pricings.take(n));
    }

    /** The index of {@code s} among the tracked sentences, or −1. */
    public int indexOf(Sentence s) {
        Integer i = index.get(s);
        return i == null ? -1 : i;
    }

    /** Whether {@code s} is tracked. */
    public boolean tracks(Sentence s) {
        return index.containsKey(s);
    }

    /** The pricing of {@code day} (1-based). */
    public Pricing pricing(int day) {
        if (day < 1 || day > pricings.size()) {
            throw new ModelException("day out of range 1.." + pricings.size() + ": " + day);
        }
        return pricings.get(day - 1);
    }

    @Override
    public double price(Sentence s, int day) {
        if (day < 1) {
            return 0.0;
        }
        int i = indexOf(s);
        if (i < 0) {
            throw new ModelException("sentence not tracked by this history: " + s);
        }
        return pricing(day).get(i);
    }

    /** The price of tracked sentence number {@code i} on {@code day}; 0 before day 1. */
    public double price(int i, int day) {
        return day < 1 ? 0.0 : pricing(day).get(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceHistory h && h.sentences.equals(sentences) && h.pricings.equals(pricings);
    }

    @Override
    public int hashCode() {
        return 31 * sentences.hashCode() + pricings.hashCode();
    }

    @Override
    public String toString() {
        return "PriceHistory" + sentences.mkString("[", ", ", "]") + " over " + pricings.size() + " days";
    }
}
