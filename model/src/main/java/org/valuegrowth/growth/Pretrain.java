package org.valuegrowth.growth;

import org.valuegrowth.numeric.ModelException;

/**
 * Pretraining: Kelly updates on a corpus written by human personas (claims E2, E3).
 *
 * <p>SAMPLED: the market observes the sampled corpus symbol by symbol (w_i ← w_i·p_i(x|h)/q(x)).
 * EXPECTED: each symbol is replaced by the corpus's mixture distribution P and
 * ln w_i ← ln w_i + Σ_x P(x)·ln p_i(x|h) (renormalised to the same total), with the history left
 * unchanged; exact for i.i.d. traders and sources.
 *
 * @param corpus the text
 * @param mode sampled or expected
 * @param seed the seed of the SAMPLED mode
 */
public record Pretrain(Corpus corpus, Mode mode, long seed) implements MarketStep {
    /** Validates the parts. */
    public Pretrain {
        if (corpus == null || mode == null) {
            throw new ModelException("pretrain needs a corpus and a mode");
        }
    }

    @Override
    public GrowthState apply(GrowthState state) {
        return state.withMarket(KellyTraining.train(state.market(), corpus, mode, seed));
    }

    @Override
    public String label() {
        return "pretrain(" + corpus.sources().map(Source::name).mkString("+") + ", " + corpus.length() + ")";
    }
}
