package org.valuegrowth.induction;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * A strategy trader: on each day n ≥ {@code startDay} it buys ξ_φ(P_{≤n}) shares of each sentence
 * φ of {@code trades} at today's price P_n(φ) (negative = sells).
 *
 * <p>This is the paper's n-strategy with cash, T_n = Σ_φ ξ_φ·(φ − φ^{*n}) (Garrabrant et al. 2016,
 * §3.4): its value in a world W is W(T_n) = Σ_φ ξ_φ·(W(φ) − P_n(φ)), and the holdings after day n
 * are worth Σ_{i≤n} W(T_i). The same features are used every day; relative price features
 * ({@link Feature.Price} with a lag) make the trade depend on the day.
 *
 * @param name a label
 * @param index the trader's position k ≥ 1 in an enumeration (the firm's prior 2^-(k+b))
 * @param complexity a description length c ≥ 0 in bits (the alternative prior 2^-(c+b))
 * @param startDay the first day it trades, ≥ 1 (before it, the trade is 0)
 * @param trades the feature ξ_φ per traded sentence, in a stable order
 */
public record StrategyTrader(String name, int index, int complexity, int startDay,
                             LinkedHashMap<Sentence, Feature> trades) {
    /** Validates. */
    public StrategyTrader {
        if (name == null || trades == null) {
            throw new ModelException("trader name and trades must not be null");
        }
        if (index < 1) {
            throw new ModelException("trader index must be >= 1: " + index);
        }
        if (complexity < 0) {
            throw new ModelException("trader complexity must be >= 0: " + complexity);
        }
        if (startDay < 1) {
            throw new ModelException("trader start day must be >= 1: " + startDay);
        }
    }

    /** A trader that trades one sentence from day 1, with index 1 and complexity = feature size. */
    public static StrategyTrader single(String name, Sentence s, Feature xi) {
        return new StrategyTrader(name, 1, xi.size(), 1, LinkedHashMap.of(s, xi));
    }

    /** This trader with another index. */
    public StrategyTrader withIndex(int k) {
        return new StrategyTrader(name, k, complexity, startDay, trades);
    }

    /** This trader with another start day. */
    public StrategyTrader withStartDay(int day) {
        return new StrategyTrader(name, index, complexity, day, trades);
    }

    /** The traded sentences and the sentences the features read, in order of first occurrence. */
    public LinkedHashSet<Sentence> sentences() {
        LinkedHashSet<Sentence> s = LinkedHashSet.ofAll(trades.keySet());
        for (Feature f : trades.values()) {
            s = s.addAll(f.sentences());
        }
        return s;
    }

    /** Σ_φ size(ξ_φ): the trader's node count. */
    public int size() {
        return trades.values().map(Feature::size).sum().intValue();
    }

    /** Σ_φ bound(ξ_φ): a bound on the number of shares it trades per day, summed over sentences. */
    public double magnitude() {
        return trades.values().map(Feature::bound).sum().doubleValue();
    }

    /** The shares of the traded sentence number {@code j} bought on {@code day}. */
    public double quantity(int j, PriceSource prices, int day) {
        return day < startDay ? 0.0 : trades.values().get(j).evaluate(prices, day);
    }

    @Override
    public String toString() {
        return name + trades.map(t -> t._1 + ": " + t._2).mkString(" {", "; ", "}")
                + (startDay > 1 ? " from day " + startDay : "");
    }
}
