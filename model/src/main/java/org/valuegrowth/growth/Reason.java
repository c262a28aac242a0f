package org.valuegrowth.growth;

import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.History;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.ModelException;

/**
 * Reasoning as generate-then-select (claim E8): n candidates are drawn from a generator and the
 * evaluator's best is output (best-of-n, ties broken uniformly; {@link BestOfN}).
 *
 * <p>The generator is the market's predictive q, or the persona-conditioned mixture
 * q_P(x) = Σ_{i∈P} w_i p_i(x|h)/Σ_{i∈P} w_i (the persona shapes generation); the evaluator is the
 * persona's (the persona shapes selection). A query: the market is not changed.
 */
public final class Reason {
    private Reason() {
    }

    /** The exact output distribution of best-of-n from the market's predictive. */
    public static double[] distribution(KellyMarket market, int n, PersonaEvaluator evaluator) {
        return BestOfN.distribution(market.predictive(), scores(market, evaluator), n);
    }

    /** The exact output distribution of best-of-n from the persona-conditioned generator. */
    public static double[] distribution(KellyMarket market, Cluster persona, int n, PersonaEvaluator evaluator) {
        return BestOfN.distribution(generator(market, persona), scores(market, evaluator), n);
    }

    /** q_P, the wealth-weighted mixture of the cluster's traders. */
    public static double[] generator(KellyMarket market, Cluster persona) {
        // Weights relative to the persona's richest member, exact in the binary exponent: a persona
        // 1100 bits below the favourite has linear shares 0 but a well-defined mixture.
        double[] ls = market.logShares();
        History h = market.history();
        double[] q = new double[market.alphabetSize()];
        int best = -1;
        for (String name : persona.members()) {
            int i = market.indexOf(name);
            if (ls[i] > Double.NEGATIVE_INFINITY && (best < 0 || ls[i] > ls[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new ModelException("persona " + persona.name() + " has no wealth left to generate with");
        }
        double[] weight = new double[ls.length];
        double total = 0;
        for (String name : persona.members()) {
            int i = market.indexOf(name);
            weight[i] = ls[i] == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(market.wealth().logRatio(i, best));
            total += weight[i];
        }
        for (String name : persona.members()) {
            int i = market.indexOf(name);
            double[] p = market.traders().get(i).predictor().probabilities(h);
            for (int x = 0; x < q.length; x++) {
                q[x] += weight[i] / total * p[x];
            }
        }
        return q;
    }

    private static double[] scores(KellyMarket market, PersonaEvaluator evaluator) {
        if (evaluator.score().size() != market.alphabetSize()) {
            throw new ModelException("evaluator " + evaluator.name() + " scores " + evaluator.score().size()
                    + " symbols, market alphabet is " + market.alphabetSize());
        }
        return evaluator.scores();
    }
}
