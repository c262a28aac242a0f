package org.valuegrowth.search.internal;

import org.valuegrowth.induction.ExploitationCheck;
import org.valuegrowth.verdict.SearchStatistics;

/**
 * Every candidate of a trader space in canonical order, each judged by the plain model, without
 * stopping at the first exploiting one: it gives the first exploiting candidate (the witness of
 * the other engines) and the margin, the largest plausible value reached by a candidate whose
 * plausible value stays &gt; −b on every day.
 */
public final class ExhaustiveEngine {
    private ExhaustiveEngine() {
    }

    /**
     * What the enumeration found.
     *
     * @param first the first exploiting candidate (found = false if none) and the statistics
     * @param bestGain the largest max plausible value among candidates bounded below (−∞ if none)
     * @param bestTradable its traded sentence index (−1 if none)
     * @param bestSymbols its prefix notation
     * @param exhausted whether every candidate was judged
     * @param candidates how many were judged
     */
    public record Result(Outcome first, double bestGain, int bestTradable, int[] bestSymbols, boolean exhausted,
                         long candidates) {
    }

    private static final class State {
        long candidates;
        long maxCandidates;
        long deadline;
        boolean stopped;
        int firstT = -1;
        int[] firstSym;
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestT = -1;
        int[] bestSym = new int[0];
    }

    /** Runs the enumeration within {@code maxCandidates} judged candidates and the deadline (nanoTime). */
    public static Result run(Grammar g, long maxCandidates, long deadlineNanos) {
        long start = System.nanoTime();
        State st = new State();
        st.maxCandidates = maxCandidates;
        st.deadline = deadlineNanos;
        int l = g.space().maxSize();
        int[] sym = new int[l];
        int depth = 0;
        outer:
        for (int size = 1; size <= l; size++) {
            for (int t = 0; t < g.space().tradable().size(); t++) {
                enumerate(g, st, t, sym, 0, size, 1);
                depth = size;
                if (st.stopped) {
                    break outer;
                }
            }
        }
        SearchStatistics stats = new SearchStatistics("exhaustive (every candidate judged)", st.candidates, st.candidates,
                st.candidates - (st.firstT >= 0 ? 1 : 0), 0, depth, System.nanoTime() - start);
        Outcome first = st.firstT >= 0
                ? new Outcome(true, !st.stopped, st.firstT, Outcome.vector(st.firstSym, st.firstSym.length), stats, "")
                : new Outcome(false, !st.stopped, -1, io.vavr.collection.Vector.empty(), stats,
                st.stopped ? "candidate limit " + maxCandidates + " or time limit" : "");
        return new Result(first, st.bestGain, st.bestT, st.bestSym, !st.stopped, st.candidates);
    }

    private static void enumerate(Grammar g, State st, int t, int[] sym, int i, int size, int need) {
        if (st.stopped) {
            return;
        }
        if (i == size) {
            if (st.candidates >= st.maxCandidates || System.nanoTime() > st.deadline) {
                st.stopped = true;
                return;
            }
            st.candidates++;
            ExploitationCheck.Assessment a = g.assess(g.trader(t, sym, size));
            if (a.boundedBelow() && a.max() > st.bestGain) {
                st.bestGain = a.max();
                st.bestT = t;
                st.bestSym = java.util.Arrays.copyOf(sym, size);
            }
            if (a.exploited() && st.firstT < 0) {
                st.firstT = t;
                st.firstSym = java.util.Arrays.copyOf(sym, size);
            }
            return;
        }
        int rest = size - i - 1;
        for (int s = 1; s < g.symbols(); s++) {
            int next = need - 1 + g.arity(s);
            if (next < 0 || next > rest || (next == 0) != (rest == 0)) {
                continue;
            }
            sym[i] = s;
            enumerate(g, st, t, sym, i + 1, size, next);
        }
    }
}
