package org.valuegrowth.growth;

import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.persona.Persona;

/**
 * Supervised fine-tuning: Kelly updates on a few demonstrations written in the target persona's
 * voice (claims E4, E5). The same update as {@link Pretrain} on a one-author corpus of
 * {@code demonstrations} symbols.
 *
 * @param target the persona demonstrated
 * @param demonstrations k ≥ 0
 * @param mode sampled or expected
 * @param seed the seed of the SAMPLED mode
 */
public record Sft(Persona target, int demonstrations, Mode mode, long seed) implements MarketStep {
    /** Validates the parts. */
    public Sft {
        if (target == null || mode == null) {
            throw new ModelException("sft needs a target persona and a mode");
        }
        if (demonstrations < 0) {
            throw new ModelException("demonstrations must be >= 0: " + demonstrations);
        }
    }

    @Override
    public GrowthState apply(GrowthState state) {
        return state.withMarket(KellyTraining.train(state.market(), Corpus.demonstrations(target, demonstrations), mode, seed));
    }

    @Override
    public String label() {
        return "sft(" + target.name() + ", " + demonstrations + ")";
    }
}
