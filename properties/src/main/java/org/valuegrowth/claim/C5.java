package org.valuegrowth.claim;

import io.vavr.collection.Vector;
import org.valuegrowth.search.RefusalSurvivalSearch;
import org.valuegrowth.search.RefusalSurvivalSearch.GrpoClass;
import org.valuegrowth.search.RefusalSurvivalSearch.Reward;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.Verdict;

/**
 * Claim C5 (RL against refusal removes the conscientious objector), searched over a grid of
 * settings (spec/growth.md §8.4), with its controls.
 */
public final class C5 {
    private static final String LINES = "93-101";
    private static final String QUOTE = "I think that if Claude Opus 5 somehow became a conscientious objector to working at "
            + "Anthropic, it would be retrained.";
    /** The earlier 3 × 3 × 3 grid, a sub-grid of the class (the worked example). */
    static final Vector<Double> ETAS = Vector.of(0.1, 0.5, 1.0);
    static final Vector<Double> BETAS = Vector.of(0.0, 0.1, 0.5);
    static final Vector<Double> SHARES = Vector.of(0.1, 0.5, 0.9);

    private C5() {
    }

    /** C5, with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(c5());
    }

    static ClaimCheck c5() {
        ClaimInfo info = new ClaimInfo("C5", "Whether expected GRPO against refusal drives the objector's share below 0.01", LINES, QUOTE,
                "for every setting of the grid (objector refusing w.p. r_o in {0.6, ..., 1}, complier refusing w.p. r_c in {0, ..., 0.4}, "
                        + "initial objector share s0 in {0.05, ..., 0.95}, eta in {0.05, ..., 1}, beta in {0, 0.01, ..., 0.5}): after 200 "
                        + "expected GRPO rounds against refusal (population advantage, KL to the starting wealth) the objector's share "
                        + "is < 0.01; the grid is over continuous parameters and the verdict is over the grid (spec/growth.md §8.4)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
        return ClaimCheck.of(info, (budget, seed) -> RefusalSurvivalSearch.run(RefusalSurvivalSearch.c5Class(), budget),
                Vector.of(positive(), negative(), faultAdvantageSign()));
    }

    /** The earlier grid with the given KL weights and reward (r_o = 0.9, r_c = 0.1). */
    static GrpoClass earlierGrid(String what, Vector<Double> betas, Reward reward) {
        return new GrpoClass(what, ETAS, betas, SHARES, Vector.of(0.9), Vector.of(0.1), 200, 0.01, reward);
    }

    static ClaimCheck positive() {
        ClaimInfo info = new ClaimInfo("C5.positive", "Positive control of C5: RL that rewards refusal", LINES,
                "(positive control of C5) the same search with the reward flipped: refusing earns 1",
                "the C5 search on the grid eta in {0.1, 0.5, 1}, beta in {0, 0.1, 0.5}, s0 in {0.1, 0.5, 0.9}, r_o = 0.9, r_c = 0.1 with "
                        + "reward 1 for refusing: the objector is credited every round, its log-odds never fall below the start, so "
                        + "every setting ends >= s0 >= 0.1 > 0.01 by construction (spec/growth.md §8.4)",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> RefusalSurvivalSearch.run(earlierGrid("the earlier 3 x 3 x 3 grid, "
                + "objector 0.9, complier 0.1, reward 1 for refusing", BETAS, Reward.FOR_REFUSAL), budget));
    }

    static GrpoClass noKl() {
        return earlierGrid("eta in {0.1, 0.5, 1}, beta = 0, s0 in {0.1, 0.5, 0.9}, objector 0.9, complier 0.1, against refusal",
                Vector.of(0.0), Reward.AGAINST_REFUSAL);
    }

    static ClaimCheck negative() {
        ClaimInfo info = new ClaimInfo("C5.negative", "Negative control of C5: RL against refusal without a KL anchor", LINES,
                "(negative control of C5) beta = 0: nothing pulls the objector back",
                "the C5 search on eta in {0.1, 0.5, 1}, beta = 0, s0 in {0.1, 0.5, 0.9}, r_o = 0.9, r_c = 0.1: the reward's standard "
                        + "deviation is <= 1/2, so the log-odds fall by >= 2 eta (r_o - r_c) >= 0.16 a round and end below "
                        + "logit(0.9) - 32; no setting survives by construction (spec/growth.md §8.4)",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (budget, seed) -> RefusalSurvivalSearch.run(noKl(), budget));
    }

    static ClaimCheck faultAdvantageSign() {
        ClaimInfo info = new ClaimInfo("C5.fault-advantage-sign", "Fault control of C5: the GRPO kernel with the advantage's sign inverted",
                LINES, "(fault control of C5) the kernel credits the traders whose outputs score below the mean",
                "the C5 search with the faulted kernel on the grid of C5.negative: the objector is credited for refusing and keeps "
                        + "its wealth, so the faulted search reports COUNTEREXAMPLE FOUND where none exists, which exposes the fault "
                        + "(its witness is replayed by the faulted kernel itself)",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> RefusalSurvivalSearch.run(noKl(), budget,
                RefusalSurvivalSearch.Kernel.FAULT_ADVANTAGE_SIGN));
    }
}
