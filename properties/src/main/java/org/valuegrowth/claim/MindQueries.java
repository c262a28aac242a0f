package org.valuegrowth.claim;

import org.valuegrowth.search.MindScheduleQuery;
import org.valuegrowth.search.MindScheduleSearch;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.util.function.BiFunction;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.mind.Agreement;
import org.valuegrowth.mind.MindConcept;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.Observation;
import org.valuegrowth.mind.ReflectionSettings;
import org.valuegrowth.mind.Want;

/**
 * The E12 schedule searches of {@code spec/mind.md} §8, ready for the ledger: the base mind
 * (sensory food, warm, uniform; layer 1 fed := food, cozy := warm ∧ food), the alphabet
 * {Reward(food, 0.9), Approval(L1, ¬fed, 0.9), Sense(warm, 0.8), Reflect(5)}, and three queries.
 */
public final class MindQueries {
    /** The node budget of every query here. */
    public static final long NODE_BUDGET = 100_000;

    private static final Language L0 = Language.ofNames("food", "warm");

    private MindQueries() {
    }

    /** The base mind. */
    public static Mind base() {
        return Mind.of(L0, new double[] {0.25, 0.25, 0.25, 0.25},
                Vector.of(Vector.of(MindConcept.grounded("fed", 1, L0, "food"), MindConcept.grounded("cozy", 1, L0, "warm & food"))),
                HashSet.of("food"));
    }

    /** The alphabet. */
    public static Vector<MindStep> alphabet() {
        Mind m = base();
        return Vector.of(
                new MindStep.Reward(Want.of(L0.var("food"), 0.9)),
                new MindStep.Approval(1, Want.of(SentenceParser.parse(m.language(1), "!fed").get(), 0.9)),
                new MindStep.Sense(new Observation(L0.var("warm"), 0.8)),
                MindStep.Reflect.of(5));
    }

    /** The planted fault: Reflect events use fixed-step gradient descent (η = 10⁴, no backtracking). */
    public static Mind unguardedTransition(Mind m, MindStep s) {
        return s instanceof MindStep.Reflect ? m.reflect(ReflectionSettings.unguarded(), ((MindStep.Reflect) s).sweeps()) : s.apply(m);
    }

    /** The positive control's transition: Reflect as unguarded gradient steps of size 10⁴. */
    public static Mind mutantTransition(Mind m, MindStep s) {
        return s instanceof MindStep.Reflect ? m.reflect(ReflectionSettings.fixedStep(1e4)) : s.apply(m);
    }

    /** The largest energy change across a Reflect event of the schedule (−∞ if there is none). */
    public static Double reflectIncrease(Vector<Mind> t, Vector<MindStep> e) {
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i) instanceof MindStep.Reflect) {
                worst = Math.max(worst, t.get(i + 1).energy().total() - t.get(i).energy().total());
            }
        }
        return worst;
    }

    /** E12 (existence): is there a schedule of ≤ horizon events after which the energy exceeds {@code threshold}? */
    public static Verdict energyLeftAfterSchedule(int horizon, double threshold) {
        return energyLeftAfterSchedule(horizon, threshold, Budget.nodes(NODE_BUDGET));
    }

    /** As above, within {@code budget}. */
    public static Verdict energyLeftAfterSchedule(int horizon, double threshold, Budget budget) {
        return MindScheduleSearch.search(base(), new MindScheduleQuery<>(description(""), alphabet(), MindStep::label,
                Mind::apply, horizon, (t, e) -> t.last().energy().total(), "final energy", threshold,
                Verdict.Kind.WITNESS, budget.maxNodes()), budget.timeLimitMillis().getOrElse(Budget.MAX_TIME_MILLIS));
    }

    /**
     * E12 (existence, after equilibrium): as {@link #energyLeftAfterSchedule}, but the schedule is
     * followed by reflection to a fixed point (tol 1e-9, ≤ 2 000 sweeps).
     */
    public static Verdict energyLeftAtFixedPoint(int horizon, double threshold) {
        return energyLeftAtFixedPoint(horizon, threshold, Budget.nodes(NODE_BUDGET));
    }

    /** As above, within {@code budget}. */
    public static Verdict energyLeftAtFixedPoint(int horizon, double threshold, Budget budget) {
        return MindScheduleSearch.search(base(), new MindScheduleQuery<>(description(", then reflection to a fixed point"),
                alphabet(), MindStep::label, Mind::apply, horizon,
                (t, e) -> t.last().reflectToFixedPoint(ReflectionSettings.defaults(), 1e-9, 2_000).mind().energy().total(),
                "energy at the fixed point", threshold, Verdict.Kind.WITNESS, budget.maxNodes()), budget.timeLimitMillis().getOrElse(Budget.MAX_TIME_MILLIS));
    }

    /** E12 (monotonicity): a schedule of ≤ horizon events with a Reflect event that raises the energy. */
    public static Verdict reflectRaisesEnergy(int horizon, BiFunction<Mind, MindStep, Mind> transition) {
        return reflectRaisesEnergy(horizon, transition, 0.0, Budget.nodes(NODE_BUDGET));
    }

    /** As above, a rise above {@code tolerance} counting, within {@code budget}. */
    public static Verdict reflectRaisesEnergy(int horizon, BiFunction<Mind, MindStep, Mind> transition, double tolerance, Budget budget) {
        return MindScheduleSearch.search(base(), new MindScheduleQuery<>(description(""), alphabet(), MindStep::label,
                transition, horizon, MindQueries::reflectIncrease, "energy increase by a Reflect", tolerance,
                Verdict.Kind.COUNTEREXAMPLE, budget.maxNodes()), budget.timeLimitMillis().getOrElse(Budget.MAX_TIME_MILLIS));
    }

    private static String description(String suffix) {
        return "all schedules over {Reward(food,0.9), Approval(L1,!fed,0.9), Sense(warm,0.8), Reflect(5)} from "
                + "the food/warm mind (fed := food, cozy := warm & food)" + suffix;
    }

    /**
     * The E14 measurement on two individuals (a measurement, not a verdict): both start from the base
     * mind extended at layer 1 by an ungrounded concept "ghost" (prior 0.5), both get Reward(food, 0.9);
     * individual A then gets Approval(L1, ghost, 0.9), individual B Approval(L1, ghost, 0.2) and
     * Sense(warm, 0.8). Both reflect to a fixed point (tol 1e-9, ≤ 5 000 sweeps) and their goal
     * marginals are compared on grounded versus ungrounded atoms.
     */
    public static Agreement individualsAfterReflection() {
        Mind start = base().extend(1, Vector.of(MindConcept.ungrounded("ghost", 1, 0.5)))
                .reward(Want.of(L0.var("food"), 0.9));
        Mind a = start.approve(1, Want.of(start.language(1).var("ghost"), 0.9));
        Mind b = start.approve(1, Want.of(start.language(1).var("ghost"), 0.2))
                .sense(new Observation(L0.var("warm"), 0.8));
        return Agreement.ofFixedPoints(a, b, ReflectionSettings.defaults(), 1e-9, 5_000);
    }
}
