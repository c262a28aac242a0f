package org.valuegrowth.market;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * The observations seen so far: a finite sequence x_0 … x_{t−1} of symbols of the alphabet
 * {0, …, m−1}, with the per-symbol counts that the rule of succession needs.
 *
 * <p>Immutable: {@link #append} returns a new history (O(log t) for the sequence, O(m) for the
 * counts). The episode index of the next observation is {@link #length()} = t.
 */
public final class History {
    /** The largest alphabet a history accepts (2^16 symbols: the worlds of 16 atoms). */
    public static final int MAX_ALPHABET = 1 << 16;

    private final int alphabetSize;
    private final Vector<Integer> symbols;
    private final int[] counts;

    private History(int alphabetSize, Vector<Integer> symbols, int[] counts) {
        this.alphabetSize = alphabetSize;
        this.symbols = symbols;
        this.counts = counts;
    }

    /** The empty history over {0, …, m−1}. */
    public static History empty(int alphabetSize) {
        requireAlphabet(alphabetSize);
        return new History(alphabetSize, Vector.empty(), new int[alphabetSize]);
    }

    /** The history consisting of {@code symbols} in order. */
    public static History of(int alphabetSize, int... symbols) {
        History h = empty(alphabetSize);
        for (int s : symbols) {
            h = h.append(s);
        }
        return h;
    }

    /** Throws unless 2 &lt;= m &lt;= {@link #MAX_ALPHABET}. */
    static int requireAlphabet(int m) {
        if (m < 2 || m > MAX_ALPHABET) {
            throw new ModelException("alphabet size must be in [2, " + MAX_ALPHABET + "]: " + m);
        }
        return m;
    }

    /** This history followed by {@code symbol}. */
    public History append(int symbol) {
        requireSymbol(symbol);
        int[] c = counts.clone();
        c[symbol]++;
        return new History(alphabetSize, symbols.append(symbol), c);
    }

    /** Throws unless {@code 0 <= symbol < m}. */
    public void requireSymbol(int symbol) {
        if (symbol < 0 || symbol >= alphabetSize) {
            throw new ModelException("symbol not in alphabet [0, " + alphabetSize + "): " + symbol);
        }
    }

    /** The alphabet size m. */
    public int alphabetSize() {
        return alphabetSize;
    }

    /** The number t of observations, which is also the episode index of the next one. */
    public int length() {
        return symbols.size();
    }

    /** The symbol observed at episode {@code i}, {@code 0 <= i < length()}. */
    public int symbol(int i) {
        if (i < 0 || i >= symbols.size()) {
            throw new ModelException("episode index out of range [0, " + symbols.size() + "): " + i);
        }
        return symbols.get(i);
    }

    /** The last symbol, or −1 for the empty history. */
    public int last() {
        return symbols.isEmpty() ? -1 : symbols.last();
    }

    /** How often {@code symbol} occurs so far. */
    public int count(int symbol) {
        requireSymbol(symbol);
        return counts[symbol];
    }

    /** The symbols in order. */
    public Vector<Integer> symbols() {
        return symbols;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History h && h.alphabetSize == alphabetSize && h.symbols.equals(symbols);
    }

    @Override
    public int hashCode() {
        return 31 * alphabetSize + symbols.hashCode();
    }

    @Override
    public String toString() {
        return "History(m=" + alphabetSize + ", " + symbols.mkString("[", ",", "]") + ")";
    }
}
