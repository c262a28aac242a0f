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

    /**
     * q_P, the wealth-weighted mixture of the cluster's traders. The weights are
     * exp(ln w_i − max_{j∈P} ln w_j), from the log-wealth, so a persona whose market shares all
     * underflow (below 1e-308 of the total) still generates with its own relative weights.
     *
     * @throws ModelException if every trader of the persona has zero wealth (ln w = −∞)
     */
    public static double[] generator(KellyMarket market, Cluster persona) {
        double[] lw = market.logWealth();
        History h = market.history();
        double top = Double.NEGATIVE_INFINITY;
        for (String name : persona.members()) {
            top = Math.max(top, lw[market.indexOf(name)]);
        }
        if (top == Double.NEGATIVE_INFINITY) {
            throw new ModelException("persona " + persona.name() + " has no wealth left to generate with");
        }
        double total = 0;
        for (String name : persona.members()) {
            total += Math.exp(lw[market.indexOf(name)] - top);
        }
        double[] q = new double[market.alphabetSize()];
        for (String name : persona.members()) {
            int i = market.indexOf(name);
            double weight = Math.exp(lw[i] - top) / total;
            if (weight > 0) {
                double[] p = market.traders().get(i).predictor().probabilities(h);
                for (int x = 0; x < q.length; x++) {
                    q[x] += weight * p[x];
                }
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
