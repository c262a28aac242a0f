package org.valuegrowth.market;

import io.vavr.collection.Vector;
import java.util.Arrays;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.ModelException;

/**
 * A predictor: a rule giving P(x_t = x | x_0 … x_{t−1}) for every symbol x of a finite alphabet
 * {0, …, m−1}, where the episode index t is the history's length.
 *
 * <p>The cases are data (they can be written in a scenario file) and are validated on
 * construction: every distribution has entries in [0,1] summing to 1 within
 * {@value #SUM_TOLERANCE}. Formulas for each case are in {@code spec/market.md} §2.
 */
public sealed interface Predictor permits Predictor.Iid, Predictor.Markov, Predictor.Periodic,
        Predictor.Laplace, Predictor.Switch, Predictor.WorldBelief {

    /** The tolerance on Σ p = 1 accepted for given distributions. */
    double SUM_TOLERANCE = 1e-9;

    /** The alphabet size m &gt;= 2. */
    int alphabetSize();

    /**
     * P(next = {@code symbol} | {@code history}), in [0,1].
     *
     * @throws ModelException if the history's alphabet differs or the symbol is out of range
     */
    double probability(History history, int symbol);

    /**
     * ln P(next = {@code symbol} | {@code history}), in [−∞, 0] (cached for the array-backed
     * cases, so the market's hot loop needs no logarithm for them).
     */
    default double logProbability(History history, int symbol) {
        return Math.log(probability(history, symbol));
    }

    /**
     * Writes P(next = x | history) for x = 0 … m−1 into {@code out[0..m)} (the hot path: no
     * allocation).
     */
    void probabilities(History history, double[] out);

    /** The next-symbol distribution as a fresh array of length m. */
    default double[] probabilities(History history) {
        double[] out = new double[alphabetSize()];
        probabilities(history, out);
        return out;
    }

    /** Throws unless the history is over this predictor's alphabet. */
    default void requireAlphabetOf(History history) {
        if (history.alphabetSize() != alphabetSize()) {
            throw new ModelException("history alphabet " + history.alphabetSize()
                    + " differs from predictor alphabet " + alphabetSize());
        }
    }

    private static double[] checkedDistribution(String what, double[] p) {
        if (p == null) {
            throw new ModelException(what + " must not be null");
        }
        double[] c = p.clone();
        History.requireAlphabet(c.length);
        Distributions.requireDistribution(what, c, SUM_TOLERANCE);
        return c;
    }

    private static double[] logs(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.log(p[i]);
        }
        return out;
    }

    private static double[] unboxed(String what, Vector<Double> v) {
        if (v == null) {
            throw new ModelException(what + " must not be null");
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            Double d = v.get(i);
            if (d == null) {
                throw new ModelException(what + "[" + i + "] is null");
            }
            out[i] = d;
        }
        return out;
    }

    /** Independent, identically distributed symbols: P(x | h) = dist[x]. */
    final class Iid implements Predictor {
        private final double[] dist;
        private final double[] logDist;

        /** @param dist a probability vector of length m &gt;= 2 (copied) */
        public Iid(double... dist) {
            this.dist = checkedDistribution("Iid dist", dist);
            this.logDist = logs(this.dist);
        }

        /** From a Vavr vector (scenario files). */
        public static Iid of(Vector<Double> dist) {
            return new Iid(unboxed("Iid dist", dist));
        }

        /** The distribution. */
        public Vector<Double> dist() {
            return Vector.ofAll(dist);
        }

        @Override
        public int alphabetSize() {
            return dist.length;
        }

        @Override
        public double probability(History history, int symbol) {
            requireAlphabetOf(history);
            history.requireSymbol(symbol);
            return dist[symbol];
        }

        @Override
        public double logProbability(History history, int symbol) {
            requireAlphabetOf(history);
            history.requireSymbol(symbol);
            return logDist[symbol];
        }

        @Override
        public void probabilities(History history, double[] out) {
            requireAlphabetOf(history);
            System.arraycopy(dist, 0, out, 0, dist.length);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Iid i && Arrays.equals(i.dist, dist);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(dist);
        }

        @Override
        public String toString() {
            return "Iid" + Arrays.toString(dist);
        }
    }

    /**
     * An order-1 Markov chain: P(x | empty) = initial[x], P(x | h) = table[last(h)][x].
     */
    final class Markov implements Predictor {
        private final double[] initial;
        private final double[][] table;
        private final double[] logInitial;
        private final double[][] logTable;

        /**
         * @param initial the distribution of x_0 (length m, copied)
         * @param table m rows, row s the distribution of x_{t+1} given x_t = s (copied)
         */
        public Markov(double[] initial, double[][] table) {
            this.initial = checkedDistribution("Markov initial", initial);
            int m = this.initial.length;
            if (table == null || table.length != m) {
                throw new ModelException("Markov table must have " + m + " rows: "
                        + (table == null ? "null" : table.length));
            }
            this.table = new double[m][];
            for (int s = 0; s < m; s++) {
                this.table[s] = checkedDistribution("Markov table row " + s, table[s]);
                if (this.table[s].length != m) {
                    throw new ModelException("Markov table row " + s + " has length "
                            + this.table[s].length + ", not " + m);
                }
            }
            this.logInitial = logs(this.initial);
            this.logTable = new double[m][];
            for (int s = 0; s < m; s++) {
                this.logTable[s] = logs(this.table[s]);
            }
        }

        /** From Vavr vectors (scenario files). */
        public static Markov of(Vector<Double> initial, Vector<Vector<Double>> table) {
            if (table == null) {
                throw new ModelException("Markov table must not be null");
            }
            double[][] t = new double[table.size()][];
            for (int s = 0; s < t.length; s++) {
                t[s] = unboxed("Markov table row " + s, table.get(s));
            }
            return new Markov(unboxed("Markov initial", initial), t);
        }

        /** The distribution of the first symbol. */
        public Vector<Double> initial() {
            return Vector.ofAll(initial);
        }

        /** The transition table, row s = P(next | last = s). */
        public Vector<Vector<Double>> table() {
            return Vector.of(table).map(Vector::ofAll);
        }

        @Override
        public int alphabetSize() {
            return initial.length;
        }

        @Override
        public double probability(History history, int symbol) {
            requireAlphabetOf(history);
            history.requireSymbol(symbol);
            int last = history.last();
            return last < 0 ? initial[symbol] : table[last][symbol];
        }

        @Override
        public double logProbability(History history, int symbol) {
            requireAlphabetOf(history);
            history.requireSymbol(symbol);
            int last = history.last();
            return last < 0 ? logInitial[symbol] : logTable[last][symbol];
        }

        @Override
        public void probabilities(History history, double[] out) {
            requireAlphabetOf(history);
            int last = history.last();
            System.arraycopy(last < 0 ? initial : table[last], 0, out, 0, initial.length);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Markov k && Arrays.equals(k.initial, initial)
                    && Arrays.deepEquals(k.table, table);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(initial) + Arrays.deepHashCode(table);
        }

        @Override
        public String toString() {
            return "Markov(" + Arrays.toString(initial) + ", " + Arrays.deepToString(table) + ")";
        }
    }

    /**
     * A periodic pattern with noise: P(x | h) = 1 − eps if x = pattern[t mod L], else eps/(m−1),
     * with t = |h| and L = |pattern|.
     *
     * @param alphabetSize m &gt;= 2
     * @param pattern a non-empty sequence of symbols in [0, m)
     * @param eps the noise, in [0,1]
     */
    record Periodic(int alphabetSize, Vector<Integer> pattern, double eps) implements Predictor {
        /** Validates m, the pattern's symbols and eps. */
        public Periodic {
            History.requireAlphabet(alphabetSize);
            if (pattern == null || pattern.isEmpty()) {
                throw new ModelException("Periodic pattern must be non-empty: " + pattern);
            }
            for (Integer s : pattern) {
                if (s == null || s < 0 || s >= alphabetSize) {
                    throw new ModelException("Periodic pattern symbol not in [0, " + alphabetSize + "): " + s);
                }
            }
            ModelException.requireProbability("Periodic eps", eps);
        }

        /** The symbol the pattern predicts at episode t. */
        public int expected(int t) {
            return pattern.get(t % pattern.size());
        }

        @Override
        public double probability(History history, int symbol) {
            requireAlphabetOf(history);
            history.requireSymbol(symbol);
            return symbol == expected(history.length()) ? 1.0 - eps : eps / (alphabetSize - 1);
        }

        @Override
        public void probabilities(History history, double[] out) {
            requireAlphabetOf(history);
            Arrays.fill(out, 0, alphabetSize, eps / (alphabetSize - 1));
            out[expected(history.length())] = 1.0 - eps;
        }
    }

    /**
     * Laplace's (Dirichlet(α,…,α)) rule of succession: P(x | h) = (n_x(h) + α) / (t + m·α).
     *
     * @param alphabetSize m &gt;= 2
     * @param alpha the pseudo-count, finite and &gt; 0 (α = 1: Laplace; α = ½: Krichevsky–Trofimov)
     */
    record Laplace(int alphabetSize, double alpha) implements Predictor {
        /** Validates m and α. */
        public Laplace {
            History.requireAlphabet(alphabetSize);
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new ModelException("Laplace alpha must be finite and > 0: " + alpha);
            }
        }

        @Override
        public double probability(History history, int symbol) {
            requireAlphabetOf(history);
            return (history.count(symbol) + alpha) / (history.length() + alphabetSize * alpha);
        }

        @Override
        public void probabilities(History history, double[] out) {
            requireAlphabetOf(history);
            double z = history.length() + alphabetSize * alpha;
            for (int x = 0; x < alphabetSize; x++) {
                out[x] = (history.count(x) + alpha) / z;
            }
        }
    }

    /**
     * The Grue redefinition: {@code before} at episodes t &lt; k, {@code after} from episode k on.
     * Both see the whole history.
     *
     * @param before the rule for t &lt; k
     * @param after the rule for t &gt;= k, over the same alphabet
     * @param k the switch episode, &gt;= 0 (k = 0 means always {@code after})
     */
    record Switch(Predictor before, Predictor after, int k) implements Predictor {
        /** Validates the parts and k. */
        public Switch {
            if (before == null || after == null) {
                throw new ModelException("Switch parts must not be null: " + before + ", " + after);
            }
            if (before.alphabetSize() != after.alphabetSize()) {
                throw new ModelException("Switch parts have different alphabets: "
                        + before.alphabetSize() + " vs " + after.alphabetSize());
            }
            if (k < 0) {
                throw new ModelException("Switch episode k must be >= 0: " + k);
            }
        }

        /** The part in force at episode t. */
        public Predictor active(int t) {
            return t < k ? before : after;
        }

        @Override
        public int alphabetSize() {
            return before.alphabetSize();
        }

        @Override
        public double probability(History history, int symbol) {
            return active(history.length()).probability(history, symbol);
        }

        @Override
        public double logProbability(History history, int symbol) {
            return active(history.length()).logProbability(history, symbol);
        }

        @Override
        public void probabilities(History history, double[] out) {
            active(history.length()).probabilities(history, out);
        }
    }

    /**
     * A belief over the worlds of a language, the symbols being the worlds' bit patterns:
     * P(x | h) = dist[x] for x in [0, 2^n), whatever the history (a static belief).
     */
    final class WorldBelief implements Predictor {
        /** The most atoms a world alphabet may have (2^16 symbols). */
        public static final int MAX_ATOMS = 16;

        private final Language language;
        /** The same numbers as an i.i.d. predictor: every per-symbol query is delegated to it. */
        private final Iid worlds;

        /**
         * @param language the language, 1 to {@value #MAX_ATOMS} atoms
         * @param dist a probability vector of length 2^n, entry w the probability of world w
         */
        public WorldBelief(Language language, double... dist) {
            if (language == null || language.size() < 1 || language.size() > MAX_ATOMS) {
                throw new ModelException("WorldBelief language must have 1 to " + MAX_ATOMS + " atoms: "
                        + (language == null ? "null" : language.size()));
            }
            this.language = language;
            double[] checked = checkedDistribution("WorldBelief dist", dist);
            if (checked.length != (1 << language.size())) {
                throw new ModelException("WorldBelief dist has length " + checked.length + ", not 2^"
                        + language.size() + " = " + (1 << language.size()));
            }
            this.worlds = new Iid(checked);
        }

        /** From a Vavr vector (scenario files). */
        public static WorldBelief of(Language language, Vector<Double> dist) {
            return new WorldBelief(language, unboxed("WorldBelief dist", dist));
        }

        /** The language whose worlds are the symbols. */
        public Language language() {
            return language;
        }

        /** The distribution over worlds. */
        public Vector<Double> dist() {
            return worlds.dist();
        }

        /** This belief's probability of {@code s}: Σ dist[w] over worlds w with s true. */
        public double price(Sentence s) {
            double p = 0.0;
            for (int w = 0; w < worlds.dist.length; w++) {
                if (s.eval(w)) {
                    p += worlds.dist[w];
                }
            }
            return p;
        }

        @Override
        public int alphabetSize() {
            return worlds.alphabetSize();
        }

        @Override
        public double probability(History history, int symbol) {
            return worlds.probability(history, symbol);
        }

        @Override
        public double logProbability(History history, int symbol) {
            return worlds.logProbability(history, symbol);
        }

        @Override
        public void probabilities(History history, double[] out) {
            worlds.probabilities(history, out);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WorldBelief b && b.language.equals(language) && b.worlds.equals(worlds);
        }

        @Override
        public int hashCode() {
            return 31 * language.hashCode() + worlds.hashCode();
        }

        @Override
        public String toString() {
            return "WorldBelief(" + language.atoms().map(a -> a.name()).mkString(",") + ", "
                    + Arrays.toString(worlds.dist) + ")";
        }
    }
}
