package org.valuegrowth.induction;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * A strategy trader: on each day n with {@code startDay ≤ n ≤ endDay} it buys ξ_φ(P_{≤n}) shares
 * of each sentence φ of that day's strategy at today's price P_n(φ) (negative = sells).
 *
 * <p>This is the paper's trader, a sequence of n-strategies T_n = Σ_φ ξ_{φ,n}·(φ − φ^{*n})
 * (Garrabrant et al. 2016, §3.4): its value in a world W is W(T_n) = Σ_φ ξ_{φ,n}·(W(φ) − P_n(φ)),
 * and the holdings after day n are worth Σ_{i≤n} W(T_i). The strategy of day n is the map of the
 * {@link Phase} whose day range holds n (phases do not overlap); a day no phase holds, or a day
 * outside [startDay, endDay], trades nothing. The common case, one map on every day, is a single
 * phase over [1, ∞) ({@link #StrategyTrader(String, int, int, int, LinkedHashMap)}).
 *
 * @param name a label
 * @param index the trader's position k ≥ 1 in an enumeration (the firm's prior 2^-(k+b))
 * @param complexity a description length c ≥ 0 in bits (the alternative prior 2^-(c+b))
 * @param startDay the first day it trades, ≥ 1 (before it, the trade is 0)
 * @param endDay the last day it trades, ≥ 1 ({@link #NO_END} for none; below startDay it never trades)
 * @param phases the strategies by day range, sorted by first day, not overlapping, at least one
 */
public record StrategyTrader(String name, int index, int complexity, int startDay, int endDay,
                             Vector<Phase> phases) {
    /** The end day of a trader that never stops. */
    public static final int NO_END = Integer.MAX_VALUE;

    /**
     * One strategy, used on the days {@code from..to}.
     *
     * @param from the first day, ≥ 1
     * @param to the last day, ≥ from ({@link #NO_END} for every later day)
     * @param trades the feature ξ_φ per traded sentence, in a stable order
     */
    public record Phase(int from, int to, LinkedHashMap<Sentence, Feature> trades) {
        /** Validates. */
        public Phase {
            if (trades == null) {
                throw new ModelException("phase trades must not be null");
            }
            if (from < 1 || to < from) {
                throw new ModelException("phase days must satisfy 1 <= from <= to: " + from + ".." + to);
            }
        }

        /** Whether day {@code n} lies in this phase. */
        public boolean holds(int n) {
            return from <= n && n <= to;
        }

        @Override
        public String toString() {
            String days = from == to ? "day " + from : to == NO_END ? "days " + from + "+" : "days " + from + ".." + to;
            return days + trades.map(t -> t._1 + ": " + t._2).mkString(" {", "; ", "}");
        }
    }

    /** Validates. */
    public StrategyTrader {
        if (name == null || phases == null) {
            throw new ModelException("trader name and phases must not be null");
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
        if (endDay < 1) {
            throw new ModelException("trader end day must be >= 1: " + endDay);
        }
        if (phases.isEmpty()) {
            throw new ModelException("trader " + name + " needs at least one phase");
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i) == null) {
                throw new ModelException("phase must not be null");
            }
            if (i > 0 && phases.get(i).from() <= phases.get(i - 1).to()) {
                throw new ModelException("phases of trader " + name + " overlap or are out of order: "
                        + phases.get(i - 1) + " then " + phases.get(i));
            }
        }
    }

    /** A trader with one strategy on every day from {@code startDay} on. */
    public StrategyTrader(String name, int index, int complexity, int startDay, LinkedHashMap<Sentence, Feature> trades) {
        this(name, index, complexity, startDay, NO_END, Vector.of(new Phase(1, NO_END, trades)));
    }

    /** A trader that trades one sentence from day 1, with index 1 and complexity = feature size. */
    public static StrategyTrader single(String name, Sentence s, Feature xi) {
        return new StrategyTrader(name, 1, xi.size(), 1, LinkedHashMap.of(s, xi));
    }

    /** This trader with another index. */
    public StrategyTrader withIndex(int k) {
        return new StrategyTrader(name, k, complexity, startDay, endDay, phases);
    }

    /** This trader with another start day. */
    public StrategyTrader withStartDay(int day) {
        return new StrategyTrader(name, index, complexity, day, endDay, phases);
    }

    /** Whether one strategy applies on every day (a single phase over [1, ∞)). */
    public boolean isStationary() {
        return phases.size() == 1 && phases.get(0).from() == 1 && phases.get(0).to() == NO_END;
    }

    /**
     * The strategy of a stationary trader (the same map on every day it trades).
     *
     * @throws ModelException if the trader has per-day strategies; use {@link #tradesOn(int)}
     */
    public LinkedHashMap<Sentence, Feature> trades() {
        if (!isStationary()) {
            throw new ModelException("trader " + name + " has per-day strategies; ask for tradesOn(day)");
        }
        return phases.get(0).trades();
    }

    /** The strategy of day {@code n}: empty outside [startDay, endDay] and on days no phase holds. */
    public LinkedHashMap<Sentence, Feature> tradesOn(int n) {
        if (n < startDay || n > endDay) {
            return LinkedHashMap.empty();
        }
        for (Phase p : phases) {
            if (p.holds(n)) {
                return p.trades();
            }
        }
        return LinkedHashMap.empty();
    }

    /** Every sentence traded on some day, in order of first occurrence. */
    public LinkedHashSet<Sentence> traded() {
        LinkedHashSet<Sentence> s = LinkedHashSet.empty();
        for (Phase p : phases) {
            s = s.addAll(p.trades().keySet());
        }
        return s;
    }

    /** The traded sentences and the sentences the features read, in order of first occurrence. */
    public LinkedHashSet<Sentence> sentences() {
        LinkedHashSet<Sentence> s = traded();
        for (Phase p : phases) {
            for (Feature f : p.trades().values()) {
                s = s.addAll(f.sentences());
            }
        }
        return s;
    }

    /** Σ over phases of Σ_φ size(ξ_φ): the trader's node count. */
    public int size() {
        return phases.map(p -> p.trades().values().map(Feature::size).sum().intValue()).sum().intValue();
    }

    /** The largest Σ_φ bound(ξ_φ) over the phases: a bound on the shares it trades on any day, summed over sentences. */
    public double magnitude() {
        return phases.map(p -> p.trades().values().map(Feature::bound).sum().doubleValue()).max().getOrElse(0.0);
    }

    /** Σ_φ bound(ξ_φ) for the strategy of day {@code n}: |W(T_n)| never exceeds it (|W(φ) − P(φ)| ≤ 1). */
    public double magnitude(int n) {
        return tradesOn(n).values().map(Feature::bound).sum().doubleValue();
    }

    /**
     * The shares of traded sentence number {@code j} (in the order of {@link #traded()}) bought on
     * {@code day}; 0 on a day whose strategy does not trade it.
     */
    public double quantity(int j, PriceSource prices, int day) {
        Sentence s = traded().toVector().get(j);
        return tradesOn(day).get(s).map(f -> f.evaluate(prices, day)).getOrElse(0.0);
    }

    @Override
    public String toString() {
        String body = isStationary()
                ? phases.get(0).trades().map(t -> t._1 + ": " + t._2).mkString(" {", "; ", "}")
                : phases.mkString(" {", "; ", "}");
        return name + body + (startDay > 1 ? " from day " + startDay : "") + (endDay != NO_END ? " to day " + endDay : "");
    }
}
