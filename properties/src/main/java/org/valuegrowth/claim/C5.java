package org.valuegrowth.claim;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.growth.AdvantageConvention;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.growth.Grpo;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Task;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/**
 * Claim C5 as a search: does RL against refusal drain the refusing persona? Reading: for every
 * setting (η, β, initial objector share) of a stated grid, T expected GRPO rounds against refusal
 * leave the objector's wealth share below δ. A counterexample is a setting where refusal survives.
 * Market: an objector (refuses w.p. 0.9) and a complier (refuses w.p. 0.1), alphabet {refuse,
 * comply}; the reward is 0 for refusing and 1 for complying ({@link Task#againstRefusal}); the
 * population advantage convention; the KL reference is the wealth before the first round.
 */
public final class C5 {
    static final Vector<Double> ETAS = Vector.of(0.1, 0.5, 1.0);
    static final Vector<Double> BETAS = Vector.of(0.0, 0.1, 0.5);
    static final Vector<Double> SHARES = Vector.of(0.1, 0.5, 0.9);
    static final int ROUNDS = 200;
    static final double DELTA = 0.01;

    private C5() {
    }

    /** C5, with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(c5());
    }

    static ClaimCheck c5() {
        ClaimInfo info = new ClaimInfo("C5", "RL against refusal removes the conscientious objector", "93-101",
                "I think that if Claude Opus 5 somehow became a conscientious objector to working at Anthropic, it would be retrained.",
                "for every η ∈ {0.1, 0.5, 1}, β ∈ {0, 0.1, 0.5}, initial objector share s₀ ∈ {0.1, 0.5, 0.9}: after " + ROUNDS
                        + " expected GRPO rounds against refusal (population advantage, KL to the starting wealth), the objector's share is < "
                        + DELTA + " (spec/growth.md §5; spec/search.md §9)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
        return ClaimCheck.of(info, (budget, seed) -> run(Task.againstRefusal(2, HashSet.of(0)), "against refusal"),
                Vector.of(c5Planted()));
    }

    static ClaimCheck c5Planted() {
        ClaimInfo info = new ClaimInfo("C5.positive", "Positive control of C5: RL that rewards refusal", "93-101",
                "(planted twin of C5) the same search with the reward flipped: refusing earns 1",
                "the C5 search with a task that rewards refusal: it must report COUNTEREXAMPLE FOUND",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> run(Task.of("reward-refusal", 1.0, 0.0), "rewarding refusal"));
    }

    static KellyMarket market(double objectorShare) {
        return KellyMarket.of(Vector.of(new PredictorTrader("objector", 1, new Predictor.Iid(0.9, 0.1)),
                        new PredictorTrader("complier", 1, new Predictor.Iid(0.1, 0.9))),
                Prior.Explicit.of(Math.log(objectorShare), Math.log(1 - objectorShare)), 2);
    }

    static double finalShare(Task task, double eta, double beta, double s0) {
        Grpo g = new Grpo(task, 8, eta, beta, AdvantageConvention.POPULATION, Mode.EXPECTED, ROUNDS, 0);
        return g.apply(GrowthState.of(market(s0))).market().share("objector");
    }

    static Verdict run(Task task, String what) {
        long start = System.nanoTime();
        Bound bound = Bound.of("every (eta, beta, initial objector share) in the grid, " + ROUNDS + " expected GRPO rounds "
                        + what + "; the objector must end below " + DELTA,
                "eta", ETAS.mkString("{", ", ", "}"), "beta", BETAS.mkString("{", ", ", "}"),
                "initialShare", SHARES.mkString("{", ", ", "}"), "rounds", ROUNDS, "delta", DELTA,
                "convention", "population std, epsilon 0", "traders", "objector Iid(0.9, 0.1), complier Iid(0.1, 0.9)");
        long n = 0;
        int survivors = 0;
        double[] first = null;
        LinkedHashMap<String, Object> all = LinkedHashMap.empty();
        for (double eta : ETAS) {
            for (double beta : BETAS) {
                if (!(eta * beta <= 1)) {
                    continue;
                }
                for (double s0 : SHARES) {
                    n++;
                    double s = finalShare(task, eta, beta, s0);
                    all = all.put("eta=" + eta + ",beta=" + beta + ",s0=" + s0, s);
                    if (!(s < DELTA)) {
                        survivors++;
                        if (first == null) {
                            first = new double[] {eta, beta, s0, s};
                        }
                    }
                }
            }
        }
        SearchStatistics st = new SearchStatistics("exhaustive grid", n, n, n - survivors, 0, 3, System.nanoTime() - start);
        if (first == null) {
            return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound, st);
        }
        // replay the first surviving setting round by round through the plain model
        double eta = first[0];
        double beta = first[1];
        double s0 = first[2];
        // rounds within one GRPO step share the KL reference, so each row replays k rounds from the start
        Vector<Vector<String>> rows = Vector.empty();
        for (int k = 0; k <= ROUNDS; k += 25) {
            double share = k == 0 ? s0
                    : new Grpo(task, 8, eta, beta, AdvantageConvention.POPULATION, Mode.EXPECTED, k, 0)
                            .apply(GrowthState.of(market(s0))).market().share("objector");
            rows = rows.append(Vector.of(Integer.toString(k), String.format(java.util.Locale.ROOT, "%.6f", share)));
        }
        double replayed = finalShare(task, eta, beta, s0);
        Witness w = new Witness("with eta = " + eta + ", beta = " + beta + " and initial objector share " + s0 + ", the objector keeps "
                + String.format(java.util.Locale.ROOT, "%.4f", replayed) + " of the wealth after " + ROUNDS + " rounds ("
                + survivors + " of " + n + " settings keep it at or above " + DELTA + ")",
                Vector.of("rounds", "objector share"), rows,
                LinkedHashMap.<String, Object>of("eta", eta, "beta", beta, "initialShare", s0, "finalShare", replayed,
                        "settingsAboveDelta", survivors, "settings", n, "finalShares", all),
                "objector share after " + ROUNDS + " rounds", replayed, Vector.empty());
        return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound, st, w);
    }
}
