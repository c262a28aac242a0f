package org.valuegrowth.growth;

import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.History;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.numeric.ModelException;

/**
 * A new concept no trader was tested on ("plork the greenge"), with each trader's extrapolation
 * rule and, optionally, the grounding a reflecting human would give it.
 *
 * <p>belief(market) = Σ_i s_i·Σ_x p_i(x|h)·R_i(x), with s_i the wealth shares and R_i the rule of
 * trader i ({@code rules} by trader name, else {@code fallback}).
 *
 * @param name non-blank
 * @param rules per-trader rules by trader name
 * @param fallback the rule of traders not in {@code rules}
 * @param grounding the human's definition (used by {@link SimulatedReflection}), if any
 */
public record MarketConcept(String name, LinkedHashMap<String, ExtrapolationRule> rules, ExtrapolationRule fallback,
                      Option<Sentence> grounding) {
    /** Validates the parts. */
    public MarketConcept {
        if (name == null || name.isBlank()) {
            throw new ModelException("concept name must be non-blank: '" + name + "'");
        }
        if (rules == null || fallback == null || grounding == null) {
            throw new ModelException("concept " + name + " needs rules, a fallback and a grounding option");
        }
    }

    /** The rule of the named trader. */
    public ExtrapolationRule ruleOf(String trader) {
        return rules.get(trader).getOrElse(fallback);
    }

    /** Trader i's belief Σ_x p_i(x|h)·R_i(x) for each trader, in market order. */
    public double[] traderBeliefs(KellyMarket market) {
        History h = market.history();
        double[] out = new double[market.traders().size()];
        for (int i = 0; i < out.length; i++) {
            PredictorTrader t = market.traders().get(i);
            ExtrapolationRule r = ruleOf(t.name());
            requireUsable(market, r);
            double[] p = t.predictor().probabilities(h);
            double b = 0;
            for (int x = 0; x < p.length; x++) {
                if (p[x] > 0) {
                    b += p[x] * r.probability(x);
                }
            }
            out[i] = Math.min(1.0, b);
        }
        return out;
    }

    /** The market's belief in the concept, the wealth-weighted extrapolation. */
    public double belief(KellyMarket market) {
        double[] s = market.shares();
        double[] b = traderBeliefs(market);
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += s[i] * b[i];
        }
        return Math.min(1.0, sum);
    }

    private void requireUsable(KellyMarket market, ExtrapolationRule r) {
        if (r instanceof ExtrapolationRule.Grounded) {
            Sentence d = ((ExtrapolationRule.Grounded) r).definition();
            int atoms = market.language().map(l -> l.size())
                    .getOrElseThrow(() -> new ModelException("concept " + name + ": grounded rules need a market over worlds"));
            if (!d.support().isEmpty() && d.support().max().get() >= atoms) {
                throw new ModelException("concept " + name + ": definition " + d + " uses atoms beyond the language");
            }
        }
    }
}
