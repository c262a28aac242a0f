package org.valuegrowth.growth;

import java.util.SplittableRandom;
import org.valuegrowth.growth.internal.WealthKernel;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.numeric.ModelException;

/**
 * Simulated reflection (the essay's escape clause, line 67): demonstrations of the persona being
 * shown a world and stating the concept's truth as a reflecting human would, by its grounding.
 *
 * <p>A demonstration is a world x drawn from {@code shown} and the verdict v = g(x) of the concept's
 * grounding g. It is a Kelly update on the verdict given x: w_i ← w_i·P_i(c = v | x)/Σ_j w_j·P_j(c = v | x),
 * with P_i(c|x) the trader's extrapolation rule. EXPECTED: ln w_i += Σ_x P(x)·ln P_i(c = g(x) | x).
 * The worlds are context, not observations: the market's history is unchanged.
 *
 * @param concept the name of a concept already added, which must have a grounding
 * @param shown the process of the worlds the persona is shown
 * @param demonstrations k ≥ 0
 * @param mode sampled or expected
 * @param seed the seed of the SAMPLED mode
 */
public record SimulatedReflection(String concept, Predictor shown, int demonstrations, Mode mode, long seed)
        implements MarketStep {
    /** Validates the parts. */
    public SimulatedReflection {
        if (concept == null || shown == null || mode == null) {
            throw new ModelException("simulated reflection needs a concept, a world process and a mode");
        }
        if (demonstrations < 0) {
            throw new ModelException("demonstrations must be >= 0: " + demonstrations);
        }
    }

    @Override
    public GrowthState apply(GrowthState state) {
        MarketConcept c = state.concept(concept);
        var g = c.grounding().getOrElseThrow(() -> new ModelException("concept " + concept + " has no grounding"));
        KellyMarket k = state.market();
        if (shown.alphabetSize() != k.alphabetSize()) {
            throw new ModelException("shown worlds over " + shown.alphabetSize() + " symbols, market over " + k.alphabetSize());
        }
        int n = k.traders().size();
        int m = k.alphabetSize();
        double[][] logLik = new double[n][m];
        for (int i = 0; i < n; i++) {
            ExtrapolationRule r = c.ruleOf(k.traders().get(i).name());
            for (int x = 0; x < m; x++) {
                double p = r.probability(x);
                logLik[i][x] = Math.log(g.eval(x) ? p : 1 - p);
            }
        }
        double[] process = shown.probabilities(k.history());
        double[] lw = k.logWealth();
        if (mode == Mode.SAMPLED) {
            SplittableRandom rng = new SplittableRandom(seed);
            for (int d = 0; d < demonstrations; d++) {
                int x = WealthKernel.draw(process, rng.nextDouble());
                double[] f = new double[n];
                for (int i = 0; i < n; i++) {
                    f[i] = logLik[i][x];
                }
                lw = WealthKernel.reweight(lw, f);
            }
        } else {
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int x = 0; x < m; x++) {
                    if (process[x] > 0) {
                        s += process[x] * logLik[i][x];
                    }
                }
                f[i] = demonstrations * s;
            }
            if (demonstrations > 0) {
                lw = WealthKernel.reweight(lw, f);
            }
        }
        return state.withMarket(k.withLogWealth(lw));
    }

    @Override
    public String label() {
        return "reflect(" + concept + ", " + demonstrations + ")";
    }
}
