package org.valuegrowth.verdict;

import java.util.function.Function;
import org.valuegrowth.numeric.ModelException;

/**
 * The three-valued outcome of a bounded search, worded as bounded checkers word it.
 *
 * <ul>
 *   <li>{@link Found}: COUNTEREXAMPLE FOUND (for a universal statement) or WITNESS FOUND (for an
 *       existential one), with the minimised witness, replayed outside the solver;</li>
 *   <li>{@link NoneWithinBound}: the search space of {@link #bound()} was exhausted; never worded
 *       as a bare "proved";</li>
 *   <li>{@link Inconclusive}: a limit was reached before the space was exhausted.</li>
 * </ul>
 * A verdict is only ever produced by a search; nothing in the code or the tests writes one down.
 */
public sealed interface Verdict permits Verdict.Found, Verdict.NoneWithinBound, Verdict.Inconclusive {

    /** The searched space. */
    Bound bound();

    /** What the search did. */
    SearchStatistics statistics();

    /** The headline, e.g. "COUNTEREXAMPLE FOUND". */
    String headline();

    /** Case analysis: one function per case. */
    <R> R fold(Function<Found, R> found, Function<NoneWithinBound, R> none, Function<Inconclusive, R> inconclusive);

    /** Whether a witness or counterexample was found. */
    default boolean isFound() {
        return this instanceof Found;
    }

    /** What a found object is called: a counterexample to "for all", a witness of "exists". */
    enum Kind {
        COUNTEREXAMPLE, WITNESS
    }

    /** COUNTEREXAMPLE FOUND or WITNESS FOUND. */
    record Found(Kind kind, Bound bound, SearchStatistics statistics, Witness witness) implements Verdict {
        /** Rejects nulls. */
        public Found {
            if (kind == null || bound == null || statistics == null || witness == null) {
                throw new ModelException("found verdict parts must not be null");
            }
        }

        @Override
        public String headline() {
            return kind + " FOUND";
        }

        @Override
        public <R> R fold(Function<Found, R> found, Function<NoneWithinBound, R> none,
                          Function<Inconclusive, R> inconclusive) {
            return found.apply(this);
        }
    }

    /** NONE WITHIN BOUND: the whole bounded space was searched and nothing was found. */
    record NoneWithinBound(Kind kind, Bound bound, SearchStatistics statistics) implements Verdict {
        /** Rejects nulls. */
        public NoneWithinBound {
            if (kind == null || bound == null || statistics == null) {
                throw new ModelException("verdict parts must not be null");
            }
        }

        @Override
        public String headline() {
            return "NONE WITHIN BOUND";
        }

        @Override
        public <R> R fold(Function<Found, R> found, Function<NoneWithinBound, R> none,
                          Function<Inconclusive, R> inconclusive) {
            return none.apply(this);
        }
    }

    /** INCONCLUSIVE, LIMIT REACHED: with the limit and how far the search got. */
    record Inconclusive(Kind kind, Bound bound, SearchStatistics statistics, String limit) implements Verdict {
        /** Rejects nulls. */
        public Inconclusive {
            if (kind == null || bound == null || statistics == null || limit == null) {
                throw new ModelException("verdict parts must not be null");
            }
        }

        @Override
        public String headline() {
            return "INCONCLUSIVE, LIMIT REACHED";
        }

        @Override
        public <R> R fold(Function<Found, R> found, Function<NoneWithinBound, R> none,
                          Function<Inconclusive, R> inconclusive) {
            return inconclusive.apply(this);
        }
    }
}
