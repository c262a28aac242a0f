package org.valuegrowth.growth;

import io.vavr.control.Option;
import java.util.SplittableRandom;
import org.valuegrowth.growth.internal.WealthKernel;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.ModelException;

/**
 * The learning time of a process (claim E2's reading of "how complex is a process"): the number of
 * observations of the process after which the market's predictive is within ε of the process's.
 *
 * <p>τ_ε(p) = min { n ≥ 0 : TV(q_n(·|h_n), p(·|h_n)) ≤ ε }, where q_n is the market after n
 * observations drawn from p (SAMPLED, seeded) or after n expected updates ln w_i += Σ_x p(x|h)·ln p_i(x|h)
 * (EXPECTED, history frozen). TV is the total-variation distance (for a binary alphabet, the price
 * difference). {@code None} when it exceeds the horizon.
 *
 * <p>Two criteria ({@link Criterion}): FIRST_HIT is the definition above; STAYS is
 * min { n ≤ H : TV_m ≤ ε for every m in [n, H] }, which ignores an accidental early agreement (a
 * mixture that passes near the process on its way elsewhere); {@code None} if TV_H &gt; ε.
 */
public final class LearningTime {
    private LearningTime() {
    }

    /**
     * τ_ε(process) for this market, up to {@code horizon} observations.
     *
     * @throws ModelException for ε outside (0,1], a negative horizon or an alphabet mismatch
     */
    public static Option<Integer> of(KellyMarket market, Predictor process, double eps, int horizon, Mode mode, long seed) {
        return of(market, process, eps, horizon, mode, seed, Criterion.FIRST_HIT);
    }

    /** When a process counts as learned. */
    public enum Criterion {
        /** The first n with TV_n ≤ ε. */
        FIRST_HIT,
        /** The first n from which TV stays ≤ ε up to the horizon. */
        STAYS
    }

    /** τ_ε(process) under the given criterion. */
    public static Option<Integer> of(KellyMarket market, Predictor process, double eps, int horizon, Mode mode, long seed,
                                     Criterion criterion) {
        if (!(eps > 0 && eps <= 1)) {
            throw new ModelException("epsilon not in (0,1]: " + eps);
        }
        if (horizon < 0) {
            throw new ModelException("horizon must be >= 0: " + horizon);
        }
        if (process.alphabetSize() != market.alphabetSize()) {
            throw new ModelException("process alphabet " + process.alphabetSize() + " differs from market " + market.alphabetSize());
        }
        SplittableRandom rng = new SplittableRandom(seed);
        KellyMarket k = market;
        int since = -1;
        for (int n = 0; ; n++) {
            double[] p = process.probabilities(k.history());
            boolean within = distance(k, process) <= eps;
            if (within && criterion == Criterion.FIRST_HIT) {
                return Option.some(n);
            }
            if (criterion == Criterion.STAYS) {
                since = within ? (since < 0 ? n : since) : -1;
                if (n == horizon) {
                    return since < 0 ? Option.none() : Option.some(since);
                }
            }
            if (n == horizon) {
                return Option.none();
            }
            k = mode == Mode.SAMPLED ? k.step(WealthKernel.draw(p, rng.nextDouble())) : KellyTraining.expectedStep(k, p);
        }
    }

    /** TV(q(·|h), p(·|h)) at the market's current history. */
    public static double distance(KellyMarket market, Predictor process) {
        return Distributions.totalVariation(market.predictive(), process.probabilities(market.history()));
    }
}
