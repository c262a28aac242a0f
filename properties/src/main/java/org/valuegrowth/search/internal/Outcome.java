package org.valuegrowth.search.internal;

import io.vavr.collection.Vector;
import org.valuegrowth.verdict.SearchStatistics;

/**
 * What an engine returned before the verdict is formed: the first exploiting candidate in the
 * space's order (if any), whether the space was exhausted, and the statistics.
 *
 * @param found whether an exploiting candidate was found
 * @param exhausted whether the whole space was searched without hitting a limit
 * @param tradable the candidate's traded sentence index (−1 if none)
 * @param symbols the candidate's prefix notation (empty if none)
 * @param statistics the engine's counts
 * @param limit which limit stopped the search ("" if none)
 */
public record Outcome(boolean found, boolean exhausted, int tradable, Vector<Integer> symbols,
                      SearchStatistics statistics, String limit) {

    /** The symbols as a fresh array. */
    public int[] symbolArray() {
        int[] a = new int[symbols.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = symbols.get(i);
        }
        return a;
    }

    static Vector<Integer> vector(int[] sym, int len) {
        Vector<Integer> v = Vector.empty();
        for (int i = 0; i < len; i++) {
            v = v.append(sym[i]);
        }
        return v;
    }
}
