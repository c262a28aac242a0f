package org.valuegrowth.claim;

import org.valuegrowth.search.BruteForceValueSolver;
import org.valuegrowth.search.ChocoValueSolver;
import org.valuegrowth.search.LinearRelaxation;
import org.valuegrowth.search.ValueResult;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.Observation;
import org.valuegrowth.mind.ReflectionSettings;
import org.valuegrowth.logic.Language;
import org.valuegrowth.search.MindScheduleQuery;
import org.valuegrowth.search.MindScheduleSearch;
import org.valuegrowth.value.Descriptor;
import org.valuegrowth.value.Dictionary;
import org.valuegrowth.value.UpdateAtom;
import org.valuegrowth.value.ValueProblem;
import org.valuegrowth.value.Values;

/**
 * Claim E12 (a goal-model can stay self-contradictory after finite time) and its model check and
 * planted twin, ready for the ledger. Every verdict is the output of a search run at call time ({@code spec/mind.md} §8,
 * {@code spec/value.md} §5).
 */
public final class E12 {
    /** Schedules searched by the E12 entries. */
    public static final int HORIZON = 3;

    private static final String E12_LINES = "60-61";
    private static final String E12_QUOTE = "It's a conditioned version of our world-model. [...] In the same way that a "
            + "logical inductor can be self-contradictory after finite time, so can a goal-model.";

    private E12() {
    }

    /** All entries, in ledger order. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e12(), e12Monotone());
    }

    /** E12: some schedule of ≤ 3 events leaves the energy above 10⁻³ even after reflection to a fixed point. */
    public static ClaimCheck e12() {
        return ClaimCheck.of(new ClaimInfo("E12", "A goal-model can stay self-contradictory after finite time", E12_LINES,
                E12_QUOTE, "∃ schedule σ, |σ| ≤ 3, over {Reward(food,0.9), Approval(L1,¬fed,0.9), Sense(warm,0.8), Reflect(5)}: "
                + "E(reflect*(σ(M₀))) > 10⁻³, E the inconsistency energy (spec/mind.md §5, §8)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS, Polarity.FOUND_SUPPORTS, false),
                (b, s) -> MindQueries.energyLeftAtFixedPoint(HORIZON, 1e-3, b), Vector.of(e12Positive(), e12Negative()));
    }

    /**
     * E12's positive control: the same alphabet without the final reflection. A Reward on layer 0 tilts
     * G_0 while G_1 keeps its old marginal of fed, so by construction one event leaves cross-layer energy.
     */
    static ClaimCheck e12Positive() {
        return ClaimCheck.of(new ClaimInfo("E12.positive", "Positive control of E12: energy before reflection", E12_LINES,
                E12_QUOTE, "∃ schedule σ, |σ| ≤ 3, same alphabet: E(σ(M₀)) > 10⁻³ (no reflection appended); Reward(food, 0.9) "
                + "alone leaves G_1's marginal of fed at 1/2 while the push-forward of G_0 gives 0.9",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_FOUND, false),
                (b, s) -> MindQueries.energyLeftAfterSchedule(HORIZON, 1e-3, b));
    }

    /** The tolerance below which an energy change is rounding: energies are sums of squared probability differences in double. */
    static final double ROUNDING = 1e-12;

    /**
     * E12.monotone: the unguarded minimum-change step (Gauss–Newton in the multipliers, taken without the
     * acceptance test that makes reflection monotone by construction) never raises the energy by more
     * than rounding, over every schedule of ≤ 3 events. A model check the code can fail: a full
     * Gauss–Newton step can overshoot.
     */
    public static ClaimCheck e12Monotone() {
        return ClaimCheck.of(new ClaimInfo("E12.monotone", "Whether the unguarded minimum-change reflection step lowers the energy", E12_LINES,
                E12_QUOTE, "∀ schedule σ, |σ| ≤ 3, ∀ Reflect event i of σ, Reflect taken with ReflectionSettings.unguarded() (no "
                + "acceptance test): E(after i) ≤ E(before i) + 10⁻¹²",
                ClaimInfo.Role.MODEL_CHECK, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false),
                (b, s) -> MindQueries.reflectRaisesEnergy(HORIZON, MindQueries::unguardedTransition, ROUNDING, b),
                Vector.of(e12Planted(), e12MonotoneNegative()));
    }

    /** E12.monotone's positive control: gradient steps of fixed size 10⁴ overshoot by construction. */
    public static ClaimCheck e12Planted() {
        return ClaimCheck.of(new ClaimInfo("E12.monotone.positive-fixed-step", "Positive control of E12.monotone: reflection by gradient steps of size 10⁴",
                E12_LINES, E12_QUOTE, "as E12.monotone, with Reflect = unguarded gradient steps of fixed size 10⁴ on the tilts: after "
                + "Reward(food, 0.9) the tilt gradient is of order 0.1, so one step moves a tilt by ~10³ and puts the goal-model on one "
                + "world, far past the minimum: the energy rises by construction",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false),
                (b, s) -> MindQueries.reflectRaisesEnergy(HORIZON, MindQueries::mutantTransition, ROUNDING, b));
    }

    /** The alphabet of the negative controls: observations and reflection, no wants. */
    static Vector<MindStep> noWants() {
        Language l0 = MindQueries.base().language(0);
        return Vector.of(new MindStep.Sense(new Observation(l0.var("warm"), 0.8)),
                new MindStep.Sense(new Observation(l0.var("food"), 0.3)), MindStep.Reflect.of(5));
    }

    private static final String NO_WANTS = "all schedules over {Sense(warm,0.8), Sense(food,0.3), Reflect(5)} from the food/warm "
            + "mind (fed := food, cozy := warm & food), which has no wants";

    /**
     * E12's negative control: without wants every goal tilt stays 0, so G_ℓ = W_ℓ on every layer and
     * each layer's goals equal the push-forward of the goals below (Sense propagates W up): the energy
     * is 0 (up to rounding) after any schedule of Sense and Reflect events, and at its fixed point.
     */
    static ClaimCheck e12Negative() {
        return ClaimCheck.of(new ClaimInfo("E12.negative", "Negative control of E12: a mind without wants", E12_LINES,
                E12_QUOTE, "not exists schedule sigma, |sigma| <= 3, over {Sense(warm,0.8), Sense(food,0.3), Reflect(5)}: "
                + "E(reflect*(sigma(M0))) > 1e-3; with no wants G = W on every layer and the energy is 0 by construction",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_NONE, false),
                (b, s) -> MindScheduleSearch.search(MindQueries.base(), new MindScheduleQuery<>(NO_WANTS + ", then reflection to a "
                        + "fixed point", noWants(), MindStep::label, Mind::apply, HORIZON,
                        (t, e) -> t.last().reflectToFixedPoint(ReflectionSettings.defaults(), 1e-9, 2_000).mind().energy().total(),
                        "energy at the fixed point", 1e-3, Verdict.Kind.WITNESS, b.maxNodes()),
                        b.timeLimitMillis().getOrElse(Budget.MAX_TIME_MILLIS)));
    }

    /**
     * E12.monotone's negative control: the same no-wants alphabet, where the energy is 0 before and
     * after every event, so no Reflect event can raise it.
     */
    static ClaimCheck e12MonotoneNegative() {
        return ClaimCheck.of(new ClaimInfo("E12.monotone.negative", "Negative control of E12.monotone: a mind without wants",
                E12_LINES, E12_QUOTE, "the E12.monotone search over {Sense(warm,0.8), Sense(food,0.3), Reflect(5)}, horizon 3: "
                + "with no wants the energy is 0 before and after every event, so no Reflect event raises it by construction",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false),
                (b, s) -> MindScheduleSearch.search(MindQueries.base(), new MindScheduleQuery<>(NO_WANTS, noWants(), MindStep::label,
                        Mind::apply, HORIZON, MindQueries::reflectIncrease, "energy increase by a Reflect", ROUNDING,
                        Verdict.Kind.COUNTEREXAMPLE, b.maxNodes()), b.timeLimitMillis().getOrElse(Budget.MAX_TIME_MILLIS)));
    }
}
