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
                (b, s) -> MindQueries.energyLeftAtFixedPoint(HORIZON, 1e-3, b), Vector.of(e12Positive()));
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

    /** E12.monotone: no Reflect event of a schedule of ≤ 3 events raises the energy. */
    public static ClaimCheck e12Monotone() {
        return ClaimCheck.of(new ClaimInfo("E12.monotone", "Reflection never raises the inconsistency energy", E12_LINES,
                E12_QUOTE, "∀ schedule σ, |σ| ≤ 3, ∀ Reflect event i of σ: E(after i) ≤ E(before i)",
                ClaimInfo.Role.MODEL_CHECK, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false),
                (b, s) -> MindQueries.reflectRaisesEnergy(HORIZON, Mind::apply, b), Vector.of(e12Planted()));
    }

    /** E12.planted: the same search with fixed-step reflection (no backtracking) must find a counterexample. */
    public static ClaimCheck e12Planted() {
        return ClaimCheck.of(new ClaimInfo("E12.monotone.fault-no-backtracking", "Fault control of E12.monotone: reflection without backtracking", E12_LINES,
                E12_QUOTE, "as E12.monotone, with Reflect = gradient steps of fixed size 10⁴",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false),
                (b, s) -> MindQueries.reflectRaisesEnergy(HORIZON, MindQueries::mutantTransition, b));
    }
}
