package org.valuegrowth.induction;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.valuegrowth.logic.Sentence;

/** Generators of features, traders and price histories for the induction laws. */
final class InductionArbitraries {
    private InductionArbitraries() {
    }

    /** Constants from a small grid of dyadic rationals. */
    static Arbitrary<Feature> constants() {
        return Arbitraries.of(-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0).map(Feature.Constant::new);
    }

    /** Random features over {@code sentences}, nesting at most {@code depth}, lags at most {@code maxLag}. */
    static Arbitrary<Feature> features(Vector<Sentence> sentences, int depth, int maxLag) {
        Arbitrary<Feature> price = Combinators.combine(Arbitraries.of(sentences.asJava()),
                Arbitraries.integers().between(0, maxLag)).as(Feature.Price::new);
        Arbitrary<Feature> leaf = Arbitraries.oneOf(price, price, constants());
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<Feature> sub = Arbitraries.lazy(() -> features(sentences, depth - 1, maxLag));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Feature.Sum::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Feature.Product::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as(Feature.Min::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as(Feature.Max::new)),
                net.jqwik.api.Tuple.of(1, sub.map(Feature.SafeReciprocal::new)));
    }

    /** A trader trading every sentence of {@code sentences} with a random feature. */
    static Arbitrary<StrategyTrader> traders(Vector<Sentence> sentences, int depth, int maxLag) {
        return features(sentences, depth, maxLag).list().ofSize(sentences.size()).map(fs -> {
            LinkedHashMap<Sentence, Feature> m = LinkedHashMap.empty();
            for (int j = 0; j < sentences.size(); j++) {
                m = m.put(sentences.get(j), fs.get(j));
            }
            return new StrategyTrader("t", 1, 0, 1, m);
        });
    }

    /**
     * Traders with per-day strategies: two random maps over {@code sentences}, the first used on
     * days 1..split, the second from split + 1 on (or only the first, on every day), and an end
     * day that may fall inside the horizon.
     */
    static Arbitrary<StrategyTrader> phasedTraders(Vector<Sentence> sentences, int depth, int maxLag, int days) {
        Arbitrary<StrategyTrader> one = traders(sentences, depth, maxLag);
        return Combinators.combine(one, one, Arbitraries.integers().between(0, days), Arbitraries.integers().between(1, days + 1))
                .as((x, y, split, end) -> {
                    Vector<StrategyTrader.Phase> phases = split == 0
                            ? Vector.of(new StrategyTrader.Phase(1, StrategyTrader.NO_END, x.trades()))
                            : Vector.of(new StrategyTrader.Phase(1, split, x.trades()),
                                    new StrategyTrader.Phase(split + 1, StrategyTrader.NO_END, y.trades()));
                    return new StrategyTrader("t", 1, 0, 1, end > days ? StrategyTrader.NO_END : end, phases);
                });
    }

    /** Price histories over {@code sentences} with {@code days} days, prices on a 1/8 grid. */
    static Arbitrary<PriceHistory> histories(Vector<Sentence> sentences, int days) {
        Arbitrary<Pricing> day = Arbitraries.integers().between(0, 8).map(i -> i / 8.0)
                .list().ofSize(sentences.size()).map(l -> new Pricing(Vector.ofAll(l)));
        return day.list().ofSize(days).map(l -> PriceHistory.of(sentences, Vector.ofAll(l)));
    }
}
