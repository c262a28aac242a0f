package org.valuegrowth.search;

import io.vavr.collection.Vector;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.numeric.ModelException;

/**
 * A bounded question about growth schedules: is there a schedule of at most {@code horizon} events
 * over {@code alphabet}, applied to the start mind by {@code transition}, whose trajectory has
 * {@code figure} &gt; {@code threshold}?
 *
 * @param description the searched space in words (goes into the bound)
 * @param alphabet the events
 * @param label how an event is printed
 * @param transition how an event changes a mind (normally {@code GrowthStep::apply}; a mutant in twins)
 * @param horizon the longest schedule, 1..12
 * @param figure the measured figure of a trajectory (start mind, then the mind after each event) and its events
 * @param figureName its name, e.g. "energy increase"
 * @param threshold found iff figure &gt; threshold
 * @param kind WITNESS for an existence question, COUNTEREXAMPLE for a universal one
 * @param maxNodes the budget in simulated events; running out is INCONCLUSIVE
 * @param <S> the event type
 */
public record MindScheduleQuery<S>(String description, Vector<S> alphabet, Function<S, String> label,
                               BiFunction<Mind, S, Mind> transition, int horizon,
                               BiFunction<Vector<Mind>, Vector<S>, Double> figure, String figureName, double threshold,
                               Verdict.Kind kind, long maxNodes) {
    /** Validates the bound. */
    public MindScheduleQuery {
        if (description == null || alphabet == null || alphabet.isEmpty() || label == null || transition == null
                || figure == null || figureName == null || kind == null) {
            throw new ModelException("schedule query parts must not be null or empty");
        }
        if (horizon < 1 || horizon > 12) {
            throw new ModelException("horizon not in [1,12]: " + horizon);
        }
        ModelException.requireFinite("threshold", threshold);
        if (maxNodes < 1) {
            throw new ModelException("node budget must be >= 1: " + maxNodes);
        }
    }
}
