package org.valuegrowth.search.internal;

import io.vavr.collection.Vector;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.search.Limits;

/**
 * Plain enumeration of a trader space in its canonical order (size, traded sentence, prefix
 * notation in symbol order), each candidate judged by the plain model; no pruning.
 */
public final class BruteForceEngine {
    private final Grammar g;
    private final Limits limits;
    private long candidates;
    private long start;
    private String limit = "";

    /** An engine over {@code g} with {@code limits}. */
    public BruteForceEngine(Grammar g, Limits limits) {
        this.g = g;
        this.limits = limits;
    }

    /** Runs the enumeration. */
    public Outcome run() {
        start = System.nanoTime();
        int l = g.space().maxSize();
        int[] sym = new int[l];
        for (int size = 1; size <= l; size++) {
            for (int t = 0; t < g.space().tradable().size(); t++) {
                int r = enumerate(t, sym, 0, size, 1);
                if (r > 0) {
                    return new Outcome(true, false, t, Outcome.vector(sym, size), stats(size), "");
                }
                if (r < 0) {
                    return new Outcome(false, false, -1, Vector.empty(), stats(size), limit);
                }
            }
        }
        return new Outcome(false, true, -1, Vector.empty(), stats(l), "");
    }

    /** 1 = found (sym holds it), 0 = none in this subtree, −1 = a limit was hit. */
    private int enumerate(int t, int[] sym, int i, int size, int need) {
        if (i == size) {
            if (limits.maxCandidates() > 0 && candidates >= limits.maxCandidates()) {
                limit = "candidate limit " + limits.maxCandidates();
                return -1;
            }
            if (limits.timeMillis() > 0 && System.nanoTime() - start > limits.timeMillis() * 1_000_000L) {
                limit = "time limit " + limits.timeMillis() + " ms";
                return -1;
            }
            candidates++;
            return g.exploits(t, sym, size) ? 1 : 0;
        }
        int rest = size - i - 1;
        for (int s = 1; s < g.symbols(); s++) {
            int next = need - 1 + g.arity(s);
            if (next < 0 || next > rest || (next == 0) != (rest == 0)) {
                continue;
            }
            sym[i] = s;
            int r = enumerate(t, sym, i + 1, size, next);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }

    private SearchStatistics stats(int depth) {
        return new SearchStatistics("brute force", candidates, candidates, candidates, 0, depth,
                System.nanoTime() - start);
    }
}
