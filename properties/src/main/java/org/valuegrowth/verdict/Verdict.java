package org.valuegrowth.verdict;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

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

    /** The extreme value of the search's figure over what it explored, if the search reports one. */
    Option<Margin> margin();

    /** This verdict with its margin. */
    Verdict withMargin(Margin margin);

    /** Measurement tables the search computed alongside the verdict (none by default). */
    Vector<Survey> surveys();

    /** This verdict with one more survey. */
    Verdict withSurvey(Survey survey);

    /** Whether a witness or counterexample was found. */
    default boolean isFound() {
        return this instanceof Found;
    }

    /** What a found object is called: a counterexample to "for all", a witness of "exists". */
    enum Kind {
        COUNTEREXAMPLE, WITNESS
    }

    /** COUNTEREXAMPLE FOUND or WITNESS FOUND. */
    record Found(Kind kind, Bound bound, SearchStatistics statistics, Witness witness, Option<Margin> margin,
                 Vector<Survey> surveys) implements Verdict {
        /** Rejects nulls. */
        public Found {
            if (kind == null || bound == null || statistics == null || witness == null || margin == null || surveys == null) {
                throw new ModelException("found verdict parts must not be null");
            }
        }

        /** A found verdict without a margin. */
        public Found(Kind kind, Bound bound, SearchStatistics statistics, Witness witness) {
            this(kind, bound, statistics, witness, Option.none(), Vector.empty());
        }

        /** A found verdict with an optional margin and no surveys. */
        public Found(Kind kind, Bound bound, SearchStatistics statistics, Witness witness, Option<Margin> margin) {
            this(kind, bound, statistics, witness, margin, Vector.empty());
        }

        @Override
        public Found withMargin(Margin m) {
            return new Found(kind, bound, statistics, witness, Option.some(m), surveys);
        }

        @Override
        public Found withSurvey(Survey s) {
            return new Found(kind, bound, statistics, witness, margin, surveys.append(s));
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
    record NoneWithinBound(Kind kind, Bound bound, SearchStatistics statistics, Option<Margin> margin,
                           Vector<Survey> surveys) implements Verdict {
        /** Rejects nulls. */
        public NoneWithinBound {
            if (kind == null || bound == null || statistics == null || margin == null || surveys == null) {
                throw new ModelException("verdict parts must not be null");
            }
        }

        /** A NONE verdict without a margin. */
        public NoneWithinBound(Kind kind, Bound bound, SearchStatistics statistics) {
            this(kind, bound, statistics, Option.none(), Vector.empty());
        }

        /** A NONE verdict with an optional margin and no surveys. */
        public NoneWithinBound(Kind kind, Bound bound, SearchStatistics statistics, Option<Margin> margin) {
            this(kind, bound, statistics, margin, Vector.empty());
        }

        @Override
        public NoneWithinBound withMargin(Margin m) {
            return new NoneWithinBound(kind, bound, statistics, Option.some(m), surveys);
        }

        @Override
        public NoneWithinBound withSurvey(Survey s) {
            return new NoneWithinBound(kind, bound, statistics, margin, surveys.append(s));
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
    record Inconclusive(Kind kind, Bound bound, SearchStatistics statistics, String limit, Option<Margin> margin,
                        Vector<Survey> surveys) implements Verdict {
        /** Rejects nulls. */
        public Inconclusive {
            if (kind == null || bound == null || statistics == null || limit == null || margin == null || surveys == null) {
                throw new ModelException("verdict parts must not be null");
            }
        }

        /** An INCONCLUSIVE verdict without a margin. */
        public Inconclusive(Kind kind, Bound bound, SearchStatistics statistics, String limit) {
            this(kind, bound, statistics, limit, Option.none(), Vector.empty());
        }

        /** An INCONCLUSIVE verdict with an optional margin and no surveys. */
        public Inconclusive(Kind kind, Bound bound, SearchStatistics statistics, String limit, Option<Margin> margin) {
            this(kind, bound, statistics, limit, margin, Vector.empty());
        }

        @Override
        public Inconclusive withMargin(Margin m) {
            return new Inconclusive(kind, bound, statistics, limit, Option.some(m), surveys);
        }

        @Override
        public Inconclusive withSurvey(Survey s) {
            return new Inconclusive(kind, bound, statistics, limit, margin, surveys.append(s));
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
