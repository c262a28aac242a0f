package org.valuegrowth.market;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.valuegrowth.logic.Language;

/** Generators of predictors, traders, priors and markets for the market laws. */
final class MarketArbitraries {
    private MarketArbitraries() {
    }

    /** Probability vectors of length m; about one entry in five is exactly 0, never all. */
    static Arbitrary<double[]> distributions(int m) {
        Arbitrary<Double> weight = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(0.01, 1.0)));
        return weight.list().ofSize(m).map(ws -> {
            double[] p = new double[m];
            double s = 0.0;
            for (int i = 0; i < m; i++) {
                p[i] = ws.get(i);
                s += p[i];
            }
            if (s == 0.0) {
                java.util.Arrays.fill(p, 1.0 / m);
                return p;
            }
            for (int i = 0; i < m; i++) {
                p[i] /= s;
            }
            return p;
        });
    }

    /** Strictly positive probability vectors of length m. */
    static Arbitrary<double[]> positiveDistributions(int m) {
        return Arbitraries.doubles().between(0.05, 1.0).list().ofSize(m).map(ws -> {
            double[] p = new double[m];
            double s = ws.stream().mapToDouble(Double::doubleValue).sum();
            for (int i = 0; i < m; i++) {
                p[i] = ws.get(i) / s;
            }
            return p;
        });
    }

    static Arbitrary<Predictor> iid(int m) {
        return distributions(m).map(Predictor.Iid::new);
    }

    static Arbitrary<Predictor> markov(int m) {
        return Combinators.combine(distributions(m), distributions(m).array(double[][].class).ofSize(m))
                .as(Predictor.Markov::new);
    }

    static Arbitrary<Predictor> periodic(int m) {
        return Combinators.combine(
                Arbitraries.integers().between(0, m - 1).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.oneOf(Arbitraries.of(0.0, 1.0), Arbitraries.doubles().between(0.0, 1.0)))
                .as((pattern, eps) -> new Predictor.Periodic(m, Vector.ofAll(pattern), eps));
    }

    static Arbitrary<Predictor> laplace(int m) {
        return Arbitraries.doubles().between(0.1, 3.0).map(a -> new Predictor.Laplace(m, a));
    }

    /** Every non-world case, with Switch over the others (one level deep). */
    static Arbitrary<Predictor> predictors(int m) {
        Arbitrary<Predictor> simple = Arbitraries.oneOf(List.of(iid(m), markov(m), periodic(m), laplace(m)));
        Arbitrary<Predictor> sw = Combinators.combine(simple, simple, Arbitraries.integers().between(0, 6))
                .as(Predictor.Switch::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, simple), net.jqwik.api.Tuple.of(1, sw));
    }

    /** Exchangeable predictors (their prediction depends on the counts only): Iid and Laplace. */
    static Arbitrary<Predictor> exchangeable(int m) {
        return Arbitraries.oneOf(List.of(iid(m), laplace(m)));
    }

    /** Complexities in bits: mostly small, sometimes in the thousands, sometimes anywhere up to 10^16. */
    static Arbitrary<Double> complexities() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.doubles().between(0.0, 30.0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(1000.0, 5000.0)),
                net.jqwik.api.Tuple.of(1, logUniformBits()));
    }

    /** Doubles log-uniform over [lo, hi] (0 &lt; lo &lt; hi), with 12 decimals of the uniform draw. */
    static Arbitrary<Double> logUniform(double lo, double hi) {
        double a = Math.log(lo);
        double b = Math.log(hi);
        return Arbitraries.doubles().between(0.0, 1.0).ofScale(12)
                .map(u -> Math.max(lo, Math.min(hi, Math.exp(a + u * (b - a)))));
    }

    /** The largest description length the model promises to handle (spec/market.md §4). */
    static final double MAX_PROMISED_BITS = 1e16;

    /**
     * Description lengths drawn log-uniformly over [2^-10, 10^16] bits, with the edge cases 0, 1,
     * 1100 (past double underflow), 5000, 2^52, 2^53, 2^53 + 2 (the first doubles that are not
     * every integer) and 10^16 ± 2.
     */
    static Arbitrary<Double> logUniformBits() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, logUniform(0x1p-10, MAX_PROMISED_BITS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, 1.0, 1100.0, 5000.0, 0x1p52, 0x1p53, 0x1p53 + 2,
                        MAX_PROMISED_BITS - 2, MAX_PROMISED_BITS)));
    }

    /** 1 to {@code max} traders named t0, t1, … over predictors from {@code predictors}. */
    static Arbitrary<Vector<PredictorTrader>> traders(Arbitrary<Predictor> predictors, int max) {
        return Combinators.combine(predictors, complexities()).as((p, c) -> new Object[] {p, c})
                .list().ofMinSize(1).ofMaxSize(max).map(list -> {
                    List<PredictorTrader> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        out.add(new PredictorTrader("t" + i, (Double) list.get(i)[1], (Predictor) list.get(i)[0]));
                    }
                    return Vector.ofAll(out);
                });
    }

    /** A prior for n traders: each of the four cases. */
    static Arbitrary<Prior> priors(int n) {
        Arbitrary<Double> logW = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(-60.0, 5.0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NEGATIVE_INFINITY)));
        Arbitrary<Prior> explicit = logW.list().ofSize(n)
                .filter(l -> l.stream().anyMatch(Double::isFinite))
                .map(l -> new Prior.Explicit(Vector.ofAll(l)));
        return Arbitraries.oneOf(List.of(
                Arbitraries.just(new Prior.Simplicity()),
                Arbitraries.doubles().between(0.0, 5.0).map(Prior.Enumeration::new),
                Arbitraries.just(new Prior.Uniform()),
                explicit));
    }

    /** A market over m symbols with up to {@code max} traders of any case and any prior. */
    static Arbitrary<KellyMarket> markets(int m, int max) {
        return traders(predictors(m), max).flatMap(ts -> priors(ts.size()).map(p -> KellyMarket.of(ts, p, m)));
    }

    /** Markets over 2..4 symbols. */
    static Arbitrary<KellyMarket> markets() {
        return Arbitraries.integers().between(2, 4).flatMap(m -> markets(m, 6));
    }

    /** A market whose symbols are the worlds of a language of n atoms a0 … a(n−1). */
    static Arbitrary<KellyMarket> worldMarkets(Language language) {
        int m = 1 << language.size();
        Arbitrary<Predictor> beliefs = Arbitraries.oneOf(List.of(
                distributions(m).map(d -> new Predictor.WorldBelief(language, d)),
                laplace(m), markov(m)));
        return traders(beliefs, 4).flatMap(ts -> priors(ts.size()).map(p -> KellyMarket.overWorlds(language, ts, p)));
    }

    /** Raw choices r_t; {@link #drive} turns them into observable symbols. */
    static Arbitrary<int[]> choices(int maxLength) {
        return Arbitraries.integers().between(0, 1000).array(int[].class).ofMaxSize(maxLength);
    }

    /**
     * The symbols obtained by stepping {@code market} on choices: at step t the symbol is the
     * (r_t mod |S|)-th of the symbols S with positive market price (ln q &gt; −∞, which includes
     * prices that underflow a double), so no step is impossible.
     */
    static int[] drive(KellyMarket market, int[] choices) {
        int[] out = new int[choices.length];
        KellyMarket k = market;
        for (int t = 0; t < choices.length; t++) {
            // ln q, not q: a symbol only a 1100-bit trader predicts has q < 2^-1074 but can be observed.
            List<Integer> positive = new ArrayList<>();
            for (int x = 0; x < k.alphabetSize(); x++) {
                if (k.logPredictive(x) > Double.NEGATIVE_INFINITY) {
                    positive.add(x);
                }
            }
            out[t] = positive.get(choices[t] % positive.size());
            k = k.step(out[t]);
        }
        return out;
    }
}
