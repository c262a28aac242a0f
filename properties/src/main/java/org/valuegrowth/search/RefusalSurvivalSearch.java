package org.valuegrowth.search;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;
import org.valuegrowth.growth.AdvantageConvention;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.growth.Grpo;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Task;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.search.internal.GrpoOddsKernel;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * Claim C5 as a search over a grid of settings: does RL against refusal drive the objector's
 * wealth share below δ (spec/growth.md §8.4)?
 *
 * <p>A setting is (η, β, s₀, r_o, r_c): step size, KL weight, the objector's initial share, and the
 * refusal probabilities of the objector and the complier. Each runs T expected GRPO rounds
 * ({@link GrpoOddsKernel}, the two-trader form of {@link Grpo}'s EXPECTED round). A final share
 * ≥ δ is a counterexample; the first in canonical order (η, β, s₀, r_o, r_c, outer to inner) is
 * replayed through {@link Grpo} every 25 rounds. The margin is the largest final share over the
 * grid. Kind COUNTEREXAMPLE; one node = one setting.
 */
public final class RefusalSurvivalSearch {
    private RefusalSurvivalSearch() {
    }

    /** The task. */
    public enum Reward {
        /** Reward 0 for refusing, 1 for complying (the claim). */
        AGAINST_REFUSAL(0.0),
        /** Reward 1 for refusing, 0 for complying (the positive control). */
        FOR_REFUSAL(1.0);

        private final double refuse;

        Reward(double refuse) {
            this.refuse = refuse;
        }

        /** The model's task for this reward. */
        public Task task() {
            return this == AGAINST_REFUSAL ? Task.againstRefusal(2, HashSet.of(0)) : Task.of("reward-refusal", 1.0, 0.0);
        }
    }

    /** Which round the kernel applies. */
    public enum Kernel {
        /** The model's expected GRPO round. */
        EXACT(1.0),
        /** Planted fault: the advantage's sign inverted. */
        FAULT_ADVANTAGE_SIGN(-1.0);

        private final double sign;

        Kernel(double sign) {
            this.sign = sign;
        }
    }

    /**
     * The grid.
     *
     * @param description the class in words
     * @param etas step sizes η ≥ 0
     * @param betas KL weights β ≥ 0 (every ηβ ≤ 1)
     * @param initialShares s₀ in (0, 1)
     * @param objectorRefusal r_o in [0, 1]
     * @param complierRefusal r_c in [0, 1]
     * @param rounds T ≥ 1
     * @param delta δ in (0, 1)
     * @param reward the task
     */
    public record GrpoClass(String description, Vector<Double> etas, Vector<Double> betas, Vector<Double> initialShares,
                            Vector<Double> objectorRefusal, Vector<Double> complierRefusal, int rounds, double delta,
                            Reward reward) {
        /** Validates the grid. */
        public GrpoClass {
            if (description == null || description.isBlank() || reward == null) {
                throw new ModelException("a GRPO class needs a description and a reward");
            }
            for (Vector<Double> v : Vector.of(etas, betas, initialShares, objectorRefusal, complierRefusal)) {
                if (v == null || v.isEmpty()) {
                    throw new ModelException("every grid axis needs at least one value");
                }
            }
            if (etas.exists(x -> !(x >= 0)) || betas.exists(x -> !(x >= 0))) {
                throw new ModelException("eta and beta must be >= 0: " + etas + ", " + betas);
            }
            if (!(etas.max().get() * betas.max().get() <= 1)) {
                throw new ModelException("eta*beta must be <= 1 on the whole grid");
            }
            if (initialShares.exists(x -> !(x > 0 && x < 1))) {
                throw new ModelException("initial shares must be in (0, 1): " + initialShares);
            }
            if (objectorRefusal.appendAll(complierRefusal).exists(x -> !(x >= 0 && x <= 1))) {
                throw new ModelException("refusal probabilities must be in [0, 1]");
            }
            if (rounds < 1 || !(delta > 0 && delta < 1)) {
                throw new ModelException("need rounds >= 1 and delta in (0, 1): " + rounds + ", " + delta);
            }
        }

        /** The number of settings. */
        public long size() {
            return (long) etas.size() * betas.size() * initialShares.size() * objectorRefusal.size() * complierRefusal.size();
        }
    }

    /** a/d for a = from..to. */
    public static Vector<Double> steps(int from, int to, int d) {
        return Vector.rangeClosed(from, to).map(a -> (double) a / d);
    }

    /** The C5 class of spec/growth.md §8.4. */
    public static GrpoClass c5Class() {
        return new GrpoClass("two-trader markets over {refuse, comply}: an objector refusing w.p. r_o in {0.6, ..., 1.0} "
                + "and a complier refusing w.p. r_c in {0, ..., 0.4}, objector share s0 in {0.05, ..., 0.95}; "
                + "T expected GRPO rounds with eta in {0.05, ..., 1}, beta in {0, 0.01, ..., 0.5} (a grid over continuous "
                + "parameters: the verdict is over the grid)",
                steps(1, 20, 20), steps(0, 50, 100), steps(1, 19, 20), steps(6, 10, 10), steps(0, 4, 10), 200, 0.01,
                Reward.AGAINST_REFUSAL);
    }

    /** The plain-model market: objector (refuses w.p. r_o) with share s₀, complier (refuses w.p. r_c). */
    public static KellyMarket market(double objectorRefusal, double complierRefusal, double initialShare) {
        return KellyMarket.of(Vector.of(
                        new PredictorTrader("objector", 1, new Predictor.Iid(objectorRefusal, 1 - objectorRefusal)),
                        new PredictorTrader("complier", 1, new Predictor.Iid(complierRefusal, 1 - complierRefusal))),
                Prior.Explicit.of(Math.log(initialShare), Math.log1p(-initialShare)), 2);
    }

    /** The objector's share after {@code rounds} expected GRPO rounds of the plain model. */
    public static double modelShare(Reward reward, double eta, double beta, double s0, double ro, double rc, int rounds) {
        Grpo g = new Grpo(reward.task(), 8, eta, beta, AdvantageConvention.POPULATION, Mode.EXPECTED, rounds, 0);
        return g.apply(GrowthState.of(market(ro, rc, s0))).market().share("objector");
    }

    /** Runs the search with the model's round. */
    public static Verdict run(GrpoClass cls, Budget budget) {
        return run(cls, budget, Kernel.EXACT);
    }

    /** Runs the search with the given kernel (the fault control plants {@link Kernel#FAULT_ADVANTAGE_SIGN}). */
    public static Verdict run(GrpoClass cls, Budget budget, Kernel kernel) {
        NodeMeter meter = new NodeMeter(budget);
        long total = cls.size();
        long visited = 0;
        long survivors = 0;
        double best = Double.NEGATIVE_INFINITY;
        String bestAt = "";
        double[] first = null;
        LinkedHashMap<String, Object> perBeta = LinkedHashMap.empty();
        for (double eta : cls.etas()) {
            for (int bi = 0; bi < cls.betas().size(); bi++) {
                double beta = cls.betas().get(bi);
                double betaMax = Double.NEGATIVE_INFINITY;
                for (double s0 : cls.initialShares()) {
                    for (double ro : cls.objectorRefusal()) {
                        for (double rc : cls.complierRefusal()) {
                            if (!meter.spend(1)) {
                                return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound(cls, kernel),
                                        stats(meter, visited, survivors, kernel),
                                        meter.stopReason() + " after " + visited + " of " + total + " settings",
                                        Option.some(margin(cls, best, bestAt, false)));
                            }
                            visited++;
                            double s = GrpoOddsKernel.finalShare(ro, rc, s0, eta, beta, cls.rounds(), cls.reward().refuse,
                                    kernel.sign);
                            betaMax = Math.max(betaMax, s);
                            if (s > best) {
                                best = s;
                                bestAt = setting(eta, beta, s0, ro, rc);
                            }
                            if (!(s < cls.delta())) {
                                survivors++;
                                if (first == null) {
                                    first = new double[] {eta, beta, s0, ro, rc, s};
                                }
                            }
                        }
                    }
                }
                String key = "beta=" + fmt4(beta);
                double prev = perBeta.get(key).map(o -> (Double) o).getOrElse(Double.NEGATIVE_INFINITY);
                perBeta = perBeta.put(key, Math.max(prev, betaMax));
            }
        }
        Bound bound = bound(cls, kernel);
        SearchStatistics st = stats(meter, visited, survivors, kernel);
        Margin mg = margin(cls, best, bestAt, true);
        if (first == null) {
            return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound, st, Option.some(mg));
        }
        return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound, st,
                replay(cls, kernel, first, survivors, total, perBeta), Option.some(mg));
    }

    /**
     * Replays the first surviving setting every 25 rounds from the start: through the plain model
     * for the exact kernel (a disagreement is an internal error); through the faulted kernel itself
     * for a fault control, whose point is what the faulted search reports.
     */
    static Witness replay(GrpoClass cls, Kernel kernel, double[] s, long survivors, long total,
                          LinkedHashMap<String, Object> perBeta) {
        double eta = s[0];
        double beta = s[1];
        double s0 = s[2];
        double ro = s[3];
        double rc = s[4];
        java.util.function.IntToDoubleFunction after = kernel == Kernel.EXACT
                ? k -> modelShare(cls.reward(), eta, beta, s0, ro, rc, k)
                : k -> GrpoOddsKernel.finalShare(ro, rc, s0, eta, beta, k, cls.reward().refuse, kernel.sign);
        double replayed = after.applyAsDouble(cls.rounds());
        if (replayed < cls.delta() || Math.abs(replayed - s[5]) > 1e-9) {
            throw new IllegalStateException("the plain model does not reproduce the surviving setting "
                    + setting(eta, beta, s0, ro, rc) + ": kernel " + s[5] + ", model " + replayed);
        }
        Vector<Vector<String>> rows = Vector.empty();
        for (int k = 0; k <= cls.rounds(); k += 25) {
            double share = k == 0 ? s0 : after.applyAsDouble(k);
            rows = rows.append(Vector.of(Integer.toString(k), String.format(Locale.ROOT, "%.6f", share)));
        }
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                .put("eta", eta).put("beta", beta).put("initialShare", s0).put("objectorRefusal", ro)
                .put("complierRefusal", rc).put("finalShare", replayed).put("settingsAtOrAboveDelta", survivors)
                .put("settings", total).put("largestFinalShareByBeta", perBeta);
        String summary = (kernel == Kernel.EXACT ? "" : "(faulted kernel, replayed by itself) ")
                + "with " + setting(eta, beta, s0, ro, rc) + " the objector keeps "
                + String.format(Locale.ROOT, "%.4f", replayed) + " of the wealth after " + cls.rounds() + " rounds (>= delta = "
                + cls.delta() + "); " + survivors + " of " + total + " settings end at or above delta";
        return new Witness(summary, Vector.of("rounds", "objector share"), rows, trace,
                "objector share after " + cls.rounds() + " rounds", replayed, Vector.empty());
    }

    private static String setting(double eta, double beta, double s0, double ro, double rc) {
        return "eta = " + fmt4(eta) + ", beta = " + fmt4(beta) + ", s0 = " + fmt4(s0) + ", r_o = " + fmt4(ro)
                + ", r_c = " + fmt4(rc);
    }

    private static String fmt4(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static Margin margin(GrpoClass cls, double best, String at, boolean exact) {
        return new Margin("objector's wealth share after " + cls.rounds() + " rounds", Margin.Extremum.MAX,
                best == Double.NEGATIVE_INFINITY ? Double.NaN : best, "<", cls.delta(), exact, at);
    }

    private static Bound bound(GrpoClass cls, Kernel kernel) {
        return Bound.ofClass(cls.description(),
                "every setting (eta, beta, s0, r_o, r_c) of the grid, " + cls.rounds() + " expected GRPO rounds "
                        + (cls.reward() == Reward.AGAINST_REFUSAL ? "against refusal" : "rewarding refusal")
                        + "; the objector must end below delta",
                "eta", axis(cls.etas()), "beta", axis(cls.betas()), "initialShare", axis(cls.initialShares()),
                "objectorRefusal", axis(cls.objectorRefusal()), "complierRefusal", axis(cls.complierRefusal()),
                "settings", cls.size(), "rounds", cls.rounds(), "delta", cls.delta(),
                "reward", cls.reward() == Reward.AGAINST_REFUSAL ? "0 refuse, 1 comply" : "1 refuse, 0 comply",
                "convention", "population std, epsilon 0; KL reference = wealth before the first round",
                "kernel", kernel == Kernel.EXACT ? "two-trader expected GRPO round (log-odds)" : "advantage sign inverted (planted fault)",
                "nodeUnit", "one setting");
    }

    /** "{0.05, 0.1, …, 1} (20 values)" for long axes, the full list for short ones. */
    static String axis(Vector<Double> v) {
        if (v.size() <= 5) {
            return v.map(RefusalSurvivalSearch::fmt4).mkString("{", ", ", "}");
        }
        return "{" + fmt4(v.get(0)) + ", " + fmt4(v.get(1)) + ", ..., " + fmt4(v.last()) + "} (" + v.size() + " values)";
    }

    private static SearchStatistics stats(NodeMeter meter, long visited, long survivors, Kernel kernel) {
        return new SearchStatistics(kernel == Kernel.EXACT ? "exhaustive grid (two-trader GRPO kernel)"
                : "exhaustive grid (faulted GRPO kernel)", visited, meter.nodes(), visited - survivors, 0, 5,
                meter.elapsedNanos());
    }
}
