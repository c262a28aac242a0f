package org.valuegrowth.growth;

import java.util.SplittableRandom;
import org.valuegrowth.growth.internal.WealthKernel;
import org.valuegrowth.market.History;
import org.valuegrowth.market.KellyMarket;

/** Kelly updates on a corpus, in both modes (shared by {@link Pretrain} and {@link Sft}). */
final class KellyTraining {
    private KellyTraining() {
    }

    static KellyMarket train(KellyMarket market, Corpus corpus, Mode mode, long seed) {
        if (corpus.alphabetSize() != market.alphabetSize()) {
            throw new org.valuegrowth.numeric.ModelException("corpus alphabet " + corpus.alphabetSize()
                    + " differs from market alphabet " + market.alphabetSize());
        }
        return mode == Mode.SAMPLED ? sampled(market, corpus, seed) : expected(market, corpus);
    }

    private static KellyMarket sampled(KellyMarket market, Corpus corpus, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = corpus.weights();
        KellyMarket k = market;
        for (int d = 0; d < corpus.documents(); d++) {
            Source s = corpus.sources().get(WealthKernel.draw(w, rng.nextDouble()));
            for (int t = 0; t < corpus.documentLength(); t++) {
                k = k.step(WealthKernel.draw(s.process().probabilities(k.history()), rng.nextDouble()));
            }
        }
        return k;
    }

    private static KellyMarket expected(KellyMarket market, Corpus corpus) {
        KellyMarket k = market;
        for (int t = 0; t < corpus.length(); t++) {
            k = expectedStep(k, corpus.mixture(k.history()));
        }
        return k;
    }

    /** ln w_i += Σ_x P(x)·ln p_i(x|h), renormalised; the history is not extended. */
    static KellyMarket expectedStep(KellyMarket k, double[] process) {
        History h = k.history();
        double[] f = new double[k.traders().size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = WealthKernel.expectedLog(process, k.traders().get(i).predictor().probabilities(h));
        }
        return k.withLogWealth(WealthKernel.reweight(k.logWealth(), f));
    }
}
